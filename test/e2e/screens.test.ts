import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROUTE_IDS } from './screen-list';
import { startHarness, stopShared } from './harness';

const SCREENS_DIR = resolve(import.meta.dirname, '../../screens');
const all = process.env.GLEANER_SCREENS === '1';
const variants = all
  ? (['light', 'dark'] as const).flatMap((scheme) => (['en', 'zh-CN'] as const).map((language) => ({ scheme, language })))
  : [{ scheme: 'dark' as const, language: 'zh-CN' as const }];

/**
 * Every screen of the navigation rail renders without errors; with GLEANER_SCREENS=1 (npm run screens)
 * a PNG of each, light and dark, English and Chinese, lands in screens/ for people to look at.
 */
describe('screens', () => {
  afterAll(stopShared);

  for (const { scheme, language } of variants) {
    it(`renders every screen (${scheme}, ${language})`, async () => {
      const h = await startHarness({ colorScheme: scheme, locale: language === 'en' ? 'en-US' : 'zh-CN' });
      try {
        await h.dispatch('settings:set', { theme: scheme, language });
        await mkdir(SCREENS_DIR, { recursive: true });
        for (const id of ROUTE_IDS) {
          await h.page.evaluate((screen) => (window.location.hash = `#/${screen}`), id);
          await h.page.reload();
          await h.page.getByRole('main').locator('h3').first().waitFor();
          await h.page.waitForTimeout(150);
          if (all) await h.page.screenshot({ path: join(SCREENS_DIR, `${id}-${scheme}-${language}.png`) });
        }
        expect(h.pageErrors).toEqual([]);
      } finally {
        await h.close();
      }
    });
  }
});
