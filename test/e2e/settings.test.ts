import { seedDemo } from './demo-seed';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeTestModel } from '../support/onnx/model-folder';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

/** The screen scrolls inside the main area: bring the card to the top, then capture the page. */
async function shot(page: Page, name: string, testId = 'models-card'): Promise<void> {
  if (!process.env.GLEANER_SHOTS) return;
  await page.getByTestId(testId).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, name);
}

const card = (page: Page) => page.getByTestId('models-card');
const row = (page: Page, id: string) => card(page).locator('tr', { hasText: id });

describe('Settings: models and analysis parameters', () => {
  let h: Harness | undefined;
  const mirror = process.env.GLEANER_MODEL_MIRROR;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(async () => {
    if (mirror === undefined) delete process.env.GLEANER_MODEL_MIRROR;
    else process.env.GLEANER_MODEL_MIRROR = mirror;
    await stopShared();
  });

  it('imports a generated model folder, re-embeds with progress and shows it active; a broken folder is named', async () => {
    // No network here: downloads go to a closed local port and must fail with a clear message.
    process.env.GLEANER_MODEL_MIRROR = 'http://127.0.0.1:9';
    let picked: string | null = null;
    h = await startHarness({
      pickFolder: async () => picked,
      seed: async (core) => {
        const ws = core.requireWorkspace();
        await seedDemo(ws);
        await core.jobs.run(ws, 'embed.workspace', { model: 'lexical' });
      },
    });
    const { page } = h;
    const broken = join(h.dir, 'usb', 'broken-model');
    await writeTestModel(broken, { omit: ['onnx/model_quantized.onnx', 'tokenizer.json'] });
    const good = join(h.dir, 'usb', 'tiny-bert');
    await writeTestModel(good);

    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    await card(page).waitFor();
    await expect.poll(() => page.getByTestId('lexical-banner').textContent()).toContain('works without a neural model'.replace(/^w/, 'W'));
    await expect.poll(() => row(page, 'lexical').textContent()).toContain('Active');
    await expect.poll(() => card(page).textContent()).toMatch(/Documents: 6\d\d/);
    expect(await row(page, 'Xenova/multilingual-e5-small').textContent()).toMatch(/Not installed.*Download/);
    await shot(page, 'settings-lexical-en-light');

    picked = broken;
    await card(page).getByRole('button', { name: 'Import model folder…' }).click();
    const notice = page.getByTestId('models-notice');
    await expect.poll(() => notice.textContent()).toContain('This folder cannot be used as a model');
    expect(await notice.textContent()).toMatch(/missing tokenizer\.json, onnx\/model_quantized\.onnx/);

    picked = good;
    await card(page).getByRole('button', { name: 'Import model folder…' }).click();
    const progress = page.getByTestId('reembed-progress');
    await progress.waitFor({ timeout: 20_000 });
    expect(await progress.textContent()).toMatch(/Re-embedding with local\/tiny-bert/);
    await expect.poll(() => row(page, 'local/tiny-bert').textContent()).toContain('Re-embedding');
    await shot(page, 'settings-reembed-en-light');
    await expect
      .poll(() => notice.textContent(), { timeout: 60_000 })
      .toContain('The workspace now searches with local/tiny-bert.');
    await expect.poll(() => row(page, 'local/tiny-bert').textContent()).toContain('Active');
    expect(await row(page, 'local/tiny-bert').textContent()).toMatch(/32/);
    await expect.poll(() => page.getByTestId('lexical-banner').count()).toBe(0);
    await expect.poll(() => progress.count()).toBe(0);
    expect(h.core.requireWorkspace().settings().embeddingModel).toBe('local/tiny-bert');

    await row(page, 'Xenova/multilingual-e5-small').getByRole('button', { name: /Download/ }).click();
    const dialog = page.getByRole('dialog');
    // The address shown is the one the download uses (the hub, or the mirror set here).
    await expect.poll(() => dialog.textContent()).toContain('http://127.0.0.1:9/Xenova/multilingual-e5-small');
    expect(await dialog.textContent()).toMatch(/118 MB/);
    await shoot(page, 'settings-download-consent-en-light');
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
    await expect
      .poll(() => notice.textContent(), { timeout: 30_000 })
      .toMatch(/Downloading Multilingual E5 small \(int8\) failed.*server could not be reached.*Import model folder/);
    // An unfinished download is not an installed model: it can be downloaded (resumed) again.
    await expect.poll(() => row(page, 'Xenova/multilingual-e5-small').textContent()).toMatch(/Not installed.*Download/);

    await h.dispatch('settings:set', { theme: 'dark', language: 'zh-CN' });
    await expect.poll(() => card(page).textContent()).toContain('导入模型文件夹');
    await expect.poll(() => page.getByTestId('models-notice').textContent()).toContain('下载 Multilingual E5 small (int8) 失败');
    await shot(page, 'settings-models-zh-dark');
    expect(h.pageErrors).toEqual([]);
  }, 240_000);

  it('stores the friction weights and the drafting success criteria the engine reads', async () => {
    h = await startHarness({});
    const { page } = h;
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    const success = page.getByTestId('success-card');
    await success.waitFor();
    const minConversations = success.getByRole('spinbutton', { name: 'Minimum conversations' });
    await minConversations.fill('5');
    await expect.poll(() => h!.core.requireWorkspace().settings().successCriteria.minConversations).toBe(5);
    await success.getByRole('switch', { name: 'Leave out escalated conversations' }).click();
    await expect.poll(() => h!.core.requireWorkspace().settings().successCriteria.excludeEscalated).toBe(false);
    expect(h.core.requireWorkspace().settings().successCriteria.minConversations).toBe(5);
    const friction = page.getByTestId('friction-card');
    await friction.getByRole('spinbutton', { name: 'Escalation' }).fill('2.5');
    await expect.poll(() => h!.core.requireWorkspace().settings().frictionWeights.escalation).toBe(2.5);
    const patterns = page.getByRole('combobox', { name: 'Account and order numbers' });
    await patterns.fill('ORD-\\d{6}');
    await patterns.press('Enter');
    await expect.poll(() => h!.core.requireWorkspace().settings().accountPatterns).toEqual(['ORD-\\d{6}']);
    await patterns.fill('ORD-(');
    await patterns.press('Enter');
    await expect.poll(() => page.getByText(/is not a valid regular expression/).count()).toBeGreaterThan(0);
    expect(h.core.requireWorkspace().settings().accountPatterns).toEqual(['ORD-\\d{6}']);
    await h.dispatch('settings:set', { theme: 'dark' });
    await shot(page, 'settings-analysis-en-dark', 'friction-card');
    await shot(page, 'settings-redaction-en-dark', 'analysis-card');
    expect(h.pageErrors).toEqual([]);
  }, 120_000);

  it('shows a download in progress and cancels it; the model stays not installed', async () => {
    // A mirror that trickles a large file: the download stays in progress long enough to cancel.
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-length': String(60_000_000) });
      const chunk = Buffer.alloc(1_000_000);
      const timer = setInterval(() => res.write(chunk), 100);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    process.env.GLEANER_MODEL_MIRROR = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      h = await startHarness({});
      const { page } = h;
      await page.evaluate(() => {
        window.location.hash = '#/settings';
      });
      const e5 = row(page, 'Xenova/multilingual-e5-small');
      await e5.getByRole('button', { name: /Download/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Download', exact: true }).click();
      await expect.poll(() => e5.textContent(), { timeout: 20_000 }).toMatch(/Downloading [1-9]\d*%/);
      await shot(page, 'settings-downloading-en-light');
      await e5.getByRole('button', { name: /Cancel/ }).click();
      await expect.poll(() => e5.textContent(), { timeout: 20_000 }).toMatch(/Not installed.*Download/);
      expect(await page.getByTestId('models-notice').count()).toBe(0);
      expect(h.pageErrors).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }, 120_000);
});
