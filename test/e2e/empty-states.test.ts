import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n';
import { startHarness, stopShared, type Harness } from './harness';

const en = resources.en;

/**
 * Each screen without data says what will appear there, and its button leads to where that data
 * comes from. A feature that replaces its placeholder takes its entry out of this list.
 */
const LEADS = [
  { from: 'insights', text: en.insights.empty, to: 'transcripts' },
  { from: 'drafts', text: en.drafts.empty, to: 'insights' },
  { from: 'review', text: en.review.empty, to: 'drafts' },
  { from: 'export', text: en.export.empty, to: 'review' },
] as const;

describe('empty screens', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('lead from each empty screen to the one that fills it, by mouse and by keyboard', async () => {
    h = await startHarness();
    const { page } = h;
    for (const [index, lead] of LEADS.entries()) {
      await page.locator(`.g-nav [data-screen="${lead.from}"]`).click();
      await expect
        .poll(() => page.getByRole('heading', { name: lead.text.title }).isVisible())
        .toBe(true);
      const button = page.getByRole('main').getByRole('button', { name: lead.text.action });
      if (index % 2 === 0) await button.click();
      else {
        await button.focus();
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe(lead.to);
      expect(page.url()).toContain(`#/${lead.to}`);
    }
    expect(h.pageErrors).toEqual([]);
  });

  it('shows how to import into this very workspace from a terminal', async () => {
    h = await startHarness();
    const { page } = h;
    await page.keyboard.press('Control+2');
    const command = page.getByRole('main').locator('code');
    await expect
      .poll(() => command.textContent())
      .toBe(`gleaner ingest conversations.jsonl --workspace ${h.core.requireWorkspace().dir}`);
  });

  it('opens the screen named in the address after a reload, and the first screen for an unknown one', async () => {
    h = await startHarness();
    const { page } = h;
    await page.evaluate(() => (window.location.hash = '#/review'));
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: en.review.empty.title }).isVisible())
      .toBe(true);
    await page.evaluate(() => (window.location.hash = '#/no-such-screen'));
    await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe('insights');
  });
});
