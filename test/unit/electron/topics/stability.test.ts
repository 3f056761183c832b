import { describe, expect, it } from 'vitest';
import { discoverTopics } from '../../../../electron/core/topics/discover';
import { applyTopicEdits, splitCentroids, type TopicModel } from '../../../../electron/core/topics/edits';
import { matchTopicIds } from '../../../../electron/core/topics/stability';
import { matrix, type Matrix } from '../../../../electron/core/topics/vectors';
import { blobs } from './blobs';

const DIM = 32;

function run(m: Matrix, seed: number, previous: Array<{ id: string; centroid: Float32Array }>): TopicModel {
  const found = discoverTopics(m, { seed });
  const ids = matchTopicIds(previous, found.centroids, found.topics, DIM);
  return { ids, centroids: found.centroids, topicOf: found.topicOf };
}

const previousOf = (model: TopicModel) => model.ids.map((id, t) => ({ id, centroid: model.centroids.slice(t * DIM, (t + 1) * DIM) }));

describe('topic ids across re-runs', () => {
  const first = blobs({ clusters: 8, perCluster: 50, dim: DIM, noise: 0.1, seed: 11 });
  const m1 = matrix(first.data, DIM);

  it('keeps ids when the data grows and the seed changes', () => {
    const before = run(m1, 1, []);
    expect(new Set(before.ids).size).toBe(before.ids.length);
    const grown = blobs({ clusters: 8, perCluster: 70, dim: DIM, noise: 0.1, seed: 11 });
    const after = run(matrix(grown.data, DIM), 2, previousOf(before));
    // The same planted cluster must carry the same id in both runs.
    const idOf = (model: TopicModel, labels: number[], label: number) => model.ids[model.topicOf[labels.indexOf(label)]!];
    for (let label = 0; label < 8; label += 1) expect(idOf(after, grown.labels, label)).toBe(idOf(before, first.labels, label));
  });

  it('gives new topics fresh ids after every id ever used', () => {
    const ids = matchTopicIds([{ id: 't7', centroid: Float32Array.from({ length: DIM }, (_, i) => (i === 0 ? 1 : 0)) }], Float32Array.from({ length: DIM }, (_, i) => (i === 1 ? 1 : 0)), 1, DIM, { usedIds: ['t9'] });
    expect(ids).toEqual(['t10']);
  });
});

describe('user edits re-applied after a re-run', () => {
  const set = blobs({ clusters: 6, perCluster: 40, dim: DIM, noise: 0.1, seed: 21 });
  const m = matrix(set.data, DIM);
  const base = run(m, 1, []);
  const idOfLabel = (model: TopicModel, label: number) => model.ids[model.topicOf[set.labels.indexOf(label)]!]!;

  it('renames, hides, merges and splits, and the same edits give the same result on a re-run', () => {
    const [a, b, c] = [idOfLabel(base, 0), idOfLabel(base, 1), idOfLabel(base, 2)];
    const cRows = Int32Array.from(set.labels.flatMap((label, i) => (label === 2 ? [i] : [])));
    const parts = splitCentroids(m, cRows, 2).map((centroid, p) => ({ id: `t${100 + p}`, centroid: Array.from(centroid) }));
    const edits = [
      { kind: 'rename' as const, topicId: a, label: 'Card arrival' },
      { kind: 'merge' as const, topicIds: [a, b], intoId: a },
      { kind: 'hide' as const, topicId: idOfLabel(base, 3), hidden: true },
      { kind: 'split' as const, topicId: c, parts },
    ];
    const edited = applyTopicEdits(base, m, edits);
    expect(edited.stale).toBe(0);
    expect(edited.labels.get(a)).toBe('Card arrival');
    expect(edited.model.ids).not.toContain(b);
    expect(idOfLabel(edited.model, 1)).toBe(a);
    expect(edited.model.ids).not.toContain(c);
    const cParts = new Set(Array.from(cRows, (row) => edited.model.topicOf[row]!).filter((t) => t >= 0).map((t) => edited.model.ids[t]));
    expect([...cParts].sort()).toEqual(['t100', 't101']);
    expect(edited.hidden.has(idOfLabel(base, 3))).toBe(true);

    const rerun = run(m, 5, previousOf(base));
    const again = applyTopicEdits(rerun, m, edits);
    expect(again.stale).toBe(0);
    expect(idOfLabel(again.model, 0)).toBe(a);
    expect(idOfLabel(again.model, 1)).toBe(a);
    expect(Array.from(again.model.topicOf, (t) => again.model.ids[t])).toEqual(Array.from(edited.model.topicOf, (t) => edited.model.ids[t]));
  });

  it('counts edits whose topics are gone as stale instead of failing', () => {
    const edited = applyTopicEdits(base, m, [
      { kind: 'rename', topicId: 't999', label: 'Gone' },
      { kind: 'merge', topicIds: ['t998', 't999'], intoId: 't998' },
    ]);
    expect(edited.stale).toBe(2);
    expect(edited.model.ids).toEqual(base.ids);
  });
});
