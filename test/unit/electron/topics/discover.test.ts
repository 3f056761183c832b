import { describe, expect, it } from 'vitest';
import { discoverTopics, OUTLIER } from '../../../../electron/core/topics/discover';
import { assignToTopics, topicFloors } from '../../../../electron/core/topics/assign';
import { averageLinkage, cutDendrogram } from '../../../../electron/core/topics/agglomerate';
import { matrix } from '../../../../electron/core/topics/vectors';
import { nmi, ari } from '../../../../bench/topics/agreement';
import { blobs } from './blobs';

describe('discoverTopics', () => {
  const set = blobs({ clusters: 12, perCluster: 60, dim: 48, noise: 0.12, seed: 3 });
  const m = matrix(set.data, 48);

  it('finds the planted clusters without being told how many', () => {
    const found = discoverTopics(m, { seed: 1 });
    expect(found.topics).toBeGreaterThanOrEqual(10);
    expect(found.topics).toBeLessThanOrEqual(16);
    expect(nmi(set.labels, Array.from(found.topicOf))).toBeGreaterThan(0.9);
    expect(ari(set.labels, Array.from(found.topicOf))).toBeGreaterThan(0.8);
    expect(found.sizes.reduce((a, b) => a + b, 0) + found.topicOf.filter((t) => t === OUTLIER).length).toBe(m.rows);
  });

  it('is deterministic for a seed', () => {
    const a = discoverTopics(m, { seed: 9 });
    const b = discoverTopics(m, { seed: 9 });
    expect(Array.from(a.topicOf)).toEqual(Array.from(b.topicOf));
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
  });

  it('gives more, finer topics with a higher granularity', () => {
    const coarse = discoverTopics(m, { seed: 1, granularity: 0.5 });
    const fine = discoverTopics(m, { seed: 1, granularity: 2 });
    expect(coarse.topics).toBeLessThan(fine.topics);
  });

  it('puts far-off points and tiny groups in the outlier bucket', () => {
    const noisy = blobs({ clusters: 6, perCluster: [80, 80, 80, 80, 80, 1], dim: 32, noise: 0.1, seed: 5 });
    const found = discoverTopics(matrix(noisy.data, 32), { seed: 2 });
    const lone = noisy.labels.indexOf(5);
    expect(found.topicOf[lone]).toBe(OUTLIER);
    expect(found.topicOf.filter((t) => t === OUTLIER).length).toBeLessThan(noisy.labels.length * 0.05);
  });

  it('handles empty, one-row and two-row inputs', () => {
    expect(discoverTopics(matrix(new Float32Array(0), 8)).topics).toBe(0);
    const one = discoverTopics(matrix(Float32Array.from([1, 0, 0, 0]), 4));
    expect(one.topics).toBe(1);
    expect(Array.from(one.topicOf)).toEqual([0]);
    const two = discoverTopics(matrix(Float32Array.from([1, 0, 0, 0, 0, 1, 0, 0]), 4));
    expect(two.topicOf.every((t) => t >= 0)).toBe(true);
  });

  it('assigns new conversations to the nearest existing topic, far ones to the outliers', () => {
    const found = discoverTopics(m, { seed: 1 });
    const fresh = blobs({ clusters: 12, perCluster: 5, dim: 48, noise: 0.12, seed: 3 });
    const assigned = assignToTopics(matrix(fresh.data, 48), found.centroids, found.topics, topicFloors(found.topicOf, found.similarity, found.topics));
    // Each planted cluster's topic: the one most of its points went to.
    const votes = new Map<string, number>();
    set.labels.forEach((label, i) => votes.set(`${label}:${found.topicOf[i]}`, (votes.get(`${label}:${found.topicOf[i]}`) ?? 0) + 1));
    const original = new Map<number, number>();
    const best = new Map<number, number>();
    for (const [key, count] of votes) {
      const [label, topic] = key.split(':').map(Number) as [number, number];
      if (count > (best.get(label) ?? 0)) {
        best.set(label, count);
        original.set(label, topic);
      }
    }
    const agree = fresh.labels.filter((label, i) => assigned.topicOf[i] === original.get(label)).length;
    expect(agree / fresh.labels.length).toBeGreaterThan(0.9);
    const opposite = Float32Array.from(found.centroids.subarray(0, 48), (x) => -x);
    expect(assignToTopics(matrix(opposite, 48), found.centroids, found.topics, topicFloors(found.topicOf, found.similarity, found.topics)).topicOf[0]).toBe(-1);
  });
});

describe('averageLinkage', () => {
  it('merges the closest groups first, with non-decreasing distances', () => {
    const sums = Float32Array.from([1, 0, 0.99, 0.141, 0, 1, 0.141, 0.99]);
    const merges = averageLinkage(sums, Int32Array.from([1, 1, 1, 1]), 2);
    expect(merges).toHaveLength(3);
    expect([merges[0]!.a, merges[0]!.b].sort()).toEqual([0, 1]);
    for (let i = 1; i < merges.length; i += 1) expect(merges[i]!.distance).toBeGreaterThanOrEqual(merges[i - 1]!.distance - 1e-9);
    expect(cutDendrogram(4, merges, 2).groups).toBe(2);
    expect(Array.from(cutDendrogram(4, merges, 2).groupOf)).toEqual([0, 0, 1, 1]);
  });
});
