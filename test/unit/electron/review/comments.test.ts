import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit, verifyChain } from '../../../../electron/core/audit/log';
import { createPerson } from '../../../../electron/core/people/store';
import { addComment, listComments, resolveThread } from '../../../../electron/core/review/comments';
import { Workspace } from '../../../../electron/core/workspace/workspace';

describe('review comments', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-comments-'));
    ws = await Workspace.create(dir);
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('threads replies on the anchor of the first comment, resolves them, and records each step in the audit log', async () => {
    const ann = await createPerson(ws, 'Ann', 'author');
    const rev = await createPerson(ws, 'Rui', 'reviewer');
    const first = await addComment(ws, rev, { articleId: 'a1', body: 'Step 2 is unclear', anchorId: 'mark-1', quote: 'Restart the router' });
    await addComment(ws, ann, { articleId: 'a1', body: 'Reworded', threadId: first.threadId });
    await expect(addComment(ws, ann, { articleId: 'a1', body: 'x', threadId: 'nope' })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(resolveThread(ws, rev, 'a1', 'nope', true)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await resolveThread(ws, rev, 'a1', first.threadId, true);
    const comments = await listComments(ws, 'a1');
    expect(comments).toHaveLength(2);
    expect(comments.every((c) => c.threadId === first.threadId && c.anchorId === 'mark-1' && c.resolved)).toBe(true);
    const audit = await readAudit(ws, { subjectId: 'a1' });
    expect(audit.map((e) => `${e.actorName}:${e.action}`)).toEqual(['Rui:comment', 'Ann:comment', 'Rui:resolve_thread']);
    expect(verifyChain(await readAudit(ws)).ok).toBe(true);
  });

  it('refuses duplicate profile names', async () => {
    await createPerson(ws, 'Ann', 'author');
    await expect(createPerson(ws, 'ann ', 'reviewer')).rejects.toMatchObject({ code: 'E_CONFLICT' });
  });
});
