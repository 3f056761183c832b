import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Saves a screenshot when GLEANER_SHOTS names a folder (for looking at a screen while building it);
 * does nothing otherwise, so tests can call it freely.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.GLEANER_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(dir, `${name}.png`) });
}
