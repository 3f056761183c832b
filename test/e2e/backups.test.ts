import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

describe('Settings: backups', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('backs up, and restoring the backup brings the earlier workspace back (the current one kept beside it)', async () => {
    h = await startHarness();
    const { page, dispatch } = h;
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    const card = page.getByTestId('backups-card');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('No backups yet');

    await card.getByRole('switch', { name: 'Back up automatically' }).click();
    await expect.poll(async () => (await dispatch('settings:get', {})) as unknown).toMatchObject({ value: { autoBackup: true } });

    await card.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain(`Backed up into ${h.dir}/workspace.backups`);
    const rows = card.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toMatch(/\d+(\.\d)?\s?kB/);
    await card.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await shoot(page, 'settings-backups');

    // After the backup: a setting changed in the UI and an article written.
    const repeatWindow = page.getByRole('spinbutton', { name: 'Repeat-contact window' });
    await repeatWindow.fill('21');
    await repeatWindow.blur();
    await expect.poll(async () => (await dispatch('settings:get', {})) as unknown).toMatchObject({ value: { repeatWindowDays: 21 } });
    await dispatch('articles:create', { title: 'Written after the backup' });
    expect(await dispatch('articles:list', {})).toMatchObject({ value: [{ title: 'Written after the backup' }] });

    await rows.first().getByRole('button', { name: 'Restore…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toMatch(/Restore the backup of .*The current workspace is not deleted: it is kept beside it/);
    await dialog.getByRole('button', { name: 'Restore' }).waitFor({ state: 'visible' });
    if (process.env.GLEANER_SHOTS) await page.waitForTimeout(400); // the dialog's opening animation
    await shoot(page, 'settings-backups-restore');
    await dialog.getByRole('button', { name: 'Restore' }).click();

    await expect.poll(() => page.locator('.ant-message').textContent()).toContain(`The previous workspace is kept in ${h.dir}/workspace.before-restore-`);
    await expect.poll(() => repeatWindow.inputValue()).toBe('7');
    expect(await dispatch('articles:list', {})).toMatchObject({ ok: true, value: [] });
    expect(h.core.workspace?.dir).toBe(`${h.dir}/workspace`);
    await expect.poll(() => rows.count()).toBe(1);
    expect(h.pageErrors).toEqual([]);
  });
});
