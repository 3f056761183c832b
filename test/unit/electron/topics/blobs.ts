import { seededRandom } from '../../../../electron/core/topics/random';
import { normalizeRows } from '../../../../electron/core/topics/vectors';

/** Unit vectors around `clusters` random directions, with a known label each. */
export function blobs(options: { clusters: number; perCluster: number | number[]; dim: number; noise: number; seed: number }): { data: Float32Array; labels: number[]; centers: Float32Array } {
  const random = seededRandom(options.seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const { dim, clusters } = options;
  const centers = normalizeRows(Float32Array.from({ length: clusters * dim }, gaussian), dim);
  const sizes = Array.isArray(options.perCluster) ? options.perCluster : new Array<number>(clusters).fill(options.perCluster);
  const labels: number[] = [];
  const rows: number[] = [];
  sizes.forEach((size, c) => {
    for (let i = 0; i < size; i += 1) {
      for (let t = 0; t < dim; t += 1) rows.push(centers[c * dim + t]! + options.noise * gaussian());
      labels.push(c);
    }
  });
  return { data: normalizeRows(Float32Array.from(rows), dim), labels, centers };
}
