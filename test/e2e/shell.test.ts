import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startHarness, stopShared, type Harness } from './harness';

describe('the app shell', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('navigates by the rail, by Ctrl+digit and by the command palette', async () => {
    h = await startHarness();
    const { page } = h;
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: 'Import transcripts to see where customers struggle' })
          .isVisible(),
      )
      .toBe(true);
    await page.getByRole('menuitem', { name: /Articles/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'No articles yet' }).isVisible())
      .toBe(true);
    expect(page.url()).toContain('#/articles');
    await page.keyboard.press('Control+2');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Import your first transcripts' }).isVisible())
      .toBe(true);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('combobox', { name: 'Command palette' });
    await palette.fill('expo');
    await expect
      .poll(() => page.getByRole('option').first().textContent())
      .toContain('Go to Export');
    await palette.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'No approved articles to export' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Go to Review' }).click();
    await expect.poll(() => page.url()).toContain('#/review');
    expect(h.pageErrors).toEqual([]);
  });

  it('switches to Chinese and dark in Settings, keeps them after a reload', async () => {
    h = await startHarness();
    const { page } = h;
    await page.keyboard.press('Control+7');
    await page.getByText('简体中文', { exact: true }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: /洞察/ }).isVisible()).toBe(true);
    await page.getByText('深色', { exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await expect
      .poll(async () => JSON.stringify(await h!.dispatch('settings:get', {})))
      .toMatch(/"language":"zh-CN".*"theme":"dark"/);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: '设置' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('runs compaction as a job that the Jobs panel shows to completion', async () => {
    h = await startHarness();
    const { page } = h;
    await page.keyboard.press('Control+7');
    await page.getByRole('button', { name: 'Compact now' }).click();
    const job = page.getByTestId('job-workspace.compact').first();
    await expect.poll(() => job.getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
    await expect.poll(() => job.getByText('Done').isVisible()).toBe(true);
  });

  it('shows a translated error when opening a folder that is not a workspace', async () => {
    h = await startHarness({ pickFolder: async () => join('/nonexistent', 'nowhere') });
    const { page } = h;
    await page.keyboard.press('Control+7');
    await page.getByRole('button', { name: 'Open workspace…' }).click();
    await expect
      .poll(() => page.getByText(/^Not found: .*not a Gleaner workspace/).isVisible())
      .toBe(true);
  });

  it('follows the OS language and translates backend errors into it', async () => {
    h = await startHarness({
      locale: 'zh-CN',
      pickFolder: async () => join('/nonexistent', 'nowhere'),
    });
    const { page } = h;
    await expect.poll(() => page.getByRole('menuitem', { name: /洞察/ }).isVisible()).toBe(true);
    await page.keyboard.press('Control+7');
    await page.getByRole('button', { name: '打开工作区…' }).click();
    await expect.poll(() => page.locator('.g-toast-error').textContent()).toMatch(/^未找到：/);
    expect(await h.dispatch('settings:get', {})).toMatchObject({
      ok: true,
      value: { language: 'system' },
    });
  });
});
