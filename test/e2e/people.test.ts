import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle, setArticleState } from '../../electron/core/articles/store';
import { createPerson } from '../../electron/core/people/store';
import type { Person } from '../../shared/domain/people';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

async function closeDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Profiles' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('profiles and roles', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('lets an admin change a role on record, and keeps an author from publishing by export', async () => {
    h = await startHarness({
      viewport: { width: 1440, height: 1000 },
      pickFolder: async () => '/tmp/gleaner-e2e-people-export',
      seed: async (core) => {
        const ws = core.requireWorkspace();
        const admin = await createPerson(ws, 'Ada', 'admin');
        await createPerson(ws, 'Ana', 'author');
        await createPerson(ws, 'Bo', 'author');
        const article = await createArticle(ws, { title: 'Unlock a card PIN', content: markdownToLexical('Tap **Reset PIN**.') }, admin);
        await setArticleState(ws, article.id, 'approved', admin);
        await core.appState.setCurrentPerson(ws.dir, admin.id);
      },
    });
    const { page, dispatch } = h;
    const profile = page.getByTestId('profile-switcher');
    await expect.poll(() => profile.getAttribute('aria-label')).toBe('Profile: Ada (Admin)');

    // The admin makes Ana a reviewer from the profile menu.
    await profile.click();
    await page.getByRole('menuitem', { name: /Manage profiles/ }).click();
    const table = page.getByTestId('profiles-table');
    await table.getByText('Bo').waitFor();
    await table.getByRole('combobox', { name: 'Role: Ana' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Reviewer').click();
    await page.getByText('Ana is now Reviewer.').waitFor();
    await shoot(page, 'people-manage-light-en');
    const people = async () => {
      const result = await dispatch('people:list', {});
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Person[];
    };
    await expect.poll(async () => (await people()).find((p) => p.name === 'Ana')?.role).toBe('reviewer');
    await closeDialog(page);

    // Bo, an author, sees the roles but cannot change them, and cannot hand out the reviewer role.
    await profile.click();
    await page.getByRole('menuitem', { name: /Bo · Author/ }).click();
    await expect.poll(() => profile.getAttribute('aria-label')).toBe('Profile: Bo (Author)');
    await profile.click();
    await page.getByRole('menuitem', { name: /Manage profiles/ }).click();
    await expect.poll(() => table.getByRole('combobox', { name: 'Role: Ana' }).isDisabled()).toBe(true);
    await closeDialog(page);
    const refused = await dispatch('people:setRole', { id: (await people()).find((p) => p.name === 'Bo')!.id, role: 'admin' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });

    // Bo may try a dry run, but the export itself (which publishes) needs a reviewer or an admin.
    await page.getByRole('menuitem', { name: /Export/ }).click();
    const main = page.getByRole('main');
    await main.getByRole('radio', { name: /Static help center/ }).click();
    await main.getByRole('button', { name: 'Choose folder…' }).click();
    await main.getByText(/it takes a reviewer or an admin \(you are Author\)/).waitFor();
    await expect.poll(() => main.getByTestId('export-start').isDisabled()).toBe(true);
    await expect.poll(() => main.getByRole('button', { name: 'Dry run' }).isDisabled()).toBe(false);
    await shoot(page, 'people-export-refused-light-en');

    // The audit log names who changed what.
    await page.getByRole('menuitem', { name: /Review/ }).click();
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await expect.poll(() => page.locator('[data-audit-action]').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-audit-action')))).toEqual(['person_role_changed']);
    await page.getByText('Author → Reviewer').waitFor();
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verification').getAttribute('data-ok')).toBe('true');
    await shoot(page, 'people-audit-light-en');
    expect(h.pageErrors).toEqual([]);
  }, 120_000);
});
