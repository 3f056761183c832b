import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MEDIA_SCHEME } from '../../../shared/lexical/nodes/ImageNode';
import { readImage } from '../articles/media';
import type { Workspace } from '../workspace/workspace';
import { insideRoot } from './paths';

/** The bytes of a workspace image by its file name (`<sha256>.<ext>`). */
export type MediaLoader = (name: string) => Promise<Uint8Array>;

const MEDIA_REF = new RegExp(`${MEDIA_SCHEME}([a-f0-9]{64}\\.(?:png|jpg|gif|webp))`, 'g');

export function workspaceMedia(ws: Workspace): MediaLoader {
  return async (name) => {
    const dataUrl = await readImage(ws, `${MEDIA_SCHEME}${name}`);
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  };
}

/** The workspace images an article's HTML or Markdown shows. */
export const mediaNames = (text: string): string[] => [...new Set([...text.matchAll(MEDIA_REF)].map((m) => m[1]!))];

/** Points every workspace image at the exported copy (names are hex hashes, safe in any URL). */
export const rewriteMedia = (text: string, href: (name: string) => string): string => text.replace(MEDIA_REF, (_ref, name: string) => href(name));

/** Copies an article's images under `root/folder/`, once per name; without a loader they are left out. */
export async function copyMedia(load: MediaLoader | undefined, text: string, root: string, folder: string): Promise<void> {
  if (!load) return;
  for (const name of mediaNames(text)) {
    const path = insideRoot(root, folder, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await load(name));
  }
}
