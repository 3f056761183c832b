import type { Page } from 'playwright-core';

/**
 * Extra states worth a screenshot beyond each screen as it opens: a panel open, a dialog, a
 * selection. A feature adds entries here; screens.test.ts captures each as `<name>-<theme>-<lang>.png`.
 */
export interface ScreenState {
  name: string;
  /** The screen (route id) to open first. */
  screen: string;
  /** Brings the page into the state; resolves when it is ready to capture. */
  prepare(page: Page): Promise<void>;
  /** Brings the page back to rest for the next capture. */
  reset(page: Page): Promise<void>;
}

export const SCREEN_STATES: ScreenState[] = [
  {
    name: 'command-palette',
    screen: 'insights',
    prepare: async (page) => {
      await page.keyboard.press('Control+k');
      await page.getByRole('listbox').waitFor();
    },
    reset: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'command-palette-search',
    screen: 'insights',
    prepare: async (page) => {
      await page.keyboard.press('Control+k');
      await page.locator('.g-palette-input input').fill('refund');
      await page.locator('#g-palette-list[data-query="refund"][aria-busy="false"]').waitFor();
    },
    reset: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'jobs-panel',
    screen: 'settings',
    prepare: async (page) => {
      await page.getByTestId('compact-workspace').click();
      await page
        .locator('[data-testid="job-workspace.compact"][data-state="done"]')
        .first()
        .waitFor();
    },
    reset: async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('.g-jobs-drawer').waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'transcripts-import',
    screen: 'transcripts',
    prepare: async (page) => {
      await page.locator('.g-screen-header').getByRole('button').last().click();
      await page.locator('.transcripts-import-drawer .transcripts-dropzone').waitFor();
    },
    reset: async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('.transcripts-import-drawer').waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'review-profile-menu',
    screen: 'review',
    prepare: async (page) => {
      await page.getByTestId('profile-switcher').click();
      await page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu').waitFor();
    },
    reset: async (page) => {
      await page.keyboard.press('Escape');
      const menu = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu');
      if (await menu.isVisible()) await page.locator('.g-brand').click();
      await menu.waitFor({ state: 'hidden' });
    },
  },
];
