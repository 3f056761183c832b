import { z } from 'zod';
import { GleanerError } from '../../../../shared/errors';
import { FeatureCounter } from './features';

/** IDF is kept per hash bucket, not per string: bounded memory and a small JSON file whatever the corpus. */
export const IDF_BUCKETS = 1 << 16;

export interface Idf {
  readonly documents: number;
  /** Document frequency of each bucket. */
  readonly df: Uint32Array;
}

export const emptyIdf = (): Idf => ({ documents: 0, df: new Uint32Array(IDF_BUCKETS) });

/** Counts document frequencies over batches of texts; `finish()` gives the fitted IDF. */
export class IdfFitter {
  private readonly df = new Uint32Array(IDF_BUCKETS);
  private documents = 0;
  private readonly counter = new FeatureCounter();

  add(texts: readonly string[]): void {
    for (const text of texts) {
      this.counter.countText(text);
      for (let i = 0; i < this.counter.count; i += 1)
        this.df[this.counter.featureAt(i) & (IDF_BUCKETS - 1)]! += 1;
      this.documents += 1;
    }
  }

  finish(): Idf {
    return { documents: this.documents, df: this.df.slice() };
  }
}

/** Smoothed IDF weights, one per bucket; all 1 before any fitting. */
export function idfWeights(idf: Idf): Float32Array {
  const weights = new Float32Array(IDF_BUCKETS);
  for (let i = 0; i < IDF_BUCKETS; i += 1) {
    weights[i] = idf.documents === 0 ? 1 : Math.log((idf.documents + 1) / (idf.df[i]! + 1)) + 1;
  }
  return weights;
}

const storedIdfSchema = z.object({
  format: z.literal('gleaner-lexical-idf'),
  version: z.literal(1),
  buckets: z.literal(IDF_BUCKETS),
  documents: z.number().int().nonnegative(),
  df: z.string(),
});

export function serializeIdf(idf: Idf): string {
  const bytes = Buffer.from(idf.df.buffer, idf.df.byteOffset, idf.df.byteLength);
  return JSON.stringify({
    format: 'gleaner-lexical-idf',
    version: 1,
    buckets: IDF_BUCKETS,
    documents: idf.documents,
    df: bytes.toString('base64'),
  });
}

export function parseIdf(json: string): Idf {
  const parsed = storedIdfSchema.safeParse(JSON.parse(json));
  if (!parsed.success)
    throw new GleanerError('E_MODEL', 'The lexical IDF file is not in the expected format.');
  const bytes = Buffer.from(parsed.data.df, 'base64');
  if (bytes.byteLength !== IDF_BUCKETS * 4)
    throw new GleanerError('E_MODEL', 'The lexical IDF file is truncated.');
  const df = new Uint32Array(IDF_BUCKETS);
  new Uint8Array(df.buffer).set(bytes);
  return { documents: parsed.data.documents, df };
}
