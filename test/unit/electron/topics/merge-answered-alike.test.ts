import { describe, expect, it } from 'vitest';
import {
  emptyAgentAnswers,
  storeAgentAnswer,
  type AgentAnswers,
} from '../../../../electron/core/topics/agent-answers';
import { numberTopicsBySize, type Discovery } from '../../../../electron/core/topics/discover';
import { mergeTopicsAnsweredAlike } from '../../../../electron/core/topics/merge-answered-alike';
import { matrix, normalizeRows, type Matrix } from '../../../../electron/core/topics/vectors';
import { seededRandom } from '../../../../electron/core/topics/random';

const DIM = 16;
const PER_TOPIC = 20;

/** A unit vector along `axes` (equal parts) plus a little noise. */
function around(axes: readonly number[], random: () => number, noise = 0.05): Float32Array {
  const v = new Float32Array(DIM);
  for (const axis of axes) v[axis] = 1;
  for (let t = 0; t < DIM; t += 1) v[t]! += (random() - 0.5) * noise;
  return normalizeRows(v, DIM);
}

/**
 * Customer phrasings, each its own topic (topic g along axis g). Answers: `answer[g]` lists the axes of
 * topic g's answers, `null` for a topic without agent turns; axis 15 is boilerplate every answer has.
 */
function workspace(answer: ReadonlyArray<readonly number[] | null>): {
  found: Discovery;
  m: Matrix;
  answers: AgentAnswers;
} {
  const random = seededRandom(7);
  const rows = answer.length * PER_TOPIC;
  const data = new Float32Array(rows * DIM);
  const answers = emptyAgentAnswers(rows, DIM);
  const groupOf = new Int32Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const g = Math.floor(i / PER_TOPIC);
    groupOf[i] = g;
    data.set(around([g], random), i * DIM);
    const axes = answer[g];
    if (axes) storeAgentAnswer(answers, i, around([...axes, 15], random, 0.3));
  }
  const m = matrix(data, DIM);
  const numbered = numberTopicsBySize(m, groupOf, answer.length, new Float32Array(rows));
  return { found: { ...numbered, autoTopics: answer.length, silhouette: 0 }, m, answers };
}

/** Which input topics (by block of rows) ended up together. */
function together(result: Discovery): number[][] {
  const byTopic = new Map<number, Set<number>>();
  result.topicOf.forEach((t, i) =>
    byTopic.set(t, (byTopic.get(t) ?? new Set()).add(Math.floor(i / PER_TOPIC))),
  );
  return [...byTopic.values()].map((s) => [...s].sort()).sort((a, b) => a[0]! - b[0]!);
}

describe('topics the agents answered alike', () => {
  it('merge when their answers are the same steps, and stay apart when the steps differ', () => {
    const { found, m, answers } = workspace([[8], [8], [9], [10]]);
    const merged = mergeTopicsAnsweredAlike(found, m, answers);
    expect(together(merged)).toEqual([[0, 1], [2], [3]]);
    expect(merged.topics).toBe(3);
    expect(Array.from(merged.sizes)).toEqual([40, 20, 20]);
    // The merged topic's centroid sits between its two phrasings, and every row's similarity is to it.
    expect(merged.similarity[0]).toBeGreaterThan(0.6);
    expect(merged.similarity[0]).toBeLessThan(0.8);
  });

  it('never merge on an answer every conversation gets', () => {
    const { found, m, answers } = workspace([[15], [15], [15], [15]]);
    expect(together(mergeTopicsAnsweredAlike(found, m, answers))).toEqual([[0], [1], [2], [3]]);
  });

  it('never merge without agent turns', () => {
    const { found, m, answers } = workspace([null, null, [9], [10]]);
    expect(together(mergeTopicsAnsweredAlike(found, m, answers))).toEqual([[0], [1], [2], [3]]);
  });

  it('merge less at a finer granularity', () => {
    // Two topics whose answers share four of their five steps.
    const { found, m, answers } = workspace([
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 6],
      [8],
      [9],
      [10],
      [11],
    ]);
    expect(together(mergeTopicsAnsweredAlike(found, m, answers, { granularity: 0.5 }))).toEqual([
      [0, 1],
      [2],
      [3],
      [4],
      [5],
    ]);
    expect(together(mergeTopicsAnsweredAlike(found, m, answers, { granularity: 1 }))).toEqual([
      [0],
      [1],
      [2],
      [3],
      [4],
      [5],
    ]);
  });
});
