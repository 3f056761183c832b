/**
 * Topic quality: Gleaner's discovery (not told the number of intents) against scikit-learn KMeans
 * on TF-IDF at the true k, on BANKING77 test and the three DSTC11 sets. Prints a Markdown table.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverConversationTopics } from '../../electron/core/topics/merge-answered-alike';
import { matrix } from '../../electron/core/topics/vectors';
import { ari, nmi } from './agreement';
import { labelledSets, type LabelledSet } from './datasets';
import { embedForBench, type BenchVectors } from './embed';
import { runPython } from './python';

const here = dirname(fileURLToPath(import.meta.url));

export interface QualityRow {
  set: string;
  n: number;
  trueK: number;
  topics: number;
  outliers: number;
  nmi: number;
  ari: number;
  seconds: number;
  baselineNmi: number;
  baselineAri: number;
  baselineSeconds: number;
  embedder: string;
}

export async function measureQuality(set: LabelledSet, options: { granularity?: number; embed?: () => Promise<BenchVectors> } = {}): Promise<QualityRow> {
  const started = performance.now();
  const { vectors, dim, embedder, agent } = await (options.embed?.() ?? embedForBench(set.texts));
  const discovery = discoverConversationTopics(matrix(vectors, dim), agent ?? null, { seed: 7, granularity: options.granularity });
  const seconds = (performance.now() - started) / 1000;
  const predicted = Array.from(discovery.topicOf);
  const baseline = JSON.parse(runPython(join(here, 'baseline.py'), [], JSON.stringify({ texts: set.texts, labels: set.labels, predicted }))) as {
    k: number;
    seconds: number;
    nmi: number;
    ari: number;
    gleaner_nmi: number;
  };
  const ours = nmi(set.labels, predicted);
  if (Math.abs(ours - baseline.gleaner_nmi) > 1e-6) throw new Error(`NMI mismatch with scikit-learn: ${ours} vs ${baseline.gleaner_nmi}`);
  return {
    set: set.name,
    n: set.texts.length,
    trueK: baseline.k,
    topics: discovery.topics,
    outliers: predicted.filter((t) => t < 0).length,
    nmi: ours,
    ari: ari(set.labels, predicted),
    seconds,
    baselineNmi: baseline.nmi,
    baselineAri: baseline.ari,
    baselineSeconds: baseline.seconds,
    embedder,
  };
}

export function qualityTable(rows: readonly QualityRow[]): string {
  const f = (x: number) => x.toFixed(3);
  return [
    '| set | n | true k | Gleaner topics (outliers) | Gleaner NMI | Gleaner ARI | sklearn KMeans@k NMI | sklearn ARI | NMI ≥ baseline |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:---:|',
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.n} | ${r.trueK} | ${r.topics} (${r.outliers}) | ${f(r.nmi)} | ${f(r.ari)} | ${f(r.baselineNmi)} | ${f(r.baselineAri)} | ${r.nmi >= r.baselineNmi ? 'yes' : 'NO'} |`,
    ),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const granularity = process.argv[2] ? Number(process.argv[2]) : undefined;
  const rows: QualityRow[] = [];
  for (const set of labelledSets()) {
    process.stderr.write(`quality: ${set.name}…\n`);
    rows.push(await measureQuality(set, { granularity }));
  }
  console.log(`### Topic quality (embedder: ${rows[0]?.embedder ?? '?'})\n\n${qualityTable(rows)}`);
}
