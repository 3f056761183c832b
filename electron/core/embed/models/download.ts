import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GleanerError } from '../../../../shared/errors';
import type { CatalogueEntry, ModelFile } from '../catalogue';
import { validateModelFolder } from './validate';
import type { LocatedModel } from './locate';

export const HUB_BASE_URL = 'https://huggingface.co';

export interface DownloadOptions {
  /** The user agreed to download (setting `allowModelDownload`); nothing is fetched without it. */
  readonly allowed: boolean;
  /** The hub, or a mirror; `${baseUrl}/${id}/resolve/${revision}/${path}`. */
  readonly baseUrl?: string;
  readonly revision?: string;
  readonly signal?: AbortSignal;
  readonly progress?: (doneBytes: number, totalBytes: number, file: string) => void;
}

const PARTIAL = '.part';

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The hub answers LFS files with their sha256 as x-linked-etag; plain files carry a git sha1 etag. */
function expectedSha(file: ModelFile, headers: Headers): string | undefined {
  if (file.sha256) return file.sha256.toLowerCase();
  const linked = (headers.get('x-linked-etag') ?? '').replace(/^W\//, '').replace(/"/g, '');
  return /^[0-9a-f]{64}$/i.test(linked) ? linked.toLowerCase() : undefined;
}

/**
 * Downloads one file into `target`, resuming a `.part` file left by an interrupted run with an
 * HTTP Range request. Checks the size (Content-Length / Content-Range, or the catalogue's) and
 * the sha256 when one is known, before renaming the part into place.
 */
async function downloadFile(
  url: string,
  target: string,
  file: ModelFile,
  options: DownloadOptions,
  onBytes: (n: number) => void,
): Promise<void> {
  const part = `${target}${PARTIAL}`;
  await mkdir(dirname(target), { recursive: true });
  let offset = (await stat(part).catch(() => null))?.size ?? 0;
  const headers: Record<string, string> = offset > 0 ? { Range: `bytes=${offset}-` } : {};
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: options.signal, redirect: 'follow' });
  } catch (error) {
    if (options.signal?.aborted)
      throw new GleanerError(
        'E_CANCELLED',
        'The download was cancelled; it resumes where it stopped next time.',
      );
    throw new GleanerError('E_NETWORK', `Cannot reach ${url}: ${(error as Error).message}`);
  }
  if (response.status === 416 && file.size !== undefined && offset === file.size) {
    // The part is already complete.
  } else if (!response.ok) {
    throw new GleanerError('E_NETWORK', `Downloading ${url} failed with HTTP ${response.status}.`);
  }
  if (response.status === 200 && offset > 0) {
    // The server ignored the Range header: start over.
    await rm(part, { force: true });
    offset = 0;
  }
  const total = totalSize(response, offset) ?? file.size;
  onBytes(offset);
  if (response.status !== 416 && response.body) {
    const handle = await open(part, offset > 0 ? 'a' : 'w');
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read().catch((error: unknown) => {
          if (options.signal?.aborted)
            throw new GleanerError(
              'E_CANCELLED',
              'The download was cancelled; it resumes where it stopped next time.',
            );
          throw new GleanerError(
            'E_NETWORK',
            `The download of ${url} broke off: ${(error as Error).message}`,
          );
        });
        if (done) break;
        await handle.write(value);
        onBytes(value.byteLength);
      }
    } finally {
      await handle.close();
    }
  }
  const size = (await stat(part)).size;
  if (total !== undefined && size !== total) {
    throw new GleanerError(
      'E_NETWORK',
      `${file.path}: got ${size} bytes of ${total}; run the download again to resume.`,
      { file: file.path, size, total },
    );
  }
  if (file.size !== undefined && size !== file.size) {
    await rm(part, { force: true });
    throw new GleanerError(
      'E_MODEL',
      `${file.path}: ${size} bytes, expected ${file.size}. The file was discarded.`,
      { file: file.path },
    );
  }
  const sha = expectedSha(file, response.headers);
  if (sha && (await sha256Of(part)) !== sha) {
    await rm(part, { force: true });
    throw new GleanerError(
      'E_MODEL',
      `${file.path}: checksum mismatch (expected sha256 ${sha}). The file was discarded.`,
      { file: file.path },
    );
  }
  await rename(part, target);
}

/** Where downloads come from: the hub, or the mirror an administrator set (GLEANER_MODEL_MIRROR). */
export const downloadBaseUrl = (): string =>
  (process.env.GLEANER_MODEL_MIRROR || HUB_BASE_URL).replace(/\/+$/, '');

function totalSize(response: Response, offset: number): number | undefined {
  const range = response.headers.get('content-range');
  const fromRange = range ? Number(range.split('/')[1]) : NaN;
  if (Number.isFinite(fromRange)) return fromRange;
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isFinite(length) ? length + (response.status === 206 ? offset : 0) : undefined;
}

/**
 * Fetches a catalogue model into `<modelsDir>/<id>/`, only when the user allowed downloads.
 * Files already complete are kept, partial ones resumed; the folder is validated at the end.
 */
export async function downloadModel(
  modelsDir: string,
  entry: CatalogueEntry,
  options: DownloadOptions,
): Promise<LocatedModel> {
  if (!options.allowed) {
    throw new GleanerError(
      'E_FORBIDDEN',
      `Downloading ${entry.id} (${Math.round(entry.sizeBytes / 1e6)} MB) needs your consent: allow model downloads in Settings › Models first.`,
    );
  }
  const dir = join(modelsDir, entry.id);
  const base = (options.baseUrl ?? downloadBaseUrl()).replace(/\/+$/, '');
  const revision = options.revision ?? 'main';
  let done = 0;
  const totalBytes = entry.files.reduce((sum, f) => sum + (f.size ?? 0), 0) || entry.sizeBytes;
  for (const file of entry.files) {
    const target = join(dir, file.path);
    const existing = await stat(target).catch(() => null);
    if (existing?.isFile() && (file.size === undefined || existing.size === file.size)) {
      done += existing.size;
      options.progress?.(done, totalBytes, file.path);
      continue;
    }
    const url = `${base}/${entry.id}/resolve/${revision}/${file.path}`;
    await downloadFile(url, target, file, options, (n) => {
      done += n;
      options.progress?.(done, Math.max(totalBytes, done), file.path);
    });
  }
  await validateModelFolder(dir);
  return { id: entry.id, dir, source: 'installed' };
}
