import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToLexical } from '../../../../electron/core/articles/convert/markdown';
import { diffVersions, restoreVersion } from '../../../../electron/core/articles/history';
import { listArticles } from '../../../../electron/core/articles/list';
import { listVersions } from '../../../../electron/core/articles/revisions';
import { bulkUpdateArticles, createArticle, deleteArticles, getArticle, saveArticle, setArticleState } from '../../../../electron/core/articles/store';
import { readAudit } from '../../../../electron/core/audit/log';
import { articleConflictSchema } from '../../../../shared/domain/article';
import { GleanerError } from '../../../../shared/errors';
import { Workspace } from '../../../../electron/core/workspace/workspace';

const ann = { id: 'ann' };
const bo = { id: 'bo' };

describe('articles store', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-articles-'));
    ws = await Workspace.create(dir);
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates an article with defaults from the workspace settings and reads it back', async () => {
    const created = await createArticle(ws, { title: 'Reset a card PIN', content: markdownToLexical('# Issue\n\nThe PIN is **blocked**.') }, ann);
    expect(created).toMatchObject({ slug: 'reset-a-card-pin', state: 'draft', kcsState: 'work_in_progress', version: 1, owner: 'ann', language: 'en' });
    const due = new Date(Date.parse(created.createdAt) + 90 * 86_400_000).toISOString().slice(0, 10);
    expect(created.reviewBy).toBe(due);
    expect(created.text).toContain('The PIN is blocked.');
    expect(created.wordCount).toBe(5);
    const again = await createArticle(ws, { title: 'Reset a card PIN' }, ann);
    expect(again.slug).toBe('reset-a-card-pin-2');
    expect(await getArticle(ws, created.id)).toEqual(created);
    await expect(getArticle(ws, 'nope')).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });

  it('saves on the current version and refuses a stale one with both sides in E_CONFLICT', async () => {
    const a = await createArticle(ws, { title: 'Refund status' }, ann);
    const saved = await saveArticle(ws, { id: a.id, baseVersion: 1, content: markdownToLexical('Refunds take 5 days.') }, ann);
    expect(saved.version).toBe(2);
    const stale = saveArticle(ws, { id: a.id, baseVersion: 1, content: markdownToLexical('Refunds take 3 days.') }, bo);
    await expect(stale).rejects.toBeInstanceOf(GleanerError);
    const error = (await stale.catch((e: unknown) => e)) as GleanerError;
    expect(error.code).toBe('E_CONFLICT');
    const details = articleConflictSchema.parse(error.details);
    expect(details.theirs.text).toBe('Refunds take 5 days.');
    expect(JSON.stringify(details.mine.content)).toContain('3 days');
    expect((await getArticle(ws, a.id)).text).toBe('Refunds take 5 days.');
  });

  it('keeps a field the save sends as undefined', async () => {
    const a = await createArticle(ws, { title: 'Refund status', tags: ['billing'] }, ann);
    const saved = await saveArticle(ws, { id: a.id, baseVersion: 1, meta: { title: undefined, tags: undefined, category: 'Billing' } }, ann);
    expect(saved).toMatchObject({ title: 'Refund status', tags: ['billing'], category: 'Billing', version: 2 });
  });

  it('sends an approved or published article back to review when its text changes, audited; metadata edits keep the approval', async () => {
    for (const state of ['approved', 'published'] as const) {
      const a = await createArticle(ws, { title: `Refunds ${state}`, content: markdownToLexical('Refunds take 5 days.') }, ann);
      const reviewed = await setArticleState(ws, a.id, state, bo);
      const tagged = await saveArticle(ws, { id: a.id, baseVersion: reviewed.version, meta: { tags: ['billing'] } }, ann);
      expect(tagged.state).toBe(state);
      const edited = await saveArticle(ws, { id: a.id, baseVersion: tagged.version, content: markdownToLexical('Refunds take 10 days.'), autosave: true }, { id: 'ann', name: 'Ann' });
      expect(edited).toMatchObject({ state: 'needs_review', version: tagged.version + 1 });
      const entry = (await readAudit(ws)).filter((e) => e.subjectId === a.id).at(-1);
      expect(entry).toMatchObject({ action: 'flag_for_review', actorName: 'Ann', details: { from: state, to: 'needs_review', reason: 'edited_after_approval' } });
    }
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const a = await createArticle(ws, { title: 'Race' }, ann);
    const results = await Promise.allSettled([
      saveArticle(ws, { id: a.id, baseVersion: 1, meta: { title: 'Mine' } }, ann),
      saveArticle(ws, { id: a.id, baseVersion: 1, meta: { title: 'Theirs' } }, bo),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('coalesces autosaves of one session into one revision, keeps manual saves, restores and diffs', async () => {
    const a = await createArticle(ws, { title: 'Card delivery' }, ann);
    let version = a.version;
    for (const body of ['Cards arrive', 'Cards arrive in 3', 'Cards arrive in 3 to 5 working days']) {
      version = (await saveArticle(ws, { id: a.id, baseVersion: version, content: markdownToLexical(body), autosave: true }, ann)).version;
    }
    const history = await listVersions(ws, a.id);
    expect(history.map((v) => v.kind)).toEqual(['autosave', 'create']);
    expect(history[0]?.version).toBe(4);
    const manual = await saveArticle(ws, { id: a.id, baseVersion: version, content: markdownToLexical('Cards arrive within a week.') }, ann);
    const after = await listVersions(ws, a.id);
    expect(after.map((v) => v.kind)).toEqual(['save', 'autosave', 'create']);
    const [latest, autosave] = after;
    if (!latest || !autosave) throw new Error('missing versions');
    const diff = await diffVersions(ws, autosave.id, latest.id);
    expect(diff.body.filter((p) => p.removed).map((p) => p.value.trim()).join(' ')).toContain('in 3 to 5 working days');
    expect(diff.body.filter((p) => p.added).map((p) => p.value.trim()).join(' ')).toContain('within a week');
    expect(diff.added).toBeGreaterThan(0);
    const restored = await restoreVersion(ws, a.id, autosave.id, manual.version, ann);
    expect(restored.text).toBe('Cards arrive in 3 to 5 working days');
    expect(restored.version).toBe(manual.version + 1);
    expect((await listVersions(ws, a.id))).toHaveLength(4);
  });

  it('lists with search (title, body, CJK), filters, translations and bulk changes', async () => {
    const en = await createArticle(ws, { title: 'Refund not showing up', tags: ['refunds'], content: markdownToLexical('Refunds take 5 days. 50%_off') }, ann);
    const zh = await createArticle(ws, { title: '退款未到账', language: 'zh-CN', translationOf: en.id, content: markdownToLexical('退款需要五个工作日到账。') }, bo);
    const other = await createArticle(ws, { title: 'Change PIN', reviewBy: '2020-01-01', tags: ['cards'] }, bo);
    expect((await listArticles(ws, { query: 'refund' })).map((a) => a.id)).toEqual([en.id]);
    expect((await listArticles(ws, { query: '工作日' })).map((a) => a.id)).toEqual([zh.id]);
    expect((await listArticles(ws, { query: '50%_' })).map((a) => a.id)).toEqual([en.id]);
    expect((await listArticles(ws, { query: "it's" }))).toEqual([]);
    expect((await listArticles(ws, { language: 'zh-CN' })).map((a) => a.id)).toEqual([zh.id]);
    expect((await listArticles(ws, { owner: 'bo' })).map((a) => a.id).sort()).toEqual([zh.id, other.id].sort());
    expect((await listArticles(ws, { reviewDue: true })).map((a) => a.id)).toEqual([other.id]);
    expect((await listArticles(ws, { tag: 'cards' })).map((a) => a.id)).toEqual([other.id]);
    expect((await getArticle(ws, en.id)).translations).toEqual([zh.id]);
    expect((await getArticle(ws, zh.id)).translations).toEqual([en.id]);
    await expect(createArticle(ws, { title: 'x', translationOf: 'missing' }, ann)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });

    expect(await bulkUpdateArticles(ws, [en.id, other.id], { addTags: ['q3'], removeTags: ['cards'], owner: 'cy' }, ann)).toBe(2);
    expect((await getArticle(ws, other.id))).toMatchObject({ tags: ['q3'], owner: 'cy', version: 2 });
    expect(await deleteArticles(ws, [other.id])).toBe(1);
    expect(await listVersions(ws, other.id)).toEqual([]);
    expect((await listArticles(ws)).map((a) => a.id).sort()).toEqual([en.id, zh.id].sort());
  });
});
