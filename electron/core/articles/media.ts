import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_SCHEME } from '../../../shared/lexical/nodes/ImageNode';
import { GleanerError } from '../../../shared/errors';
import { sizeAgainstLimit } from '../../../shared/text/size';
import type { Workspace } from '../workspace/workspace';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' } as const;
export type ImageType = keyof typeof TYPES;
const MEDIA_NAME = /^([a-f0-9]{64})\.(png|jpg|gif|webp)$/;

/** The type the bytes really are (magic numbers), whatever the file or clipboard claimed. */
function sniff(bytes: Uint8Array): ImageType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  return null;
}

const mediaDir = (ws: Workspace): string => join(ws.dir, 'media');

/** Stores image bytes in the workspace under their hash (the same image twice is stored once). */
export async function putImage(ws: Workspace, bytes: Uint8Array): Promise<{ src: string; bytes: number }> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    const sizes = sizeAgainstLimit(bytes.byteLength, MAX_IMAGE_BYTES);
    throw new GleanerError('E_VALIDATION', `The image is ${sizes.size}; the limit is ${sizes.limit}.`, { limit: MAX_IMAGE_BYTES });
  }
  const type = sniff(bytes);
  if (!type) throw new GleanerError('E_VALIDATION', 'Only PNG, JPEG, GIF and WebP images can be added.');
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${TYPES[type]}`;
  await mkdir(mediaDir(ws), { recursive: true });
  const path = join(mediaDir(ws), name);
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) await writeFile(path, bytes);
  return { src: `${MEDIA_SCHEME}${name}`, bytes: bytes.byteLength };
}

/** A stored image as a data URL, for the renderer to display. */
export async function readImage(ws: Workspace, src: string): Promise<string> {
  const name = src.startsWith(MEDIA_SCHEME) ? src.slice(MEDIA_SCHEME.length) : src;
  const match = MEDIA_NAME.exec(name);
  if (!match) throw new GleanerError('E_VALIDATION', `Not a workspace image: ${src}`);
  const bytes = await readFile(join(mediaDir(ws), name)).catch(() => {
    throw new GleanerError('E_NOT_FOUND', `The image ${name} is missing from the workspace.`);
  });
  const mime = match[2] === 'jpg' ? 'image/jpeg' : `image/${match[2] ?? 'png'}`;
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
