import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from './demo-seed';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle } from '../../electron/core/articles/store';
import { saveDrafts } from '../../electron/core/drafts/store';
import type { Article, ArticleVersionSummary } from '../../shared/domain/article';
import type { Draft } from '../../shared/domain/draft';
import { shoot } from './shots';
import { startHarness, stopShared, type Harness } from './harness';

/** A stored draft that proposes to update an existing article (the demo's own proposals depend on its topics). */
async function seedUpdateProposal(h: { core: Harness['core'] }): Promise<string> {
  const ws = h.core.requireWorkspace();
  const actor = { id: 'seed', name: 'Seed' };
  const article = await createArticle(ws, { title: 'Reset your voicemail PIN', content: markdownToLexical('## Resolution\n\n1. Open the Phone app.\n') }, actor);
  const draft: Draft = {
    id: 'update-draft',
    topicId: 'seeded-topic',
    title: 'I forgot my voicemail PIN',
    language: 'en',
    sections: [{ kind: 'resolution', sentences: [{ text: 'Dial 123 and choose Reset PIN.', citations: [{ transcriptId: 'demo:seeded', turn: 2 }] }] }],
    sourceTranscriptIds: ['demo:seeded'],
    successCount: 5,
    confidence: 0.6,
    updateProposal: {
      articleId: article.id,
      articleTitle: article.title,
      similarity: 0.82,
      missingSteps: [{ text: 'Dial 123 and choose Reset PIN.', citations: [{ transcriptId: 'demo:seeded', turn: 2 }] }],
      diff: '--- a\n+++ b\n 1. Open the Phone app.\n+2. Dial 123 and choose Reset PIN.\n',
    },
  };
  await saveDrafts(ws, [{ draft, context: { topicLabel: 'voicemail pin', friction: 0.1 } }]);
  return article.id;
}

describe('Drafts inbox', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('drafts the top topics as a job, cites every sentence, opens a draft as an article with its chips, and applies an update proposal', async () => {
    let existingId = '';
    h = await startHarness({
      seed: async (core) => {
        await seedDemo(core.requireWorkspace(), { topics: true });
        existingId = await seedUpdateProposal({ core });
      },
    });
    const { page, dispatch } = h;
    const main = page.getByRole('main');
    await page.keyboard.press('Control+3');
    await main.getByRole('option').first().waitFor();

    await main.getByRole('spinbutton').fill('3');
    await main.getByRole('button', { name: 'Draft', exact: true }).click();
    await expect.poll(() => main.getByRole('option').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => main.getByText(/^Drafted \d+ articles?\./).isVisible(), { timeout: 60_000 }).toBe(true);
    await shoot(page, 'drafts-inbox');

    // The first (highest friction) draft: sections, evidence, source count.
    await main.getByRole('option').first().click();
    const view = main.locator('article.drafts-view');
    await expect.poll(() => view.getByRole('heading', { name: 'Resolution' }).isVisible()).toBe(true);
    await expect.poll(() => view.getByText(/^Built from \d+ successful conversations$/).isVisible()).toBe(true);
    const chips = view.locator('.drafts-chip');
    expect(await chips.count()).toBeGreaterThan(2);
    const items = view.locator('ol > li');
    for (const item of await items.all()) expect(await item.locator('.drafts-chip').count()).toBeGreaterThan(0);

    // A chip opens the cited conversation at its turn.
    const draftHash = await page.evaluate(() => window.location.hash);
    await chips.first().click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(decodeURIComponent(window.location.hash)))).toMatch(/^#\/transcripts\/key=.+&turn=\d+$/);
    await page.evaluate((hash) => (window.location.hash = hash), draftHash);

    // Open in editor: a new article whose first version is the AI original, with the chips.
    await view.getByRole('button', { name: 'Open in editor' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/articles\/.+/);
    const articleId = decodeURIComponent((await page.evaluate(() => window.location.hash)).replace('#/articles/', ''));
    const editor = page.locator('[contenteditable="true"]').first();
    await editor.waitFor();
    expect(await editor.locator('h2').allTextContents()).toContain('Resolution');
    expect(await editor.locator('[data-citation]').count()).toBeGreaterThan(2);
    const versions = await dispatch('articles:versions', { id: articleId });
    expect(versions.ok && (versions.value as ArticleVersionSummary[]).map((v) => v.kind)).toEqual(['ai_draft']);
    await shoot(page, 'drafts-article');

    // Back in the inbox, the draft says it is in the editor and opening it again adds nothing.
    await page.keyboard.press('Control+3');
    await expect.poll(() => main.getByRole('option', { selected: true }).getByText('In editor').isVisible()).toBe(true);
    await main.getByRole('button', { name: 'Open the article' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/articles/${encodeURIComponent(articleId)}`);

    // The update proposal: no duplicate, the missing step goes into the existing article.
    await page.evaluate(() => (window.location.hash = '#/drafts/update-draft'));
    await expect.poll(() => main.getByText('An article already covers this topic').isVisible()).toBe(true);
    expect(await main.getByRole('button', { name: 'Open in editor' }).count()).toBe(0);
    await shoot(page, 'drafts-update');
    await main.getByRole('button', { name: 'Add the missing steps' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/articles/${encodeURIComponent(existingId)}`);
    const updated = await dispatch('articles:get', { id: existingId });
    expect(updated.ok && (updated.value as Article).text).toMatch(/Open the Phone app\.\s*Dial 123 and choose Reset PIN\./);

    await dispatch('settings:set', { language: 'zh-CN' });
    await page.keyboard.press('Control+3');
    await expect.poll(() => main.getByRole('listbox', { name: '草稿，按摩擦从高到低' }).isVisible()).toBe(true);
    await expect.poll(() => main.getByRole('heading', { name: '解决方法' }).first().isVisible()).toBe(true);
    await shoot(page, 'drafts-update-zh');
    await dispatch('settings:set', { theme: 'dark' });
    await shoot(page, 'drafts-update-zh-dark');
    expect(h.pageErrors).toEqual([]);
  }, 240_000);
});
