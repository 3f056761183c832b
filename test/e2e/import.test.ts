import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';


/** A help-desk export whose column names are not Gleaner's, with one row whose date is wrong. */
const CSV = [
  'ticket_id,email,created,conversation_body,priority',
  'T-100,ana@example.com,2026-11-02 09:15,"Customer: My card was charged twice, write to ana@example.com\nAgent: I have refunded the second charge.",high',
  'T-101,bo@example.com,2026-11-03 10:00,"Customer: 我的包裹还没到\nAgent: 我帮您查一下物流",low',
  'T-102,cy@example.com,not a date,"Customer: Where is my order?\nAgent: Let me check.",low',
  'T-103,ana@example.com,2026-11-04 11:30,"Customer: The refund has not arrived yet\nAgent: Transferring you to the billing team",high',
].join('\n');

describe('importing a CSV through the UI', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('maps the columns, imports with a report naming the rejected row, and shows the conversations', async () => {
    let file = '';
    h = await startHarness({ pickFiles: async () => [file] });
    file = join(h.dir, 'helpdesk-export.csv');
    await writeFile(file, CSV);
    const { page } = h;
    const shot = async (name: string) => {
      if (!process.env.GLEANER_SHOTS) return;
      await page.mouse.move(0, 0);
      await page.waitForTimeout(300);
      await shoot(page, name);
    };

    await page.keyboard.press('Control+2');
    const main = page.getByRole('main');
    await expect.poll(() => main.getByRole('heading', { name: 'Import your first transcripts' }).isVisible()).toBe(true);
    await shot('empty-light-en');
    await main.getByRole('button', { name: 'Import transcripts' }).first().click();
    const drawer = page.locator('.transcripts-import-drawer');
    await drawer.getByRole('button', { name: 'Choose files…' }).click();

    // Detected as CSV; the id, email and date columns are guessed, the text column is not.
    const section = drawer.locator('[data-file="helpdesk-export.csv"]');
    await expect.poll(() => section.getByText('Choose the column that holds: Text (transcript or message)').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await section.getByRole('combobox', { name: 'Format: helpdesk-export.csv' }).locator('..').textContent()).toMatch(/CSV · \d+% sure/);
    expect(await section.locator('.transcripts-preview-table tbody tr.ant-table-row').count()).toBe(4);
    const run = page.getByRole('button', { name: 'Import 1 file' });
    expect(await run.isDisabled()).toBe(true);
    await shot('import-mapping-light-en');

    await section.getByRole('combobox', { name: 'Text (transcript or message)' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="conversation_body"]').click();
    await expect.poll(() => section.getByText('Choose the column that holds').count()).toBe(0);
    expect(await section.locator('thead .transcripts-preview-col', { hasText: 'conversation_body' }).first().textContent()).toContain('Text');

    await section.getByRole('button', { name: 'Save as preset' }).click();
    await section.getByRole('textbox', { name: 'Preset name' }).fill('Help desk');
    await section.getByRole('textbox', { name: 'Preset name' }).press('Enter');
    await expect.poll(() => page.getByText('Mapping "Help desk" saved').isVisible()).toBe(true);
    expect(await h.dispatch('ingest:presets', {})).toMatchObject({ ok: true, value: [{ name: 'Help desk', mapping: { text: 'conversation_body', id: 'ticket_id' } }] });

    expect(await drawer.getByRole('switch', { name: 'Redact personal data' }).getAttribute('aria-checked')).toBe('true');
    await run.click();

    const report = drawer.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.isVisible(), { timeout: 30_000 }).toBe(true);
    const stat = async (title: string) =>
      (
        await report
          .locator('.ant-statistic')
          .filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) })
          .locator('.ant-statistic-content')
          .textContent()
      )?.trim();
    expect(await stat('Read')).toBe('4');
    expect(await stat('Imported')).toBe('3');
    expect(await stat('Rejected')).toBe('1');
    const errorRow = report.locator('.transcripts-report-table tbody tr.ant-table-row');
    expect(await errorRow.count()).toBe(1);
    const cells = await errorRow.locator('td').allTextContents();
    // Lines are the file's lines: each transcript cell above spans two, so T-102 ends on line 7.
    expect(cells).toEqual(['helpdesk-export.csv', '7', 'created', '"not a date" is not a date']);
    await shot('import-report-light-en');

    const download = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Save report as CSV' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv).toContain('file,line,field,message');
    expect(csv).toContain('helpdesk-export.csv,7,created');

    await drawer.getByRole('button', { name: 'See the conversations' }).click();
    const list = main.getByRole('region', { name: 'Conversations', exact: true });
    await expect.poll(() => list.locator('.transcripts-list-count').textContent()).toBe('3 conversations');
    await list.locator('button[data-key="csv:T-100"]').click();
    const conversation = main.getByRole('region', { name: 'Conversation', exact: true });
    await expect.poll(() => conversation.locator('.transcripts-turn').count()).toBe(2);
    const turns = await conversation.locator('.transcripts-turn').allTextContents();
    expect(turns[0]).toMatch(/^Customer.*charged twice, write to \[EMAIL\]/);
    expect(turns[1]).toMatch(/^Agent.*refunded the second charge/);
    expect(await conversation.textContent()).not.toContain('ana@example.com');
    expect(await conversation.locator('.transcripts-details').textContent()).toContain('priority');
    expect(page.url()).toContain('#/transcripts/key%3Dcsv%253AT-100');
    await shot('imported-light-en');

    // The report stays in the history.
    await main.getByRole('button', { name: 'Past imports' }).click();
    const history = page.locator('.transcripts-history-drawer');
    await expect.poll(() => history.getByText('3 imported · 0 already there · 1 rejected').isVisible()).toBe(true);
    await history.locator('.transcripts-history-item').first().click();
    await expect.poll(() => history.getByRole('region', { name: 'Import report' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    if (process.env.GLEANER_SHOTS) {
      for (const [theme, language] of [['dark', 'zh-CN'], ['dark', 'en'], ['light', 'zh-CN']] as const) {
        await h.setColorScheme(theme);
        await h.dispatch('settings:set', { theme, language });
        await page.waitForTimeout(400);
        await shot(`imported-${theme}-${language}`);
        await main.locator('.g-screen-header').getByRole('button').last().click();
        await page.locator('.transcripts-import-drawer .transcripts-dropzone').waitFor();
        await page.locator('.transcripts-import-drawer .transcripts-dropzone button').click();
        await page.locator('.transcripts-import-drawer .transcripts-mapping').waitFor();
        await shot(`import-mapping-${theme}-${language}`);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
      }
    }
    expect(h.pageErrors).toEqual([]);
  }, 180_000);

  it('shows the progress of a large import with rows per second, and cancels it', async () => {
    let file = '';
    h = await startHarness({ pickFiles: async () => [file] });
    file = join(h.dir, 'large.csv');
    const lines = ['conversation_id,customer,started,transcript'];
    for (let i = 0; i < 150_000; i++)
      lines.push(`L-${i},c${i % 5000},2026-10-${String((i % 28) + 1).padStart(2, '0')} 10:00,"Customer: my parcel ${i} is late\nAgent: let me check"`);
    await writeFile(file, lines.join('\n'));
    const { page } = h;
    await page.keyboard.press('Control+2');
    await page.getByRole('main').getByRole('button', { name: 'Import transcripts' }).first().click();
    const drawer = page.locator('.transcripts-import-drawer');
    await drawer.getByRole('button', { name: 'Choose files…' }).click();
    const run = drawer.getByRole('button', { name: 'Import 1 file' });
    await expect.poll(() => run.isEnabled(), { timeout: 15_000 }).toBe(true);
    await run.click();
    const progress = drawer.locator('.transcripts-import-progress');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/[\d,]+ rows read · [\d,]+ rows\/s/);
    expect(await progress.textContent()).toContain('Importing large.csv');
    await shoot(page, 'import-progress-light-en');
    await drawer.getByRole('button', { name: 'Cancel import' }).click();
    const report = drawer.getByRole('region', { name: 'Import report' });
    await expect.poll(() => report.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await report.textContent()).toContain('Cancelled: the conversations of complete batches were kept');
    const stored = (await h.dispatch('transcripts:facets', {})) as { ok: true; value: { total: number } };
    expect(stored.value.total).toBeLessThan(150_000);
    expect(stored.value.total % 2000).toBe(0);
    expect(h.pageErrors).toEqual([]);
  }, 180_000);
});
