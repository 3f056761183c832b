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

  embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimension);
    const counter = this.counter;
    counter.countText(text);
    let sum = 0;
    for (let i = 0; i < counter.count; i += 1) {
      const feature = counter.featureAt(i);
      const value = Math.log1p(counter.weightAt(i)) * this.weights[feature & (IDF_BUCKETS - 1)]!;
      const index = ((feature >>> 16) & 0x7fff) % this.dimension;
      vector[index]! += feature & 0x80000000 ? -value : value;
    }
    for (let i = 0; i < vector.length; i += 1) sum += vector[i]! * vector[i]!;
    if (sum > 0) {
      const scale = 1 / Math.sqrt(sum);
      for (let i = 0; i < vector.length; i += 1) vector[i]! *= scale;
    }
    return vector;
  }

  async embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  async embedPassages(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  async dispose(): Promise<void> {}
}
