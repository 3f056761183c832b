import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

describe('a last workspace that cannot be opened', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('is named with the reason and the way back, in the UI language, once', async () => {
    h = await startHarness({});
    const { page } = h;
    h.core.startupProblem = { dir: '/data/support-eu', code: 'E_WORKSPACE_CORRUPT', message: 'table audit_log cannot be read; restore a backup' };
    await page.reload();
    const notice = page.getByTestId('startup-problem');
    await notice.waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('Your last workspace could not be opened');
    expect(await notice.textContent()).toMatch(/\/data\/support-eu.*The workspace is damaged: table audit_log.*gleaner restore BACKUP_DIR --workspace "\/data\/support-eu"/);
    if (process.env.GLEANER_SHOTS) await page.waitForTimeout(600);
    await shoot(page, 'startup-problem-en');
    await h.dispatch('settings:set', { language: 'zh-CN', theme: 'dark' });
    await page.reload();
    await page.getByTestId('startup-problem').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('无法打开上次使用的工作区');
    if (process.env.GLEANER_SHOTS) await page.waitForTimeout(600);
    await shoot(page, 'startup-problem-zh-dark');
    expect(h.pageErrors).toEqual([]);
  }, 120_000);
});
