import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AppCore } from '../../electron/core/app-core';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle, setArticleState } from '../../electron/core/articles/store';
import type { CredentialStore } from '../../electron/core/export/credentials';
import type { Article } from '../../shared/domain/article';
import type { RemoteCredentials } from '../../shared/domain/export';
import { fakeZendesk } from '../support/fake-helpcenters/zendesk';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

/** Full-page screenshots in the four looks, when GLEANER_SHOTS is set. */
async function shootAll(h: Harness, name: string, looks: Array<['light' | 'dark', 'en' | 'zh-CN']> = [['light', 'en'], ['dark', 'zh-CN']]): Promise<void> {
  if (!process.env.GLEANER_SHOTS) return;
  await h.page.setViewportSize({ width: 1440, height: 2000 });
  for (const [theme, language] of looks) {
    await h.dispatch('settings:set', { theme, language });
    await h.page.waitForTimeout(1500);
    await shoot(h.page, `${name}-${theme}-${language}`);
  }
  await h.dispatch('settings:set', { theme: 'light', language: 'en' });
  await h.page.setViewportSize({ width: 1440, height: 900 });
  await h.page.waitForTimeout(200);
}

const memoryCredentials = (): CredentialStore => {
  const stored = new Map<string, RemoteCredentials>();
  return {
    get: async (target) => stored.get(target) ?? null,
    set: async (value) => void stored.set(value.target, value),
    forget: async (target) => void stored.delete(target),
  };
};

const ARTICLES = [
  { title: 'Check a refund status', category: 'Billing', body: '## Resolution\n\n1. Open **Orders**.\n2. Choose the order and read the refund line.' },
  { title: 'Fix a duplicate charge', category: 'Billing', body: 'A duplicate charge is a pending authorization; it drops off within 3 days.' },
  { title: 'Reset your password', category: 'Account', body: 'Tap **Forgot password** on the sign-in screen and follow the email.' },
];

async function seed(core: AppCore): Promise<void> {
  core.host.credentials = memoryCredentials();
  const ws = core.requireWorkspace();
  const actor = { id: 'reviewer-1' };
  const ids: string[] = [];
  for (const a of ARTICLES) {
    const created = await createArticle(ws, { title: a.title, category: a.category, section: a.category, content: markdownToLexical(a.body) }, actor);
    await setArticleState(ws, created.id, 'approved', actor);
    ids.push(created.id);
  }
  const zh = await createArticle(ws, { title: '查询退款进度', category: '账单', language: 'zh-CN', translationOf: ids[0]!, slug: 'check-a-refund-status-zh', content: markdownToLexical('打开**订单**，查看退款进度。') }, actor);
  await setArticleState(ws, zh.id, 'approved', actor);
  await createArticle(ws, { title: 'Draft not yet reviewed', category: 'Billing', content: markdownToLexical('Work in progress.') }, actor);
}

const main = (page: Page) => page.getByRole('main');

describe('export', () => {
  let h: Harness | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  afterAll(stopShared);

  it('shows how to get approved articles when there are none', async () => {
    h = await startHarness();
    const { page } = h;
    await page.getByRole('menuitem', { name: /Export/ }).click();
    await main(page).getByText('No approved articles to export').waitFor();
    await shootAll(h, 'export-empty');
    await main(page).getByRole('button', { name: 'Go to Review' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/review$/);
    expect(h.pageErrors).toEqual([]);
  }, 120_000);

  it('exports approved articles to a static help center that opens from disk, then to Zendesk updating only what changed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-e2e-export-'));
    const out = join(dir, 'help-center');
    const zd = fakeZendesk();
    const baseUrl = await zd.api.start();
    try {
      h = await startHarness({ seed, pickFolder: async () => out });
      const { page, dispatch } = h;
      await page.getByRole('menuitem', { name: /Export/ }).click();

      // 1. Target and folder.
      const html = main(page).getByRole('radio', { name: /Static help center/ });
      await html.click();
      await expect.poll(() => html.getAttribute('aria-checked')).toBe('true');
      await main(page).getByText('Choose an output folder first.').waitFor();
      await main(page).getByRole('button', { name: 'Choose folder…' }).click();
      await expect.poll(() => main(page).getByTestId('export-folder').textContent()).toBe(out);

      // 2. Approved articles are ticked; the draft is not listed until asked for.
      const articleRows = main(page).locator('.export-articles-table tr.ant-table-row');
      await expect.poll(() => articleRows.count()).toBe(4);
      await expect.poll(() => main(page).getByTestId('export-selected-count').textContent()).toBe('4 of 4 selected');
      await main(page).getByRole('switch').click();
      await expect.poll(() => articleRows.count()).toBe(5);
      await expect.poll(() => main(page).getByTestId('export-selected-count').textContent()).toBe('4 of 5 selected');
      await main(page).getByRole('switch').click();
      await expect.poll(() => articleRows.count()).toBe(4);

      // 3. Dry run, then the export as a job with its report.
      await main(page).getByRole('button', { name: 'Dry run' }).click();
      await expect.poll(() => main(page).getByTestId('export-plan-summary').textContent()).toBe('4 to create · 0 to update · 0 unchanged');
      await shootAll(h, 'export-html-plan', [['light', 'en'], ['dark', 'en'], ['light', 'zh-CN'], ['dark', 'zh-CN']]);
      await main(page).getByRole('button', { name: 'Export 4 articles' }).click();
      await main(page).getByTestId('export-report').waitFor({ timeout: 30_000 });
      await expect.poll(() => main(page).getByTestId('export-report-counts').textContent()).toBe('4 created · 0 updated · 0 unchanged · 0 failed');
      const index = join(out, 'index.html');
      expect(await main(page).getByTestId('export-entry').first().textContent()).toBe(index);
      await main(page).getByTestId('export-history').getByText('Static help center').waitFor();
      await shootAll(h, 'export-html-report');

      // 4. The help center opens from disk in the same Chromium: articles listed, search works.
      const site = await page.context().newPage();
      await site.goto(pathToFileURL(index).href);
      await site.waitForURL(/\/en\/index\.html$/);
      for (const a of ARTICLES) await site.getByRole('link', { name: a.title }).first().waitFor();
      await site.getByRole('searchbox').fill('duplicate');
      await expect.poll(() => site.locator('#results li').allTextContents()).toEqual(['Fix a duplicate charge']);
      await site.locator('#results a').click();
      await site.getByRole('heading', { name: 'Fix a duplicate charge' }).waitFor();
      await site.goto(pathToFileURL(join(out, 'zh-CN', 'index.html')).href);
      await site.getByRole('searchbox').fill('退款');
      await expect.poll(() => site.locator('#results li').allTextContents()).toEqual(['查询退款进度']);
      await site.getByRole('searchbox').fill('没有这种文章');
      await expect.poll(() => site.locator('#results li').allTextContents()).toEqual(['没有匹配的文章。']);
      await site.close();

      // 5. Zendesk: the URL must be HTTPS (loopback allowed); credentials are stored, never shown back.
      await main(page).getByRole('radio', { name: /Zendesk/ }).click();
      await main(page).getByText('Store the credentials first.').first().waitFor();
      const url = main(page).getByLabel('Help center URL');
      await url.fill('http://acme.zendesk.com');
      await url.blur();
      await main(page).getByText(/must use HTTPS/).waitFor();
      await shootAll(h, 'export-zendesk-credentials');
      await url.fill(baseUrl);
      await main(page).getByLabel('Agent email').fill('admin@example.com');
      await main(page).getByLabel('API token').fill('zd-token');
      await main(page).getByRole('button', { name: 'Store credentials' }).click();
      await main(page).getByTestId('export-credentials-stored').waitFor();
      expect(await main(page).textContent()).not.toContain('zd-token');

      // The help-center export marked the approved articles published; they go to Zendesk by default.
      await expect.poll(() => main(page).locator('.export-articles-table').getByText('Published').count()).toBe(4);
      await main(page).getByRole('button', { name: 'Export 4 articles' }).click();
      await expect
        .poll(() => main(page).getByTestId('export-report-counts').textContent(), { timeout: 30_000 })
        .toBe('4 created · 0 updated · 0 unchanged · 0 failed');
      expect(zd.articles.size).toBe(3);
      const writesBefore = zd.api.requests().filter((r) => r.method !== 'GET').length;

      // 6. One article changes: the dry run shows exactly one update, and the export sends only it.
      const list = await dispatch('articles:list', {});
      const target = (list.ok ? (list.value as Article[]) : []).find((a) => a.title === 'Reset your password')!;
      const saved = await dispatch('articles:save', { id: target.id, baseVersion: target.version, meta: { title: 'Reset your password or PIN' } });
      expect(saved.ok).toBe(true);
      await main(page).getByRole('button', { name: 'Dry run' }).click();
      await expect.poll(() => main(page).getByTestId('export-plan-summary').textContent()).toBe('0 to create · 1 to update · 3 unchanged');
      const planRows = main(page).getByTestId('export-plan-items').locator('tr.ant-table-row');
      expect(await planRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')).sort())).toEqual(['unchanged', 'unchanged', 'unchanged', 'update']);
      await main(page).getByTestId('export-plan-items').getByText(/Edited since the last export/).waitFor();
      await shootAll(h, 'export-zendesk-plan', [['light', 'en'], ['dark', 'zh-CN']]);
      await main(page).getByRole('button', { name: 'Export 4 articles' }).click();
      await expect
        .poll(() => main(page).getByTestId('export-report-counts').textContent(), { timeout: 30_000 })
        .toBe('0 created · 1 updated · 3 unchanged · 0 failed');
      const writes = zd.api.requests().filter((r) => r.method !== 'GET').slice(writesBefore);
      expect(writes).toHaveLength(1);
      expect(writes[0]).toMatchObject({ method: 'PUT', status: 200 });
      expect(JSON.stringify(writes[0]!.body)).toContain('Reset your password or PIN');
      await expect.poll(() => main(page).getByTestId('export-history').locator('tr.ant-table-row').count()).toBe(3);
      await shootAll(h, 'export-zendesk-report');

      // 7. Cancel: Zendesk asks to wait (429, Retry-After 30 s); Cancel stops the run, the report says what was skipped.
      const again = (await dispatch('articles:list', {})) as { ok: true; value: Article[] };
      const next = again.value.find((a) => a.title === 'Fix a duplicate charge')!;
      expect((await dispatch('articles:save', { id: next.id, baseVersion: next.version, meta: { title: 'Fix a charge taken twice' } })).ok).toBe(true);
      zd.api.failNext('PUT', /translations\/en-us\.json$/, { status: 429, headers: { 'retry-after': '30' }, body: { error: 'TooManyRequests' } });
      await main(page).getByRole('button', { name: 'Export 4 articles' }).click();
      await main(page).getByTestId('export-running').waitFor();
      await main(page).getByTestId('export-running').getByRole('button', { name: 'Cancel' }).click();
      await main(page).getByText('Export cancelled: the articles already sent are recorded, the rest were skipped').waitFor({ timeout: 20_000 });
      await expect.poll(() => main(page).getByTestId('export-report-counts').textContent()).toBe('0 created · 0 updated · 3 unchanged · 0 failed');
      expect(await main(page).getByTestId('export-report-items').locator('tr[data-outcome="skipped"]').textContent()).toContain('Not sent: the export was cancelled');
      expect(zd.api.requests().filter((r) => r.method !== 'GET' && r.status < 300)).toHaveLength(writesBefore + 1);
      await shootAll(h, 'export-cancelled', [['light', 'en']]);
      await main(page).getByRole('button', { name: 'Dry run' }).click();
      await expect.poll(() => main(page).getByTestId('export-plan-summary').textContent()).toBe('0 to create · 1 to update · 3 unchanged');

      // 8. Keyboard: arrows move between targets; the static help center remembers its folder from the history.
      await main(page).getByRole('radio', { name: /Zendesk/ }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => main(page).getByRole('radio', { name: /Static help center/ }).getAttribute('aria-checked')).toBe('true');
      await expect.poll(() => main(page).getByTestId('export-folder').textContent()).toBe(out);
      await page.reload();
      await main(page).getByRole('radio', { name: /Zendesk/ }).waitFor();
      expect(await main(page).getByRole('radio', { name: /Zendesk/ }).getAttribute('aria-checked')).toBe('true');
      await main(page).getByRole('radio', { name: /Static help center/ }).click();
      await expect.poll(() => main(page).getByTestId('export-folder').textContent()).toBe(out);
      await main(page).getByText('The folder of your last Static help center export.', { exact: false }).waitFor();
      expect([...new Set(h.pageErrors)]).toEqual([]);
    } finally {
      await zd.api.stop();
    }
  }, 240_000);

  it('exports a Markdown folder in the MkDocs layout chosen on the screen, remembers the layout, and a second export changes nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-e2e-mkdocs-'));
    const out = join(dir, 'docs-site');
    h = await startHarness({ seed, pickFolder: async () => out });
    const { page } = h;
    await page.getByRole('menuitem', { name: /Export/ }).click();
    await main(page).getByRole('radio', { name: /Markdown folder/ }).click();
    await main(page).getByRole('button', { name: 'Choose folder…' }).click();
    await expect.poll(() => main(page).getByTestId('export-folder').textContent()).toBe(out);

    // The layout is a radio group of its own; Docusaurus until the person picks another.
    const layouts = main(page).getByRole('radiogroup', { name: 'Folder layout' });
    const mkdocs = layouts.getByRole('radio', { name: /^MkDocs/ });
    expect(await layouts.getByRole('radio', { name: /^Docusaurus/ }).isChecked()).toBe(true);
    await layouts.getByRole('radio', { name: /^Docusaurus/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => mkdocs.isChecked()).toBe(true);
    await main(page).getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => main(page).getByTestId('export-plan-summary').textContent()).toBe('4 to create · 0 to update · 0 unchanged');
    await shootAll(h, 'export-markdown-layout', [['light', 'en'], ['dark', 'en'], ['light', 'zh-CN'], ['dark', 'zh-CN']]);
    await main(page).getByRole('button', { name: 'Export 4 articles' }).click();
    await expect
      .poll(() => main(page).getByTestId('export-report-counts').textContent(), { timeout: 30_000 })
      .toBe('4 created · 0 updated · 0 unchanged · 0 failed');
    await expect.poll(() => main(page).getByTestId('export-history-layout').first().textContent()).toBe(' · MkDocs');

    // What MkDocs reads: articles by category, the translation beside its source, and a nav that names them.
    const files = (await readdir(out, { recursive: true })).map((f) => f.split('\\').join('/')).sort();
    expect(files).toEqual(expect.arrayContaining(['mkdocs.yml', 'docs/index.md', 'docs/billing/check-a-refund-status.md', 'docs/billing/check-a-refund-status.zh.md', 'docs/account/reset-your-password.md']));
    expect(files.filter((f) => f.startsWith('i18n'))).toEqual([]);
    const config = parse(await readFile(join(out, 'mkdocs.yml'), 'utf8')) as { nav: Array<Record<string, string | string[]>> };
    expect(config.nav).toEqual([
      { Home: 'index.md' },
      { Account: ['account/reset-your-password.md'] },
      { Billing: ['billing/check-a-refund-status.md', 'billing/fix-a-duplicate-charge.md'] },
    ]);
    expect(await readFile(join(out, 'docs', 'billing', 'check-a-refund-status.zh.md'), 'utf8')).toMatch(/^---\ntitle: 查询退款进度\n/);
    await shootAll(h, 'export-markdown-report', [['light', 'en'], ['dark', 'zh-CN']]);

    // After a reload the layout comes from the history, and the same export finds nothing to write.
    await page.reload();
    await main(page).getByRole('radio', { name: /Markdown folder/ }).click();
    await expect.poll(() => main(page).getByRole('radiogroup', { name: 'Folder layout' }).getByRole('radio', { name: /^MkDocs/ }).isChecked()).toBe(true);
    await main(page).getByText('The layout of your last Markdown export.', { exact: false }).waitFor();
    await main(page).getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => main(page).getByTestId('export-plan-summary').textContent()).toBe('0 to create · 0 to update · 4 unchanged');
    // Switching back to Docusaurus would rewrite every article.
    await main(page).getByRole('radiogroup', { name: 'Folder layout' }).getByRole('radio', { name: /^Docusaurus/ }).click();
    await main(page).getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => main(page).getByTestId('export-plan-summary').textContent()).toBe('0 to create · 4 to update · 0 unchanged');
    expect([...new Set(h.pageErrors)]).toEqual([]);
  }, 180_000);
});
