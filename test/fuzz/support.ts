import fc from 'fast-check';

/** Cases per property: FUZZ_RUNS (npm run fuzz sets 10,000 by default); a short run inside the normal test suite. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 200) || 200);

/**
 * The short run inside `npm test` replays one pinned seed, so CI answers the same for the same code;
 * `npm run fuzz` explores fresh seeds. FUZZ_SEED replays a failure in either.
 */
const PINNED_SEED = process.env.FUZZ_RUNS ? undefined : 20261206;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : PINNED_SEED;

/** fast-check parameters shared by every fuzz property. */
export const fuzzParams = (runs = FUZZ_RUNS): fc.Parameters<unknown> => ({
  numRuns: runs,
  ...(seed === undefined ? {} : { seed }),
});

/** A vitest time limit that grows with the run count (ms per case, at least a minute). */
export const fuzzTimeout = (msPerCase: number, runs = FUZZ_RUNS) => Math.max(60_000, runs * msPerCase);

/** Rejects when `work` does not settle within `ms`: an asynchronous hang fails the case instead of the suite. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (hang)`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Strings an attacker or a broken export would send: control characters, lone surrogates, RTL marks, BOMs, markup. */
export const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '\uDFFF\uD800',
    '\u202E',
    '\r',
    '\r\n',
    '"',
    '""',
    '\\',
    '../../etc/passwd',
    '..\\..\\windows',
    '/',
    'C:\\',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '=HYPERLINK("x")',
    '__proto__',
    'constructor',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '9'.repeat(400),
    '2026-02-30T25:61:61Z',
    '中文客服对话',
    '😀'.repeat(10),
  ),
);

/** Any JSON-able value, with hostile strings and extreme numbers. */
export const nastyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    fc.double(),
    fc.integer(),
    fc.constantFrom(1e308, -1e308, 8.64e15, 8.64e15 + 1, 1e20, Number.MAX_SAFE_INTEGER, -1),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(nastyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Text of a file: random bytes, with BOMs and encodings an export might carry. */
export const BOMS = [
  Buffer.alloc(0),
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xfe, 0xff]),
];
