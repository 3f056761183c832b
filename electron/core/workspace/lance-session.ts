import { Session } from '@lancedb/lancedb';

const MB = 1024 * 1024;
/**
 * LanceDB's default caches (6 GB of index, 1 GB of metadata) grow with the table: importing a 1 GB
 * file (2,000,000 conversations) they reached 233 MB and the import peaked at 636 MB RSS; with the
 * metadata cache at 32 MB it peaked at 458 MB, as fast. The index cache holds the search indexes
 * (ANN, full text, keys), which at 100,000 conversations take well under its bound.
 */
export const INDEX_CACHE_MB = 256;
export const METADATA_CACHE_MB = 32;

let shared: Session | undefined;

/** One session for every workspace the process opens, so the bounds hold for the process. */
export function lanceSession(): Session {
  shared ??= new Session(BigInt(INDEX_CACHE_MB * MB), BigInt(METADATA_CACHE_MB * MB));
  return shared;
}
