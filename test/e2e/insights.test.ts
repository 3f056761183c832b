import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../electron/core/demo/build';
import { ensureTopics } from '../../electron/core/topics/ensure';
import { startHarness, stopShared, type Harness } from './harness';

describe('Insights', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('ranks the demo topics by avoidable contacts with their reasons, in English and Chinese', async () => {
    h = await startHarness({
      seed: async (core) => {
        const ws = core.requireWorkspace();
        await buildDemoWorkspace(ws, { seed: 7, conversations: 600, now: Date.parse('2026-11-24T09:00:00Z') });
        await ensureTopics(ws, {});
      },
    });
    const { page } = h;
    await page.keyboard.press('Control+1');
    const rows = page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await expect.poll(() => page.getByText(/conversations over .* weeks · score = estimated avoidable contacts per week/).isVisible()).toBe(true);
    expect(await rows.first().textContent()).toMatch(/Why: .*\/week/);
    const scores = await rows.locator('td:nth-child(3) .g-num').allTextContents();
    const numbers = scores.map((s) => Number(s.replace(/,/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.getByRole('main').getByRole('columnheader', { name: 'Escalated' }).click();
    await h.dispatch('settings:set', { language: 'zh-CN' });
    await expect.poll(() => page.getByRole('main').getByRole('columnheader', { name: '每周可避免' }).isVisible()).toBe(true);
    expect(h.pageErrors).toEqual([]);
  }, 180_000);
});
