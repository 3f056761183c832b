import { buildDemoWorkspace } from '../../electron/core/demo/build';
import { ensureTopics } from '../../electron/core/topics/ensure';
import type { Workspace } from '../../electron/core/workspace/workspace';

/** The demo's data depends on the minute it is generated: tests pin it. */
export const DEMO_NOW = Date.parse('2026-11-24T09:00:00Z');

/** Fills a test workspace with the seeded demo (600 conversations by default), with its topics when asked. */
export async function seedDemo(ws: Workspace, { conversations = 600, seed = 7, topics = false } = {}): ReturnType<typeof buildDemoWorkspace> {
  const built = await buildDemoWorkspace(ws, { seed, conversations, now: DEMO_NOW });
  if (topics) await ensureTopics(ws, {});
  return built;
}
