import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToLexical } from '../../../../electron/core/articles/convert';
import { listVersions } from '../../../../electron/core/articles/revisions';
import { createArticle, getArticle, readSummaryRows, setArticleState } from '../../../../electron/core/articles/store';
import { listDrafts, saveDrafts } from '../../../../electron/core/drafts/store';
import { applyUpdateProposal, openDraftAsArticle } from '../../../../electron/core/drafts/to-article';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import type { LexicalState } from '../../../../shared/domain/article';
import type { Draft, DraftSentence } from '../../../../shared/domain/draft';

const actor = { id: 'p-ana', name: 'Ana' };
/** Imported ids may hold any character; the citation must keep them exactly. */
const KEY = 'csv:ticket #42/a b';

const step = (text: string, turn: number): DraftSentence => ({ text, citations: [{ transcriptId: KEY, turn }] });

const draft = (overrides: Partial<Draft> = {}): Draft => ({
  id: 'd1',
  topicId: 't1',
  title: 'The app crashes when I open it',
  language: 'en',
  sections: [
    { kind: 'issue', sentences: [{ text: 'The app crashes right after launch.', citations: [{ transcriptId: KEY, turn: 0 }] }] },
    { kind: 'environment', sentences: [{ text: 'iOS 17', citations: [] }] },
    { kind: 'resolution', sentences: [step('Update the app from the App Store.', 1), step('Restart your iPhone.', 3)] },
    { kind: 'cause', sentences: [] },
  ],
  sourceTranscriptIds: [KEY],
  successCount: 4,
  confidence: 0.7,
  ...overrides,
});

interface Node {
  type: string;
  tag?: string;
  listType?: string;
  text?: string;
  transcriptId?: string;
  turn?: number;
  children?: Node[];
}
const nodes = (state: LexicalState): Node[] => (state.root as unknown as Node).children ?? [];
const walk = (list: Node[]): Node[] => list.flatMap((n) => [n, ...walk(n.children ?? [])]);
const headings = (state: LexicalState) => nodes(state).filter((n) => n.type === 'heading').map((n) => walk(n.children ?? []).map((c) => c.text ?? '').join(''));

describe('a draft becomes an article', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-to-article-'));
    ws = await Workspace.create(dir);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('with KCS headings, numbered steps and a citation chip after every sentence; once', async () => {
    await saveDrafts(ws, [{ draft: draft(), context: { topicLabel: 'app crash', friction: 3 } }]);
    const opened = await openDraftAsArticle(ws, 'd1', actor);
    expect(opened.existing).toBe(false);
    const article = await getArticle(ws, opened.articleId);
    expect(article.title).toBe('The app crashes when I open it');
    expect(article.sourceTopicId).toBe('t1');
    expect(article.state).toBe('draft');
    expect(headings(article.content)).toEqual(['Issue', 'Environment', 'Resolution']);
    expect(nodes(article.content).filter((n) => n.type === 'list').map((n) => n.listType)).toEqual(['bullet', 'number']);
    const steps = nodes(article.content).find((n) => n.listType === 'number');
    expect(steps?.children).toHaveLength(2);
    const chips = walk(nodes(article.content)).filter((n) => n.type === 'citation');
    expect(chips.map((c) => [c.transcriptId, c.turn])).toEqual([[KEY, 0], [KEY, 1], [KEY, 3]]);
    expect((await listVersions(ws, article.id)).map((v) => v.kind)).toEqual(['ai_draft']);
    expect((await listDrafts(ws))[0]?.articleId).toBe(article.id);

    const again = await openDraftAsArticle(ws, 'd1', actor);
    expect(again).toEqual({ articleId: article.id, existing: true });
    expect(await readSummaryRows(ws)).toHaveLength(1);
  });

  it('a Chinese draft gets Chinese headings', async () => {
    await saveDrafts(ws, [{ draft: draft({ id: 'd2', language: 'zh-CN' }), context: { topicLabel: '闪退', friction: 1 } }]);
    const article = await getArticle(ws, (await openDraftAsArticle(ws, 'd2', actor)).articleId);
    expect(headings(article.content)).toEqual(['问题', '环境', '解决方法']);
  });

  it('an update proposal appends the missing steps to the article’s Resolution list and keeps the rest', async () => {
    const existing = await createArticle(
      ws,
      { title: 'App crashes', content: markdownToLexical('## Issue\n\nIt crashes.\n\n## Resolution\n\n1. Update the app.\n\n## Cause\n\nA bad release.\n') },
      actor,
    );
    await setArticleState(ws, existing.id, 'published', actor);
    const proposal = { articleId: existing.id, articleTitle: existing.title, similarity: 0.8, missingSteps: [step('Restart your iPhone.', 3)], diff: '' };
    await saveDrafts(ws, [{ draft: draft({ id: 'd3', updateProposal: proposal }), context: { topicLabel: 'app crash', friction: 3 } }]);

    const opened = await applyUpdateProposal(ws, 'd3', actor);
    expect(opened).toEqual({ articleId: existing.id, existing: false });
    const updated = await getArticle(ws, existing.id);
    expect(headings(updated.content)).toEqual(['Issue', 'Resolution', 'Cause']);
    const list = nodes(updated.content).find((n) => n.type === 'list');
    expect(walk(list?.children ?? []).filter((n) => n.type === 'text').map((n) => n.text?.trim())).toEqual(['Update the app.', 'Restart your iPhone.']);
    expect(walk(list?.children ?? []).some((n) => n.type === 'citation' && n.turn === 3)).toBe(true);
    expect(updated.text).toContain('A bad release.');
    expect(updated.state).toBe('needs_review');
    expect((await listVersions(ws, existing.id)).map((v) => v.kind)).toContain('ai_draft');
    expect(await applyUpdateProposal(ws, 'd3', actor)).toEqual({ articleId: existing.id, existing: true });
  });

  it('refuses to apply an update when the draft proposes none', async () => {
    await saveDrafts(ws, [{ draft: draft({ id: 'd4' }), context: { topicLabel: 'x', friction: 0 } }]);
    await expect(applyUpdateProposal(ws, 'd4', actor)).rejects.toMatchObject({ code: 'E_VALIDATION' });
  });
});
