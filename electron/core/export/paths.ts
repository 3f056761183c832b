import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { GleanerError } from '../../../shared/errors';

/** A file-name-safe slug: letters, digits (any script) and dashes; never '.', '..' or a separator. */
export function safeSlug(value: string, fallback = 'untitled'): string {
  const slug = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || fallback;
}

/** Joins a relative path under root, refusing anything that would land outside it. */
export function insideRoot(root: string, ...parts: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...parts);
  if (target !== base && !target.startsWith(base + sep)) {
    throw new GleanerError('E_VALIDATION', `Refused a path outside the export folder: ${parts.join('/')}`);
  }
  return target;
}

/** Whether a file an earlier export wrote under root is still there (false for a path outside root). */
export async function fileExists(root: string, relative: string): Promise<boolean> {
  try {
    return (await stat(insideRoot(root, relative))).isFile();
  } catch {
    return false;
  }
}
