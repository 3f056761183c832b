import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../core/util/fs';

const boundsSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().min(400),
  height: z.number().min(300),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof boundsSchema>;
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW = { width: 1360, height: 860 } as const;
const FILE = 'window-state.json';

export async function loadWindowState(dir: string): Promise<WindowState | null> {
  try {
    const parsed = boundsSchema.safeParse(JSON.parse(await readFile(join(dir, FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const saveWindowState = (dir: string, state: WindowState): Promise<void> =>
  writeFileAtomic(join(dir, FILE), JSON.stringify(state));

/** A saved position is used only if most of the window still lands on a connected display. */
export function isVisibleOn(bounds: Rect, displays: readonly Rect[]): boolean {
  return displays.some((d) => {
    const w = Math.min(bounds.x + bounds.width, d.x + d.width) - Math.max(bounds.x, d.x);
    const h = Math.min(bounds.y + bounds.height, d.y + d.height) - Math.max(bounds.y, d.y);
    return w > 0 && h > 0 && w * h >= 0.5 * bounds.width * bounds.height;
  });
}
