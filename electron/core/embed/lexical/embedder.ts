import type { Embedder } from '../embedder';
import { FeatureCounter } from './features';
import { emptyIdf, IDF_BUCKETS, idfWeights, type Idf } from './idf';

export const LEXICAL_MODEL_ID = 'lexical';
export const LEXICAL_DIMENSION = 512;

/**
 * Hashed TF-IDF (sublinear tf x bucket idf) projected to a fixed width by feature hashing with a
 * sign bit, so collisions cancel out on average instead of piling up. The low 16 bits of a
 * feature's hash pick its IDF bucket; bits 16-30 pick the dimension; bit 31 the sign.
 */
export class LexicalEmbedder implements Embedder {
  readonly id = LEXICAL_MODEL_ID;
  private readonly weights: Float32Array;
  private readonly counter = new FeatureCounter();

  constructor(
    readonly idf: Idf = emptyIdf(),
    readonly dimension = LEXICAL_DIMENSION,
  ) {
    this.weights = idfWeights(idf);
  }

  /** Without `onlySeen` every feature counts; with it, features no fitted document has are left out (see `embedQueries`). */
  embedOne(text: string, { onlySeen = false } = {}): Float32Array {
    return this.embedWithShare(text, onlySeen).vector;
  }

  /**
   * A query's features that no fitted document has cannot match anything: they are left out, so they
   * never reach documents through hash collisions. `seenShareOf` says how much of the query is left.
   */
  async embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text, { onlySeen: true }));
  }

  /** The share (0-1, by weight) of a query's features that some fitted document has; 1 before fitting. */
  seenShareOf(text: string): number {
    return this.embedWithShare(text, true).seenShare;
  }

  private embedWithShare(text: string, onlySeen: boolean): { vector: Float32Array; seenShare: number } {
    const vector = new Float32Array(this.dimension);
    const counter = this.counter;
    const dropUnseen = onlySeen && this.idf.documents > 0;
    counter.countText(text);
    let seenSquares = 0;
    let unseenSquares = 0;
    for (let i = 0; i < counter.count; i += 1) {
      const feature = counter.featureAt(i);
      const bucket = feature & (IDF_BUCKETS - 1);
      const value = Math.log1p(counter.weightAt(i)) * this.weights[bucket]!;
      if (dropUnseen && this.idf.df[bucket] === 0) {
        unseenSquares += value * value;
        continue;
      }
      seenSquares += value * value;
      const index = ((feature >>> 16) & 0x7fff) % this.dimension;
      vector[index]! += feature & 0x80000000 ? -value : value;
    }
    let sum = 0;
    for (let i = 0; i < vector.length; i += 1) sum += vector[i]! * vector[i]!;
    if (sum > 0) {
      const scale = 1 / Math.sqrt(sum);
      for (let i = 0; i < vector.length; i += 1) vector[i]! *= scale;
    }
    const total = seenSquares + unseenSquares;
    return { vector, seenShare: total > 0 ? Math.sqrt(seenSquares / total) : 0 };
  }

  async embedPassages(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  async dispose(): Promise<void> {}
}
