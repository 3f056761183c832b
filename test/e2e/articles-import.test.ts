import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

describe('importing a folder of articles', () => {
  let h: Harness | undefined;
  let dir = '';
  afterEach(async () => {
    await h?.close();
    h = undefined;
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(stopShared);

  it('reports what was imported, skipped as duplicate and failed, and lists the new articles', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-article-folder-'));
    await writeFile(join(dir, 'reset-pin.md'), '---\ntitle: Reset a card PIN\n---\n\nOpen the app and choose **Card → PIN**.\n');
    await writeFile(join(dir, 'reset-pin-copy.md'), '---\ntitle: Reset a card PIN\n---\n\nOpen the app and choose **Card → PIN**.\n');
    await writeFile(join(dir, 'huge.md'), `# Huge\n\n${'x'.repeat(2 * 1024 * 1024 + 10)}`);
    h = await startHarness({ pickFolder: async () => dir });
    const { page } = h;
    await page.getByRole('menuitem', { name: /Articles/ }).click();
    await page.getByRole('button', { name: 'Import folder' }).click();

    const failures = page.getByTestId('article-import-failures');
    await failures.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('dialog').textContent()).toContain('Articles imported: 1 · duplicates skipped: 1 · files failed: 1');
    expect(await failures.textContent()).toMatch(/huge\.md.*the file is 2,097,170 bytes; the limit is 2,097,152 bytes/);
    await shoot(page, 'article-import');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Reset a card PIN/ }).count()).toBe(1);
    expect(h.pageErrors).toEqual([]);
  }, 120_000);
});
