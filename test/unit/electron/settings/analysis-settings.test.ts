import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../../electron/core/demo/build';
import { generateDrafts } from '../../../../electron/core/drafts/generate';
import { workspaceFriction } from '../../../../electron/core/friction/workspace';
import { ensureTopics } from '../../../../electron/core/topics/ensure';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { defaultSuccessCriteria } from '../../../../shared/domain/draft';

/** The analysis settings of the Settings screen are the ones the engine reads. */
describe('analysis settings on the demo workspace', () => {
  let dir: string;
  let ws: Workspace;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-analysis-settings-'));
    ws = await Workspace.create(join(dir, 'ws'));
    await buildDemoWorkspace(ws, { seed: 7, conversations: 400, now: Date.parse('2026-11-24T09:00:00Z') });
    await ensureTopics(ws, {});
  }, 180_000);

  afterAll(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults the success criteria to drafting’s own defaults', () => {
    expect(DEFAULT_SETTINGS.successCriteria).toEqual(defaultSuccessCriteria());
    expect(ws.settings().successCriteria).toEqual(defaultSuccessCriteria());
  });

  it('drafting refuses below the minimum number of conversations set in Settings', async () => {
    await ws.updateSettings({ successCriteria: { ...defaultSuccessCriteria(), minConversations: 1000 } });
    const { drafts, refusals } = await generateDrafts(ws, { top: 1 });
    expect(drafts).toEqual([]);
    expect(refusals[0]).toMatchObject({ reason: 'too_few_successful', minimum: 1000 });
  }, 120_000);

  it('the friction ranking uses the weights set in Settings', async () => {
    const before = await workspaceFriction(ws);
    await ws.updateSettings({ frictionWeights: { escalation: 0, repeat: 0, negative: 0 } });
    const after = await workspaceFriction(ws);
    expect(before.topics.some((t) => t.score > 0)).toBe(true);
    expect(after.topics.every((t) => t.score === 0)).toBe(true);
  });
});
