/**
 * Embedding throughput and quality, measured in one run:
 * - the lexical embedder: conversations/s (five BANKING77 utterances each, ~300 characters);
 * - a MiniLM-shaped int8 model (6 layers, hidden 384, random weights, generated here) through
 *   transformers.js: the bare pipeline vs the whole path (embed.workspace job in a worker thread:
 *   reading transcripts, batching, LanceDB writes, indexes), and single-query latency;
 * - BANKING77 recall@10 (test utterances as queries against the train utterances) per embedder.
 * Prints Markdown on stdout, progress on stderr.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppCore } from '../../electron/core/app-core';
import { LexicalEmbedder } from '../../electron/core/embed/lexical/embedder';
import { IdfFitter } from '../../electron/core/embed/lexical/idf';
import { TransformersEmbedder } from '../../electron/core/embed/transformers';
import { createThreadJobRunner } from '../../electron/core/jobs/thread-runner';
import { addTranscripts } from '../../electron/core/transcripts/store';
import { toRow } from '../../electron/core/transcripts/row';
import { MINILM_SHAPE, writeTestModel } from '../../test/support/onnx/model-folder';
import { banking77, frequentWords, percentile, recallAtK } from './data';

const log = (text: string) => process.stderr.write(`bench/embed: ${text}\n`);
const train = banking77('train');
const test = banking77('test');
const root = await mkdtemp(join(tmpdir(), 'gleaner-bench-embed-'));
const out: string[] = ['## Embedding', ''];

try {
  // Lexical: conversations of five utterances.
  const conversations = Array.from({ length: 2000 }, (_, i) =>
    Array.from({ length: 5 }, (_, j) => train[(i * 5 + j) % train.length]!.text).join(' '),
  );
  const fitter = new IdfFitter();
  let started = performance.now();
  fitter.add(conversations);
  const fitSeconds = (performance.now() - started) / 1000;
  const lexical = new LexicalEmbedder(fitter.finish());
  lexical.embedOne(conversations[0]!);
  started = performance.now();
  for (const text of conversations) lexical.embedOne(text);
  const lexicalRate = conversations.length / ((performance.now() - started) / 1000);
  log(`lexical ${lexicalRate.toFixed(0)} conversations/s`);

  // The MiniLM-shaped model, with a vocabulary of BANKING77's frequent words so token counts are realistic.
  const modelsDir = join(root, 'models');
  const modelDir = join(modelsDir, 'bench', 'minilm-int8');
  started = performance.now();
  await writeTestModel(modelDir, {
    ...MINILM_SHAPE,
    words: frequentWords(
      train.map((r) => r.text),
      6000,
    ),
  });
  log(
    `generated the MiniLM-shaped model in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const neural = await TransformersEmbedder.load({
    id: 'bench/minilm-int8',
    dir: modelDir,
    prefixes: { query: '', passage: '' },
  });
  // ~30 tokens: two utterances per sentence. The same 2,048 sentences go through the bare embedder
  // and, as transcripts, through the whole path, so the two rates compare like with like.
  const sentences = Array.from(
    { length: 2048 },
    (_, i) => `${train[(i * 2) % train.length]!.text} ${train[(i * 2 + 1) % train.length]!.text}`,
  );
  const { AutoTokenizer, env } = await import('@xenova/transformers');
  env.localModelPath = `${modelsDir}/`;
  const tokenizer = await AutoTokenizer.from_pretrained('bench/minilm-int8');
  const sample = sentences.filter((_, i) => i % 8 === 0);
  const tokens =
    sample.reduce((sum, s) => sum + (tokenizer(s).input_ids.dims[1] as number), 0) / sample.length;
  await neural.embedPassages(sentences.slice(0, 64));
  started = performance.now();
  // 256 texts per call, as the workspace build passes them.
  for (let i = 0; i < sentences.length; i += 256)
    await neural.embedPassages(sentences.slice(i, i + 256));
  const bareRate = sentences.length / ((performance.now() - started) / 1000);
  log(`bare pipeline ${bareRate.toFixed(0)} sentences/s at ${tokens.toFixed(1)} tokens`);
  const queryTimes: number[] = [];
  for (const q of test.slice(0, 300)) {
    const t = performance.now();
    await neural.embedQueries([q.text]);
    queryTimes.push(performance.now() - t);
  }

  // Whole path: the same sentences as transcripts, embedded by the job in a worker thread. 2,048
  // of them, so that loading the model in the worker (~0.3 s, counted) weighs as it would on a
  // workspace of thousands of conversations rather than on a 512-row toy.
  const pathSentences = sentences;
  const core = new AppCore({ appDataDir: root, runner: createThreadJobRunner() });
  const ws = await core.createWorkspace(join(root, 'ws'));
  await addTranscripts(
    ws,
    pathSentences.map((text, i) =>
      toRow(
        { id: `s${i}`, language: 'en', turns: [{ role: 'customer', text }] },
        'bench',
        'import',
        { redact: false },
      ),
    ),
  );
  await writeTestModel(join(ws.modelsDir, 'bench', 'minilm-int8'), {
    ...MINILM_SHAPE,
    words: frequentWords(
      train.map((r) => r.text),
      6000,
    ),
  });
  await core.jobs.run(ws, 'embed.workspace', { model: 'lexical' }); // warms the worker
  started = performance.now();
  await core.jobs.run(ws, 'embed.workspace', { model: 'bench/minilm-int8' });
  const pathRate = pathSentences.length / ((performance.now() - started) / 1000);
  log(`whole path ${pathRate.toFixed(0)} sentences/s`);
  await core.dispose();

  // Quality on BANKING77.
  const lexicalFit = new IdfFitter();
  lexicalFit.add(train.map((r) => r.text));
  const lexicalQ = new LexicalEmbedder(lexicalFit.finish());
  const labelsTrain = train.map((r) => r.category);
  const labelsTest = test.map((r) => r.category);
  const lexRecall = recallAtK(
    await lexicalQ.embedQueries(test.map((r) => r.text)),
    labelsTest,
    await lexicalQ.embedPassages(train.map((r) => r.text)),
    labelsTrain,
  );
  // A random-weight model says nothing about quality; a subset keeps this step short on 2 cores.
  const trainSub = train.filter((_, i) => i % 5 === 0);
  const testSub = test.filter((_, i) => i % 10 === 0);
  log(
    `embedding ${trainSub.length + testSub.length} BANKING77 utterances with the random MiniLM-shaped model…`,
  );
  const neuralRecall = recallAtK(
    await neural.embedQueries(testSub.map((r) => r.text)),
    testSub.map((r) => r.category),
    await neural.embedPassages(trainSub.map((r) => r.text)),
    trainSub.map((r) => r.category),
  );
  await neural.dispose();

  out.push(
    '| measure | value | target |',
    '|---|---:|---:|',
    `| lexical embedder, conversations/s (~${Math.round(conversations.reduce((s, c) => s + c.length, 0) / conversations.length)} chars) | ${lexicalRate.toFixed(0)} | ≥ 5,000 |`,
    `| lexical IDF fit, conversations/s | ${(conversations.length / fitSeconds).toFixed(0)} | |`,
    `| MiniLM-shaped int8, bare embedder (transformers.js tokenizer and model, pooling; no job, no writes; the same ${sentences.length} sentences, 256 per call), sentences/s (${tokens.toFixed(1)} tokens, batch 32) | ${bareRate.toFixed(0)} | |`,
    `| MiniLM-shaped int8, whole path (worker job, model load, batching, LanceDB writes, indexes; ${pathSentences.length} transcripts), sentences/s | ${pathRate.toFixed(0)} | ≥ 500 |`,
    `| whole path / bare embedder | ${(pathRate / bareRate).toFixed(2)} | close to 1 |`,
    `| query embedding p50 / p95, ms | ${percentile(queryTimes, 50).toFixed(2)} / ${percentile(queryTimes, 95).toFixed(2)} | p95 ≤ 5 |`,
    `| BANKING77 recall@10, lexical | ${lexRecall.toFixed(3)} | |`,
    `| BANKING77 recall@10, MiniLM-shaped (random weights: a floor, not a real model; 308 queries vs 2,001 utterances) | ${neuralRecall.toFixed(3)} | |`,
    '',
    `Load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' / ',
      )} on ${cpus().length} cores (other work on the machine slows every figure alike).`,
    'Recall@10: share of the 3,080 test utterances whose 10 nearest train utterances include one of the same intent.',
  );
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
