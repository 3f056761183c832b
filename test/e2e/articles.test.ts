import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Article, ArticleVersionSummary } from '../../shared/domain/article';
import { startHarness, stopShared, type Harness } from './harness';

// The smallest valid PNG (1×1).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('articles', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('creates an article, formats it by toolbar and shortcuts, adds a table and an image, autosaves, restores, and shows a conflict', async () => {
    h = await startHarness();
    const { page, dispatch } = h;
    const get = async (id: string) => {
      const result = await dispatch('articles:get', { id });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Article;
    };
    await page.getByRole('menuitem', { name: /Articles/ }).click();
    await page.getByRole('button', { name: 'New article' }).first().click();
    await expect.poll(() => page.url()).toMatch(/#\/articles\/[0-9a-f-]{36}$/);
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');

    await page.getByRole('textbox', { name: 'Article title' }).fill('Reset a card PIN');
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await page.keyboard.type('Customers can ');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('reset the PIN');
    await expect.poll(() => page.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.type('Resolution');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Press ');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('Reset');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(' in the app.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- first step');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Table' }).click();
    await page.locator('[data-testid="image-input"]').setInputFiles({ name: 'pin.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => page.locator('.ge-content img[src^="data:image/png"]').count()).toBe(1);

    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await expect
      .poll(async () => JSON.stringify((await get(id)).content))
      .toMatch(/gleaner-media:[0-9a-f]{64}\.png/);
    const saved = await get(id);
    const json = JSON.stringify(saved.content);
    expect(saved.title).toBe('Reset a card PIN');
    expect(json).toMatch(/"format":1[^}]*"text":"reset the PIN"/);
    expect(json).toMatch(/"format":0[^}]*"text":"\."/);
    expect(json).toContain('"tag":"h2"');
    expect(json).toMatch(/"format":2[^}]*"text":"Reset"/);
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('"type":"table"');
    const versions = await dispatch('articles:versions', { id });
    expect(versions.ok && (versions.value as ArticleVersionSummary[]).map((v) => v.kind)).toEqual(['autosave', 'create']);

    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Restore Version 1' }).click();
    // The restored body replaces the editor (a remount): wait for it before typing again.
    await expect.poll(() => page.getByText(/^Version \d+ restored$/).isVisible()).toBe(true);
    await expect.poll(async () => (await get(id)).text).toBe('');
    await expect.poll(() => body.textContent()).toBe('');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await expect.poll(() => page.locator('.ant-drawer-mask').isVisible()).toBe(false);

    const current = await get(id);
    const elsewhere = await dispatch('articles:save', { id, baseVersion: current.version, meta: { title: 'Changed elsewhere' } });
    expect(elsewhere.ok).toBe(true);
    await body.click();
    await page.keyboard.type('my words');
    await expect.poll(() => page.getByRole('status').getByText('This article was changed elsewhere').isVisible()).toBe(true);
    // The banner blocks nothing: the sentence can be finished while it shows. (Once, in a loaded CI run,
    // the focus was not in the editor at this point; not reproduced since, hence the click.)
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' still typing');
    await expect.poll(() => body.textContent()).toMatch(/my words still typing$/);
    await page.getByRole('button', { name: 'Compare' }).click();
    const mine = (await page.getByRole('dialog').getByTestId('conflict-mine').textContent()) ?? '';
    expect(mine).toMatch(/^my words still typing/);
    expect(await page.getByTestId('conflict-theirs').textContent()).toBe('');
    await page.getByRole('dialog').getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await get(id)).text).toBe(mine);
    expect((await get(id)).title).toBe('Changed elsewhere');
    expect(h.pageErrors).toEqual([]);
  }, 150_000);

  it('keeps a sentence typed just before the page closes', async () => {
    h = await startHarness();
    const { page, dispatch } = h;
    await page.getByRole('menuitem', { name: /Articles/ }).click();
    await page.getByRole('button', { name: 'New article' }).first().click();
    await expect.poll(() => page.url()).toMatch(/#\/articles\/[0-9a-f-]{36}$/);
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await page.keyboard.type('Open the app. ');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    // Mid-sentence, and the page goes before the autosave's delay has passed.
    await page.keyboard.type('Then choose Card and');
    await page.reload();
    await body.waitFor();
    await expect.poll(() => body.textContent()).toBe('Open the app. Then choose Card and');
    const saved = await dispatch('articles:get', { id });
    expect(saved.ok && (saved.value as Article).text).toBe('Open the app. Then choose Card and');
    expect(h.pageErrors).toEqual([]);
  }, 120_000);
});
