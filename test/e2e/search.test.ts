import { seedDemo } from './demo-seed';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, stopShared, type Harness } from './harness';
import { SCREEN_STATES } from './screen-states';
import { shoot } from './shots';

const options = (page: Page) => page.locator('#g-palette-list li[role="option"]');
const paletteInput = (page: Page) => page.locator('.g-palette-input input');

/** Opens the palette, types a query and waits for search hits of both kinds. */
async function searchFor(page: Page, query: string, sections: [string, string]): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = paletteInput(page);
  await input.waitFor();
  await input.fill(query);
  for (const name of sections) {
    await expect
      .poll(() => page.locator('.g-palette-section', { hasText: name }).count(), { timeout: 20_000 })
      .toBe(1);
  }
}

/** Moves the selection with the arrow keys to the first option matching `selector`, then presses Enter. */
async function enterOn(page: Page, selector: string): Promise<string> {
  const ids = await options(page).evaluateAll((nodes) => nodes.map((n) => n.id));
  const index = ids.findIndex((id) => id.startsWith(selector));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  const label = (await options(page).nth(index).locator('.g-palette-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect.poll(() => paletteInput(page).count()).toBe(0);
  return label;
}

describe('Global search in the command palette', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('finds conversations and articles in English and Chinese and opens them with Enter', async () => {
    h = await startHarness({
      seed: async (core) => {
        const ws = core.requireWorkspace();
        await seedDemo(ws);
        await core.jobs.run(ws, 'embed.workspace', { model: 'lexical' });
      },
    });
    const { page } = h;

    await searchFor(page, 'eSIM activation', ['Articles', 'Conversations']);
    const marks = await page.locator('#g-palette-list mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['esim', 'activation']));
    await shoot(page, 'palette-en-light');
    const article = await enterOn(page, 'g-cmd-hit-a-');
    expect(article).toBe('eSIM activation fails');
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/articles\/[0-9a-f-]{36}$/);

    await searchFor(page, 'roaming', ['Conversations', 'Articles']);
    await enterOn(page, 'g-cmd-hit-t-');
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toMatch(/^#\/transcripts\/key=/);

    // The open conversation finds its like: other conversations about roaming, and an article when one matches.
    const similar = page.getByTestId('similar-panel');
    await similar.getByRole('button', { name: 'Find similar' }).click();
    const found = similar.locator('.transcripts-similar-item');
    await expect.poll(() => found.count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect((await similar.locator('.transcripts-similar-snippet').allTextContents()).join(' ')).toMatch(/roam|abroad|travel/i);
    await shoot(page, 'similar-en-light');
    const before = await page.evaluate(() => window.location.hash);
    await found.first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(before);
    await expect.poll(() => similar.getByRole('button', { name: 'Find similar' }).isVisible()).toBe(true);

    await h.dispatch('settings:set', { language: 'zh-CN', theme: 'dark' });
    await searchFor(page, '退款', ['文章', '对话']);
    expect(await page.locator('#g-palette-list mark').first().textContent()).toBe('退款');
    await shoot(page, 'palette-zh-dark');
    const zhArticle = await enterOn(page, 'g-cmd-hit-a-');
    expect(zhArticle).toContain('退款');
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/articles\//);

    await searchFor(page, '流量', ['对话', '文章']);
    await enterOn(page, 'g-cmd-hit-t-');
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toMatch(/^#\/transcripts\/key=/);

    await page.keyboard.press('Control+k');
    await paletteInput(page).fill('zzzqqxx');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '没有匹配' }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(h.pageErrors).toEqual([]);
  }, 240_000);

  it('builds the first index on the first search and shows the results when it is ready', async () => {
    h = await startHarness({
      seed: async (core) => {
        await seedDemo(core.requireWorkspace(), { conversations: 300 });
      },
    });
    const { page } = h;
    await page.keyboard.press('Control+k');
    await paletteInput(page).fill('roaming');
    await expect
      .poll(() => page.locator('.g-palette-status').textContent(), { timeout: 20_000 })
      .toContain('The search index is being built');
    await shoot(page, 'palette-indexing-en-light');
    await expect
      .poll(() => page.locator('.g-palette-section', { hasText: 'Conversations' }).count(), { timeout: 60_000 })
      .toBe(1);
    await page.keyboard.press('Escape');
    expect(h.pageErrors).toEqual([]);
  }, 180_000);

  it('captures the palette search state of the screenshots on an empty workspace', async () => {
    h = await startHarness({});
    const state = SCREEN_STATES.find((s) => s.name === 'command-palette-search')!;
    await state.prepare(h.page);
    expect(await h.page.locator('.g-palette-status').textContent()).toBe('No conversation or article matches.');
    await state.reset(h.page);
    expect(h.pageErrors).toEqual([]);
  }, 60_000);
});
