import type { TopicsRun } from '../../../shared/domain/topics';
import { countTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { assignNewConversations } from './incremental';
import { discoverTopicsJob } from './job';
import { lastRun } from './store';

/**
 * Discovers topics when they are missing or when asked for another granularity; conversations
 * imported since the last run join the existing topics (incremental assignment) unless they are many
 * or some were removed, which needs a new discovery. Otherwise keeps the stored topics.
 */
export async function ensureTopics(
  ws: Workspace,
  options: { granularity?: number; force?: boolean; signal?: AbortSignal; progress?: (done: number, total: number, phase: string) => void },
): Promise<{ run: TopicsRun; discovered: boolean }> {
  const previous = await lastRun(ws);
  const conversations = await countTranscripts(ws);
  const regranulate = options.granularity !== undefined && options.granularity !== previous?.granularity;
  const signal = options.signal ?? new AbortController().signal;
  if (previous && !regranulate && !options.force) {
    if (previous.conversations === conversations) return { run: previous, discovered: false };
    const incremental = await assignNewConversations(ws, previous, { signal, progress: options.progress });
    if (incremental) return { run: incremental.run, discovered: false };
  }
  const run = await discoverTopicsJob(
    { workspace: ws, signal, progress: (done, total, phase) => options.progress?.(done, total, phase ?? '') },
    { granularity: options.granularity },
  );
  return { run, discovered: true };
}
