/**
 * What the agents answered, one vector per conversation, kept beside the topic matrix at a quarter of
 * its size (int8, unit vectors scaled by 127): enough to compare topics' average answers.
 */
export interface AgentAnswers {
  readonly data: Int8Array;
  /** 1 for the rows with agent turns. */
  readonly answered: Uint8Array;
  readonly rows: number;
  readonly dim: number;
}

const SCALE = 127;

export function emptyAgentAnswers(rows: number, dim: number): AgentAnswers {
  return { data: new Int8Array(rows * dim), answered: new Uint8Array(rows), rows, dim };
}

/** Stores the unit vector `v` of row `row`'s agent side. */
export function storeAgentAnswer(answers: AgentAnswers, row: number, v: ArrayLike<number>): void {
  const offset = row * answers.dim;
  answers.answered[row] = 1;
  for (let t = 0; t < answers.dim; t += 1)
    answers.data[offset + t] = Math.round(Math.max(-1, Math.min(1, v[t]!)) * SCALE);
}

/** Sum of each group's answers over its answered rows (groups x dim), and how many rows answered. Rows in no group (-1) are left out. */
export function answerSums(
  answers: AgentAnswers,
  groupOf: Int32Array,
  groups: number,
): { sums: Float64Array; counts: Int32Array } {
  const dim = answers.dim;
  const sums = new Float64Array(groups * dim);
  const counts = new Int32Array(groups);
  for (let i = 0; i < answers.rows; i += 1) {
    const g = groupOf[i]!;
    if (g < 0 || !answers.answered[i]) continue;
    counts[g]! += 1;
    const from = i * dim;
    const to = g * dim;
    for (let t = 0; t < dim; t += 1) sums[to + t]! += answers.data[from + t]!;
  }
  return { sums, counts };
}
