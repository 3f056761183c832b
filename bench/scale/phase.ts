/**
 * One phase of the scale benchmark in its own process, so its peak RSS is its own (run by run.ts):
 *   generate DIR N      the seeded demo data (electron/core/demo) written as Gleaner JSON Lines into DIR
 *   import   WS DIR     a new workspace WS; DIR's transcripts.jsonl and articles through the import path
 *   embed    WS         the lexical embedding job (what `gleaner embed` runs)
 *   topics   WS         ensureTopics (what `gleaner topics` and the topics job run)
 *   friction WS         the Insights table: workspaceFriction over every conversation
 * Prints one JSON line: seconds, peak RSS sampled every 100 ms (the whole process, worker threads
 * included), the kernel's max RSS, and what the phase produced.
 */
import { join } from 'node:path';
import { importArticlesFolder } from '../../electron/core/articles/import/folder';
import { DEMO_SOURCE } from '../../electron/core/demo/build';
import { generateDemo } from '../../electron/core/demo/generate';
import { writeDemoFiles } from '../../electron/core/demo/write';
import { embedWorkspaceJob } from '../../electron/core/embed/job';
import { workspaceFriction } from '../../electron/core/friction/workspace';
import { importFiles } from '../../electron/core/ingest/import';
import { ensureTopics } from '../../electron/core/topics/ensure';
import { Workspace } from '../../electron/core/workspace/workspace';

/** Pinned so that every run generates the same conversations. */
export const SCALE_NOW = Date.parse('2026-11-24T09:00:00Z');
export const SCALE_SEED = 11;

const [phase, target, extra] = process.argv.slice(2);
if (!phase || !target) throw new Error('usage: phase.ts generate|import|embed|topics|friction DIR [N|SOURCE_DIR]');

let peakRss = process.memoryUsage().rss;
/** Per step the phase reports (its progress label without counts): when it began and its peak RSS. */
const steps: Array<{ step: string; startedMs: number; peakRssMb: number }> = [];
const sample = () => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  const current = steps[steps.length - 1];
  if (current) current.peakRssMb = Math.max(current.peakRssMb, rss / 1048576);
};
const sampler = setInterval(sample, 100);

let lastReport = 0;
const progress = (done: number, total: number, label?: string) => {
  const step = (label ?? phase).replace(/:\d+$/, '');
  if (steps[steps.length - 1]?.step !== step) {
    sample();
    steps.push({ step, startedMs: performance.now(), peakRssMb: process.memoryUsage().rss / 1048576 });
  }
  const now = Date.now();
  if (now - lastReport < 5000) return;
  lastReport = now;
  const mb = (process.memoryUsage().rss / 1048576).toFixed(0);
  process.stderr.write(`  ${phase}:${label ?? ''} ${done}/${total} (rss ${mb} MB)\n`);
};

const started = performance.now();
let produced: Record<string, unknown> = {};
if (phase === 'generate') {
  const demo = generateDemo({ seed: SCALE_SEED, conversations: Number(extra), now: SCALE_NOW });
  const files = await writeDemoFiles(target, demo);
  produced = {
    conversations: demo.transcripts.length,
    turns: demo.transcripts.reduce((sum, t) => sum + t.turns.length, 0),
    file: files.transcripts,
  };
} else if (phase === 'import') {
  if (!extra) throw new Error('import needs the generated folder');
  const ws = await Workspace.create(target, { name: 'Scale benchmark' });
  const report = await importFiles(
    ws,
    { files: [join(extra, 'transcripts.jsonl')], format: 'jsonl', encoding: 'utf8', mapping: {}, source: DEMO_SOURCE },
    progress,
  );
  const articles = await importArticlesFolder(ws, join(extra, 'articles'), { id: 'demo' }, (done, total) => progress(done, total, 'articles'));
  ws.close();
  produced = { imported: report.imported, rejected: report.rejected, duplicates: report.duplicates, articles: articles.created.length };
} else {
  const ws = await Workspace.open(target);
  if (phase === 'embed') {
    const result = await embedWorkspaceJob(
      { workspace: ws, signal: new AbortController().signal, progress },
      { model: 'lexical' },
    );
    if (ws.settings().embeddingModel !== result.model) await ws.updateSettings({ embeddingModel: result.model });
    produced = { documents: result.documents, dimension: result.dimension, annIndex: result.annIndex };
  } else if (phase === 'topics') {
    const { run, discovered } = await ensureTopics(ws, { progress });
    produced = { topics: run.topics, outliers: run.outliers, conversations: run.conversations, discovered };
  } else if (phase === 'friction') {
    const report = await workspaceFriction(ws);
    produced = { topics: report.topics.length };
  } else throw new Error(`unknown phase ${phase}`);
  ws.close();
}
const ended = performance.now();
const seconds = (ended - started) / 1000;
clearInterval(sampler);
sample();
peakRss = Math.max(peakRss, process.memoryUsage().rss);
process.stdout.write(
  JSON.stringify({
    seconds,
    peakRssMb: peakRss / 1048576,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ...produced,
    steps: steps.map((s, i) => ({ step: s.step, seconds: ((steps[i + 1]?.startedMs ?? ended) - s.startedMs) / 1000, peakRssMb: s.peakRssMb })),
  }) + '\n',
);
