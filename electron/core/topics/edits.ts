import type { TopicEdit } from '../../../shared/domain/topics';
import { sphericalKMeans } from './kmeans';
import { dotRows, nearestCenter, normalizeRows, type Matrix } from './vectors';

/** Topics as ids plus, per row, the index of its topic (-1: outlier). */
export interface TopicModel {
  ids: string[];
  /** ids.length x dim unit centroids. */
  centroids: Float32Array;
  topicOf: Int32Array;
}

export interface EditedTopics {
  model: TopicModel;
  labels: Map<string, string>;
  hidden: Set<string>;
  /** Edits that no longer apply (their topics are gone). */
  stale: number;
}

function recomputeCentroid(m: Matrix, topicOf: Int32Array, index: number, centroids: Float32Array): void {
  const sum = new Float32Array(m.dim);
  for (let i = 0; i < m.rows; i += 1) if (topicOf[i] === index) for (let t = 0; t < m.dim; t += 1) sum[t]! += m.data[i * m.dim + t]!;
  normalizeRows(sum, m.dim);
  centroids.set(sum, index * m.dim);
}

/** Drops topics nobody belongs to any more and renumbers the rest, keeping their order. */
function compact(model: TopicModel, dim: number, keep: (index: number) => boolean): TopicModel {
  const map = new Int32Array(model.ids.length).fill(-1);
  const ids: string[] = [];
  const centroids = new Float32Array(model.ids.length * dim);
  model.ids.forEach((id, index) => {
    if (!keep(index)) return;
    map[index] = ids.length;
    centroids.set(model.centroids.subarray(index * dim, index * dim + dim), ids.length * dim);
    ids.push(id);
  });
  return { ids, centroids: centroids.subarray(0, ids.length * dim), topicOf: Int32Array.from(model.topicOf, (t) => (t < 0 ? -1 : map[t]!)) };
}

function applyMerge(model: TopicModel, m: Matrix, edit: Extract<TopicEdit, { kind: 'merge' }>): TopicModel | undefined {
  const indices = edit.topicIds.map((id) => model.ids.indexOf(id)).filter((i) => i >= 0);
  const into = model.ids.indexOf(edit.intoId);
  if (into < 0 || indices.length < 2) return undefined;
  const absorbed = new Set(indices.filter((i) => i !== into));
  const topicOf = Int32Array.from(model.topicOf, (t) => (absorbed.has(t) ? into : t));
  const centroids = Float32Array.from(model.centroids);
  recomputeCentroid(m, topicOf, into, centroids);
  return compact({ ids: model.ids, centroids, topicOf }, m.dim, (i) => !absorbed.has(i));
}

function applySplit(model: TopicModel, m: Matrix, edit: Extract<TopicEdit, { kind: 'split' }>): TopicModel | undefined {
  const parent = model.ids.indexOf(edit.topicId);
  if (parent < 0 || edit.parts.some((p) => p.centroid.length !== m.dim || (model.ids.includes(p.id) && p.id !== edit.topicId))) return undefined;
  const partCentroids = normalizeRows(Float32Array.from(edit.parts.flatMap((p) => p.centroid)), m.dim);
  const base = model.ids.length;
  const ids = [...model.ids, ...edit.parts.map((p) => p.id)];
  const centroids = new Float32Array(ids.length * m.dim);
  centroids.set(model.centroids);
  centroids.set(partCentroids, base * m.dim);
  const topicOf = Int32Array.from(model.topicOf);
  for (let i = 0; i < m.rows; i += 1) {
    if (topicOf[i] !== parent) continue;
    topicOf[i] = base + nearestCenter(m.data, i * m.dim, partCentroids, edit.parts.length, m.dim).index;
  }
  for (let p = 0; p < edit.parts.length; p += 1) recomputeCentroid(m, topicOf, base + p, centroids);
  return compact({ ids, centroids, topicOf }, m.dim, (i) => i !== parent && (i < base || topicOf.includes(i)));
}

/** Re-applies the user's edits, oldest first, to freshly discovered (and id-matched) topics. */
export function applyTopicEdits(model: TopicModel, m: Matrix, edits: readonly TopicEdit[]): EditedTopics {
  const labels = new Map<string, string>();
  const hidden = new Set<string>();
  let stale = 0;
  let current = model;
  for (const edit of edits) {
    if (edit.kind === 'rename' || edit.kind === 'hide') {
      if (!current.ids.includes(edit.topicId)) stale += 1;
      else if (edit.kind === 'rename') labels.set(edit.topicId, edit.label);
      else if (edit.hidden) hidden.add(edit.topicId);
      else hidden.delete(edit.topicId);
      continue;
    }
    const next = edit.kind === 'merge' ? applyMerge(current, m, edit) : applySplit(current, m, edit);
    if (next) current = next;
    else stale += 1;
  }
  for (const id of [...labels.keys()]) if (!current.ids.includes(id)) labels.delete(id);
  for (const id of [...hidden]) if (!current.ids.includes(id)) hidden.delete(id);
  return { model: current, labels, hidden, stale };
}

/** Centroids of `parts` sub-topics of the given rows, for a new split edit. Deterministic. */
export function splitCentroids(m: Matrix, rows: Int32Array, parts: number, seed = 42): Float32Array[] {
  const result = sphericalKMeans(m, rows, { k: parts, seed, maxFullPasses: 20 });
  return Array.from({ length: result.k }, (_, j) => result.centers.slice(j * m.dim, (j + 1) * m.dim));
}

/** Cosine similarity of row i to topic index t. */
export const similarityToTopic = (m: Matrix, model: TopicModel, i: number, t: number): number => dotRows(m.data, i * m.dim, model.centroids, t * m.dim, m.dim);
