import type { TopicsRun } from '../../../shared/domain/topics';
import { countTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { discoverTopicsJob } from './job';
import { lastRun } from './store';

/**
 * Discovers topics when they are missing or stale (conversations added or removed since the last
 * run) or when asked for another granularity; otherwise keeps the stored ones.
 */
export async function ensureTopics(
  ws: Workspace,
  options: { granularity?: number; force?: boolean; signal?: AbortSignal; progress?: (done: number, total: number, phase: string) => void },
): Promise<{ run: TopicsRun; discovered: boolean }> {
  const previous = await lastRun(ws);
  const conversations = await countTranscripts(ws);
  const stale = !previous || previous.conversations !== conversations || (options.granularity !== undefined && options.granularity !== previous.granularity);
  if (previous && !stale && !options.force) return { run: previous, discovered: false };
  const run = await discoverTopicsJob(
    { workspace: ws, signal: options.signal ?? new AbortController().signal, progress: (done, total, phase) => options.progress?.(done, total, phase ?? '') },
    { granularity: options.granularity },
  );
  return { run, discovered: true };
}
