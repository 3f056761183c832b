/**
 * Ingestion benchmark: a generated per-turn CSV (default 1,000,000 turns, `--turns N`) imported by
 * Gleaner (CSV parse, grouping into conversations, redaction, outcomes, LanceDB batches) and by a peer in
 * the same run: python3's csv module inserting the same rows into sqlite3 with executemany.
 * Each side runs in its own process so its peak RSS is its own. Gleaner then re-imports the file
 * (it must add nothing). It also imports a generated file of about 1 GB (`--big-mb N` for another size, 0 to skip)
 * and reports its peak RSS against the 300 MB bound, when the disk has room. Prints a Markdown section.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKER_V8_FLAGS } from '../../electron/core/jobs/worker-memory';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const TURNS = Number(arg('turns') ?? 1_000_000);
const BIG_MB = Number(arg('big-mb') ?? 1024);
const RSS_BOUND_MB = 300;
const REDACT = !process.argv.includes('--no-redact');
const TURNS_PER_CONVERSATION = 5;

const CUSTOMER = [
  'My parcel has not arrived yet, order 88412 was due Monday',
  'I was charged twice this month',
  '我的退款什么时候到账？',
  'The app logs me out every time',
  'Can I change my delivery address?',
];
const AGENT = [
  'Sorry about that, let me check the tracking for you.',
  'I can see the duplicate charge and will reverse it.',
  '您好，退款将在3-5个工作日内到账。',
  'Please update to the latest version and sign in again.',
  'Let me transfer you to our delivery team.',
];

async function generate(path: string, turns: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok()));
  await write('conversation_id,customer,started,speaker,message\n');
  const base = Date.UTC(2026, 0, 1);
  let chunk = '';
  for (let i = 0; i < turns; i += 1) {
    const convo = Math.floor(i / TURNS_PER_CONVERSATION);
    const n = i % TURNS_PER_CONVERSATION;
    const speaker = n % 2 === 0 ? 'customer' : 'agent';
    const text = (speaker === 'customer' ? CUSTOMER : AGENT)[(convo + n) % 5]!;
    chunk += `conv-${convo},cust-${convo % 50_000},${new Date(base + convo * 90_000).toISOString()},${speaker},"${text} (#${i})"\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((ok) => out.end(() => ok()));
}

interface Measured {
  seconds: number;
  maxRssKb: number;
}

function runJson<Extra extends object = Record<string, unknown>>(
  command: string,
  args: string[],
): Measured & Extra {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: join(here, '../..'),
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Measured & Extra;
}

const dir = await mkdtemp(join(tmpdir(), 'gleaner-bench-ingest-'));
const mb = (kb: number) => (kb / 1024).toFixed(0);
const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en');
try {
  const csv = join(dir, 'turns.csv');
  process.stderr.write(`bench ingest: generating ${TURNS.toLocaleString('en')} turns…\n`);
  await generate(csv, TURNS);
  const size = (await stat(csv)).size;
  process.stderr.write('bench ingest: gleaner…\n');
  const gleaner = (file: string, workspace: string, mode: 'first' | 'again') =>
    runJson<{ imported: number; duplicates: number }>(process.execPath, [
      ...WORKER_V8_FLAGS,
      '--import',
      'tsx',
      join(here, 'child.ts'),
      file,
      workspace,
      REDACT ? 'redact' : 'no-redact',
      mode,
    ]);
  const ours = gleaner(csv, join(dir, 'ws'), 'first');
  process.stderr.write('bench ingest: gleaner, re-import…\n');
  const again = gleaner(csv, join(dir, 'ws'), 'again');
  process.stderr.write('bench ingest: python3 csv + sqlite3…\n');
  const peer = runJson('python3', [join(here, 'peer.py'), csv, join(dir, 'peer.sqlite')]);
  process.stderr.write('bench ingest: python3 csv + re redaction + sqlite3…\n');
  const peerRedact = runJson('python3', [
    join(here, 'peer_redact.py'),
    csv,
    join(dir, 'peer-redact.sqlite'),
  ]);
  const oursRate = TURNS / ours.seconds;
  const peerRate = TURNS / peer.seconds;
  const lines = [
    '## ingest',
    '',
    `${TURNS.toLocaleString('en')} turns (${(TURNS / TURNS_PER_CONVERSATION).toLocaleString('en')} conversations), ${(size / 1048576).toFixed(0)} MB per-turn CSV; redaction ${REDACT ? 'on' : 'off'}.`,
    '',
    '| | seconds | turns/s | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: |',
    `| Gleaner (CSV records → conversations → redaction → LanceDB, ${String(ours.imported)} stored) | ${ours.seconds.toFixed(1)} | ${rate(TURNS, ours.seconds)} | ${mb(ours.maxRssKb)} |`,
    `| peer: python3 csv + sqlite3 executemany | ${peer.seconds.toFixed(1)} | ${rate(TURNS, peer.seconds)} | ${mb(peer.maxRssKb)} |`,
    `| second peer: the same + a Python \`re\` redaction pass over each message | ${peerRedact.seconds.toFixed(1)} | ${rate(TURNS, peerRedact.seconds)} | ${mb(peerRedact.maxRssKb)} |`,
    '',
    `Speed ratio Gleaner / peer: **${(oursRate / peerRate).toFixed(2)}×** (against the redacting peer: **${(oursRate / (TURNS / peerRedact.seconds)).toFixed(2)}×**); peak RSS ${Number(mb(ours.maxRssKb)) < RSS_BOUND_MB ? 'under' : 'OVER'} the ${RSS_BOUND_MB} MB bound.`,
  ];
  lines.push(
    '',
    `Re-import of the same file (a process of its own): ${again.imported} added, ${again.duplicates.toLocaleString('en')} duplicates, ${again.seconds.toFixed(1)} s, peak RSS ${mb(again.maxRssKb)} MB${again.imported === 0 ? '' : ' — **it should add nothing**'}.`,
    '',
    'The first peer stores the rows as they are; Gleaner also groups turns into conversations, redacts every turn, infers outcomes and language, and writes Arrow batches to LanceDB, so the second peer adds the redaction (the same patterns in Python `re`, bench/ingest/peer_redact.py) for a fairer comparison. What remains of the gap is mostly single-threaded JavaScript: reading CSV records and decoding UTF-8, building turn and row objects and their JSON, and the garbage they leave. Gleaner runs with the job worker\'s V8 flags (2 MB semi-spaces, electron/core/jobs/worker-memory.ts). Of the peak RSS, about 90 MB are the mapped code of Node and LanceDB\'s native library, about 100 MB the V8 heap (about 25 MB of it live), and the rest LanceDB\'s native memory (writes; on re-import the key index build and the key look-ups).',
  );
  await rm(csv, { force: true });
  await rm(join(dir, 'ws'), { recursive: true, force: true });

  if (BIG_MB > 0) {
    const bytesPerTurn = size / TURNS;
    const bigTurns =
      Math.round((BIG_MB * 1048576) / bytesPerTurn / TURNS_PER_CONVERSATION) *
      TURNS_PER_CONVERSATION;
    const free = await statfs(dir).then((s) => s.bavail * s.bsize);
    lines.push('', `### big file (${BIG_MB} MB)`, '');
    if (free < BIG_MB * 1048576 * 3) {
      lines.push(
        `Skipped: ${(free / 1073741824).toFixed(1)} GB free in ${tmpdir()}, the file and its workspace need about ${((BIG_MB * 3) / 1024).toFixed(1)} GB.`,
      );
    } else {
      const big = join(dir, 'big.csv');
      process.stderr.write(
        `bench ingest: generating ${bigTurns.toLocaleString('en')} turns (~${BIG_MB} MB)…\n`,
      );
      await generate(big, bigTurns);
      const bigSize = (await stat(big)).size;
      process.stderr.write('bench ingest: gleaner, big file…\n');
      const run = gleaner(big, join(dir, 'ws-big'), 'first');
      lines.push(
        '| file | turns | seconds | turns/s | peak RSS (MB) |',
        '| --- | ---: | ---: | ---: | ---: |',
        `| ${(bigSize / 1048576).toFixed(0)} MB | ${bigTurns.toLocaleString('en')} | ${run.seconds.toFixed(1)} | ${rate(bigTurns, run.seconds)} | ${mb(run.maxRssKb)} |`,
        '',
        `Peak RSS ${Number(mb(run.maxRssKb)) < RSS_BOUND_MB ? 'under' : 'OVER'} the ${RSS_BOUND_MB} MB bound for a ${(bigSize / 1048576).toFixed(0)} MB file.`,
        '',
        'What grows with the file: the repeat-contact pass at the end reads key, customer and times of every stored conversation (compact columns, but O(workspace): about 80 MB at 1,000,000 conversations), and LanceDB holds more per commit as the table grows (about 50 MB over 1,000,000 conversations written in 2 MB commits).',
      );
    }
  }
  console.log(lines.join('\n'));
} finally {
  await rm(dir, { recursive: true, force: true });
}
