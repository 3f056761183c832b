/**
 * Ranking sentences by consensus: a sentence that many successful conversations say in some
 * wording (embedding similarity) ranks first; MMR keeps near-duplicates out; the chosen sentences
 * are put in the order conversations say them (median relative position of everything they cover).
 */

export interface Candidate {
  /** Which conversation said it (consensus counts other conversations only). */
  conversation: string;
  /** 0..1 where in its conversation it was said. */
  position: number;
}

export interface ConsensusOptions {
  /** Cosine similarity at which two sentences say the same thing (support and clustering). */
  sameThreshold: number;
  /** At this similarity to an already chosen sentence a candidate is a duplicate. */
  duplicateThreshold: number;
  /** MMR trade-off: 1 = consensus only, 0 = diversity only. */
  lambda: number;
  /** Optional extra duplicate test (content-word overlap of the two texts), on top of similarity. */
  isDuplicate?: (a: number, b: number, similarity: number) => boolean;
  /**
   * Optional test that two candidates are close enough in wording to be two ways of saying one thing
   * (a shared content word, say). With it, such a pair whose conversations (nearly) never say both
   * counts as a duplicate: agents say a step once, in one of their wordings, while two different
   * steps are said together.
   */
  mayBeAlternatives?: (a: number, b: number, similarity: number) => boolean;
  /** Conversations that must support a chosen sentence (including its own). */
  minSupport: number;
  maxChosen: number;
}

export interface Chosen {
  index: number;
  /** Distinct conversations with a sentence this close (including its own). */
  support: number;
  /** Mean over the other conversations of their closest sentence's similarity. */
  consensus: number;
  /** Candidates this chosen sentence stands for, most similar first (itself first). */
  members: number[];
  /** Median relative position of the members. */
  position: number;
}

/** Row-major matrix of unit vectors, for fast dot products. */
function pack(vectors: readonly Float32Array[]): { data: Float32Array; dim: number } {
  const dim = vectors[0]?.length ?? 0;
  const data = new Float32Array(vectors.length * dim);
  vectors.forEach((v, i) => data.set(v.subarray(0, dim), i * dim));
  return { data, dim };
}

function similarityMatrix(vectors: readonly Float32Array[]): Float32Array {
  const n = vectors.length;
  const { data, dim } = pack(vectors);
  const sims = new Float32Array(n * n);
  for (let i = 0; i < n; i += 1) {
    sims[i * n + i] = 1;
    for (let j = i + 1; j < n; j += 1) {
      let s = 0;
      const a = i * dim;
      const b = j * dim;
      for (let k = 0; k < dim; k += 1) s += data[a + k]! * data[b + k]!;
      sims[i * n + j] = s;
      sims[j * n + i] = s;
    }
  }
  return sims;
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** At most this share of the conversations saying the less common of two wordings also say the other. */
const ALTERNATIVES_OVERLAP = 0.2;

export interface ConsensusScores {
  consensus: Float32Array;
  support: Int32Array;
  /** says[i * groups + g] = 1 when conversation g has a sentence that says what candidate i says. */
  says: Uint8Array;
  groups: number;
}

/** Consensus and support of every candidate against the other conversations. */
export function consensusScores(
  candidates: readonly Candidate[],
  sims: Float32Array,
  sameThreshold: number,
): ConsensusScores {
  const n = candidates.length;
  const conversations = [...new Set(candidates.map((c) => c.conversation))];
  const groupOf = new Int32Array(n);
  const index = new Map(conversations.map((c, i) => [c, i]));
  candidates.forEach((c, i) => (groupOf[i] = index.get(c.conversation)!));
  const groups = conversations.length;
  const consensus = new Float32Array(n);
  const support = new Int32Array(n);
  const says = new Uint8Array(n * groups);
  const best = new Float32Array(groups);
  for (let i = 0; i < n; i += 1) {
    best.fill(0);
    for (let j = 0; j < n; j += 1) {
      const s = sims[i * n + j]!;
      const g = groupOf[j]!;
      if (s > best[g]!) best[g] = s;
    }
    let sum = 0;
    let count = 0;
    for (let g = 0; g < groups; g += 1) {
      if (best[g]! >= sameThreshold || g === groupOf[i]) says[i * groups + g] = 1;
      if (g === groupOf[i]) continue;
      sum += best[g]!;
      if (best[g]! >= sameThreshold) count += 1;
    }
    consensus[i] = groups > 1 ? sum / (groups - 1) : 0;
    support[i] = count + 1;
  }
  return { consensus, support, says, groups };
}

/** Whether a and b are said by (nearly) disjoint sets of conversations, each by at least two. */
function saidApart(scores: ConsensusScores, a: number, b: number): boolean {
  const { says, groups } = scores;
  let inA = 0;
  let inB = 0;
  let both = 0;
  for (let g = 0; g < groups; g += 1) {
    const x = says[a * groups + g]!;
    const y = says[b * groups + g]!;
    inA += x;
    inB += y;
    both += x & y;
  }
  return Math.min(inA, inB) >= 2 && both <= ALTERNATIVES_OVERLAP * Math.min(inA, inB);
}

/** The consensus sentences, chosen by MMR, in conversation order. */
export function chooseByConsensus(candidates: readonly Candidate[], vectors: readonly Float32Array[], options: ConsensusOptions): Chosen[] {
  const n = candidates.length;
  if (n === 0) return [];
  const sims = similarityMatrix(vectors);
  const scores = consensusScores(candidates, sims, options.sameThreshold);
  const { consensus, support } = scores;
  const isAlternative = (a: number, b: number, similarity: number): boolean =>
    options.mayBeAlternatives !== undefined &&
    options.mayBeAlternatives(a, b, similarity) &&
    saidApart(scores, a, b);
  const chosen: number[] = [];
  const closestChosen = new Float32Array(n);
  const open = new Set<number>();
  for (let i = 0; i < n; i += 1) if (support[i]! >= options.minSupport) open.add(i);
  while (chosen.length < options.maxChosen && open.size > 0) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    for (const i of open) {
      const score = options.lambda * consensus[i]! - (1 - options.lambda) * (chosen.length ? closestChosen[i]! : 0);
      // Ties go to the earlier candidate so the result does not depend on Set order.
      if (score > bestScore || (score === bestScore && i < bestIndex)) [bestIndex, bestScore] = [i, score];
    }
    chosen.push(bestIndex);
    open.delete(bestIndex);
    for (let i = 0; i < n; i += 1) {
      const s = sims[bestIndex * n + i]!;
      if (s > closestChosen[i]!) closestChosen[i] = s;
      if (s >= options.duplicateThreshold || (open.has(i) && (options.isDuplicate?.(bestIndex, i, s) || isAlternative(bestIndex, i, s)))) open.delete(i);
    }
  }
  // Every candidate joins the chosen sentence it is closest to, if it says the same thing.
  const members = new Map<number, Array<{ i: number; s: number }>>(chosen.map((c) => [c, [{ i: c, s: 2 }]]));
  for (let i = 0; i < n; i += 1) {
    if (members.has(i)) continue;
    let owner = -1;
    let ownerSim = options.sameThreshold;
    for (const c of chosen) {
      const s = sims[c * n + i]!;
      if (s >= ownerSim) [owner, ownerSim] = [c, s];
    }
    if (owner >= 0) members.get(owner)!.push({ i, s: ownerSim });
  }
  return chosen
    .map((index) => {
      const list = members.get(index)!.sort((a, b) => b.s - a.s).map((m) => m.i);
      return { index, support: support[index]!, consensus: consensus[index]!, members: list, position: median(list.map((m) => candidates[m]!.position)) };
    })
    .sort((a, b) => a.position - b.position || a.index - b.index);
}
