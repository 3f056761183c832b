import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, stopShared, type Harness } from './harness';
import { SCREEN_STATES } from './screen-states';

const SCREENS_DIR = resolve(import.meta.dirname, '../../screens');
const capture = process.env.GLEANER_SCREENS === '1';
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
/** Without GLEANER_SCREENS the pass only checks that every screen renders, in the least tested variant. */
const variants = capture
  ? THEMES.flatMap((theme) => LANGUAGES.map((language) => ({ theme, language })))
  : [{ theme: 'dark' as const, language: 'zh-CN' as const }];

/** The screens of the navigation rail as the app lists them (renderer/src/app/routes.tsx). */
const screenIds = (h: Harness): Promise<string[]> =>
  h.page
    .locator('.g-nav [data-screen]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-screen') ?? ''));

async function open(h: Harness, screen: string): Promise<void> {
  await h.page.evaluate((id) => (window.location.hash = `#/${id}`), screen);
  await h.page.locator(`main[data-screen="${screen}"] h3`).first().waitFor();
  await h.page
    .locator('.ant-spin')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await h.page.evaluate(() => document.fonts.ready);
}

/**
 * Every screen of the navigation rail renders without errors; with GLEANER_SCREENS=1 (npm run screens)
 * a PNG of each, light and dark, English and Chinese, and of each extra state lands in screens/.
 */
describe('screens', () => {
  let h: Harness;
  let ids: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    ids = await screenIds(h);
    await mkdir(SCREENS_DIR, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
    await stopShared();
  });

  it('lists every screen of the registry in the rail', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'insights',
        'transcripts',
        'drafts',
        'articles',
        'review',
        'export',
        'settings',
      ]),
    );
  });

  for (const { theme, language } of variants) {
    it(`renders every screen and extra state (${theme}, ${language})`, async () => {
      await h.setColorScheme(theme);
      await h.dispatch('settings:set', { theme, language });
      await expect
        .poll(() =>
          h.page.evaluate(() =>
            [document.documentElement.dataset.theme, document.documentElement.lang].join(),
          ),
        )
        .toBe(`${theme},${language}`);
      const shot = async (name: string) => {
        if (!capture) return;
        await h.page.mouse.move(0, h.page.viewportSize()?.height ?? 0);
        await h.page.waitForTimeout(250); // let hover and selection transitions settle
        await h.page.screenshot({ path: join(SCREENS_DIR, `${name}-${theme}-${language}.png`) });
      };
      for (const id of ids) {
        await open(h, id);
        await shot(id);
      }
      for (const state of SCREEN_STATES) {
        await open(h, state.screen);
        await state.prepare(h.page);
        await h.page.waitForTimeout(300);
        await shot(state.name);
        await state.reset(h.page);
      }
      expect(h.pageErrors).toEqual([]);
    });
  }
});
