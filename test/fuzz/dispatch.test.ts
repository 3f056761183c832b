import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api';
import { AppCore } from '../../electron/core/app-core';
import type { JobRunner } from '../../electron/core/jobs/types';
import { GleanerError, type ErrorInfo } from '../../shared/errors';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout, nastyJson, nastyString, within } from './support';

// Every IPC channel with random and malformed input, and with input shaped like its schema but with
// hostile values: dispatch must answer a result envelope, never throw or hang; a success carries
// output its schema accepts; a failure carries an error code (never an untyped E_INTERNAL crash).
//
// Stubbed, so the fuzz touches nothing outside its temp folder and the network:
// - jobs never run (a runner that cancels them): ingest:start, embed:start, embed:download,
//   embed:importModel's re-embed, export:start, insights:discover, drafts:generate, articles:import, jobs:start;
// - host services: workspace:pickFolder, export:pickFolder, ingest:pickFiles answer "cancelled",
//   export:open opens nothing, credentials live in memory (export:setCredentials / forgetCredentials);
// - fetch refuses every request (drafts:polish's endpoint, downloads);
// - every path in an input (dir, path, files, outDir…) is confined to a sandbox folder, so
//   workspace:create/open and the importers only ever see the sandbox.

/** Some calls write to LanceDB (ms each) and there are ~80 channels: inside the normal suite a shorter run. */
const RUNS = process.env.FUZZ_RUNS ? FUZZ_RUNS : 100;
/** Channels that copy the whole workspace on every success take no input worth 100 cases. */
const FEWER_RUNS: Partial<Record<Channel, number>> = { 'backup:create': 15 };
const runsOf = (channel: Channel): number => (process.env.FUZZ_RUNS ? RUNS : (FEWER_RUNS[channel] ?? RUNS));

const PATH_KEYS = new Set(['dir', 'path', 'files', 'outDir', 'out', 'folder', 'file']);

let root: string;
let sandbox: string;
let core: AppCore;
let dispatch: Dispatch;
let workspaceDir: string;
let known: string[] = [];
const realFetch = globalThis.fetch;
/** Per channel: how many calls succeeded and which error codes answered the others (printed with FUZZ_STATS=1). */
const stats: Record<string, { ok: number; codes: Record<string, number> }> = {};
const internal: Array<{ channel: string; input: unknown; error: ErrorInfo }> = [];

const cancellingRunner: JobRunner = {
  run: () => {
    const result = Promise.reject(new GleanerError('E_CANCELLED', 'fuzz: jobs do not run'));
    result.catch(() => undefined);
    return { result, cancel: () => undefined };
  },
  dispose: async () => undefined,
};

/** A path inside the sandbox, picked by the value (a data file, a folder with an article, or nothing). */
function confine(value: unknown): unknown {
  if (typeof value === 'string') {
    const n = createHash('sha1').update(value).digest()[0]! % 4;
    return join(sandbox, ['conversations.jsonl', 'articles', 'missing', 'ws-other'][n]!);
  }
  if (Array.isArray(value)) return value.map(confine);
  return value;
}

function confinePaths(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(confinePaths);
  if (input === null || typeof input !== 'object') return input;
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, PATH_KEYS.has(k) ? confine(v) : confinePaths(v)]));
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Values shaped like the schema (right keys and types), with hostile strings, extreme numbers and known ids. */
function shaped(schema: AnySchema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const inner = (key: string) => shaped(def[key] as AnySchema, depth + 1);
  if (depth > 6) return nastyJson;
  switch (def.type) {
    case 'string':
      return fc.oneof(nastyString, fc.constantFrom(...known), fc.string({ minLength: 1, maxLength: 12 }));
    case 'number':
      return fc.oneof(fc.integer({ min: -3, max: 60 }), fc.double(), fc.constantFrom(0, 1, 1e9, -1, Number.MAX_SAFE_INTEGER, 1.5));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
    case 'default':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'array':
      return fc.array(inner('element'), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.oneof(nastyString, fc.constantFrom('id', 'text', 'role')), inner('valueType'), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...(def.options as AnySchema[]).map((o) => shaped(o, depth + 1)));
    case 'pipe':
      return inner('in');
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shaped(v, depth + 1)])));
    }
    default:
      return nastyJson;
  }
}

/** One input: shaped by the schema, shaped with one field replaced by garbage, or anything at all. */
function inputs(channel: Channel): fc.Arbitrary<unknown> {
  const schema = contract[channel].input as unknown as AnySchema;
  const good = shaped(schema);
  const oneBad = fc.tuple(good, nastyString, nastyJson).map(([value, key, junk]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return junk;
    const keys = Object.keys(value);
    const target = keys.length ? keys[createHash('sha1').update(key).digest()[0]! % keys.length]! : key;
    return { ...value, [target]: junk };
  });
  return fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: oneBad, weight: 3 }, { arbitrary: nastyJson, weight: 2 }, { arbitrary: fc.constantFrom(undefined, null, [], '', 0, 'x'), weight: 1 });
}

beforeAll(async () => {
  globalThis.fetch = (async () => {
    throw new TypeError('fetch failed: the network is off in the fuzz test');
  }) as typeof fetch;
  root = await mkdtemp(join(tmpdir(), 'gleaner-fuzz-dispatch-'));
  sandbox = join(root, 'sandbox');
  await mkdir(join(sandbox, 'articles'), { recursive: true });
  await writeFile(join(sandbox, 'articles', 'a.md'), '---\ntitle: From a file\n---\n# Hello\n\n<script>alert(1)</script>\n');
  await writeFile(join(sandbox, 'conversations.jsonl'), `${JSON.stringify({ id: 'c1', turns: [{ role: 'customer', text: 'my order is late' }, { role: 'agent', text: 'sorry' }] })}\n`);
  const secrets = new Map<string, unknown>();
  core = new AppCore({
    appDataDir: join(root, 'app'),
    runner: cancellingRunner,
    host: {
      pickFolder: async () => null,
      pickFiles: async () => [],
      openPath: async () => undefined,
      credentials: {
        get: async (target) => (secrets.get(target) as never) ?? null,
        set: async (value) => void secrets.set(value.target, value),
        forget: async (target) => void secrets.delete(target),
      },
    },
  });
  workspaceDir = join(root, 'ws');
  await core.createWorkspace(workspaceDir);
  dispatch = createDispatch(core);
  const article = await dispatch('articles:create', { title: 'Printer will not connect' });
  const people = await dispatch('people:list', {});
  known = [
    'c1',
    article.ok ? (article.value as { id: string }).id : 'none',
    ...(people.ok ? (people.value as Array<{ id: string }>).map((p) => p.id) : []),
    'lexical',
    'markdown',
    'en',
    'zh-CN',
  ];
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await core?.dispose();
  await rm(root, { recursive: true, force: true });
  if (process.env.FUZZ_STATS) console.info(Object.entries(stats).map(([c, s]) => `${c} ok ${s.ok} ${JSON.stringify(s.codes)}`).join('\n'));
  if (internal.length) console.info(`untyped errors:\n${internal.map((i) => `${i.channel} ${JSON.stringify(i.input)?.slice(0, 200)} → ${i.error.message}`).join('\n')}`);
});

describe('dispatch under random and malformed input', () => {
  it('an unknown channel is a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, nastyJson, async (channel, input) => {
        if (CHANNELS.includes(channel as Channel)) return;
        const result = await dispatch(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL' } });
      }),
      fuzzParams(),
    );
  });

  for (const channel of CHANNELS) {
    const runs = runsOf(channel);
    it(`${channel}: always an envelope, output valid, errors typed (${runs} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(inputs(channel), async (raw) => {
          const input = confinePaths(raw);
          const result = await within(10_000, channel, dispatch(channel, input));
          if (core.workspace?.dir !== workspaceDir) await core.openWorkspace(workspaceDir);
          stats[channel] = stats[channel] ?? { ok: 0, codes: {} };
          if (result.ok) stats[channel].ok += 1;
          else stats[channel].codes[result.error.code] = (stats[channel].codes[result.error.code] ?? 0) + 1;
          if (result.ok) {
            const output = contract[channel].output.safeParse(result.value);
            if (!output.success) throw new Error(`${channel}: output does not match its schema: ${output.error.message}`);
            return;
          }
          expect(result.error.code).toMatch(/^E_[A-Z_]+$/);
          expect(typeof result.error.message).toBe('string');
          if (result.error.code === 'E_INTERNAL') {
            internal.push({ channel, input, error: result.error });
            throw new Error(`${channel}: untyped error ${result.error.message} for ${JSON.stringify(input)?.slice(0, 300)}`);
          }
        }),
        fuzzParams(runs),
      );
    }, fuzzTimeout(300, runs));
  }
});
