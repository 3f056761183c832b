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

/** An article language as a path part: a language tag ('en', 'zh-CN'), or E_VALIDATION for anything else ('..', separators). */
export function safeLanguage(language: string): string {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) {
    throw new GleanerError('E_VALIDATION', `Refused an article language that is not a language tag: ${language.slice(0, 40)}`);
  }
  return language;
}

/** The longest file or folder name common file systems take (bytes). */
const MAX_NAME_BYTES = 255;

/** Joins a relative path under root, refusing anything that would land outside it, a NUL byte or an overlong name. */
export function insideRoot(root: string, ...parts: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...parts);
  if (target !== base && !target.startsWith(base + sep)) {
    throw new GleanerError('E_VALIDATION', `Refused a path outside the export folder: ${parts.join('/')}`);
  }
  if (parts.some((part) => part.includes('\0'))) throw new GleanerError('E_VALIDATION', 'Refused a file name with a NUL byte.');
  if (target.slice(base.length).split(sep).some((name) => Buffer.byteLength(name) > MAX_NAME_BYTES)) {
    throw new GleanerError('E_VALIDATION', `Refused a file name longer than ${MAX_NAME_BYTES} bytes.`);
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
