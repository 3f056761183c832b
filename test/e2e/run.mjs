#!/usr/bin/env node
// Runs the end-to-end tests (or, with --screens, the screenshot pass) in a real Chromium.
// Without a Chromium it skips loudly, or fails when GLEANER_REQUIRE_E2E=1 (as CI sets).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium.mjs';

const screens = process.argv.includes('--screens');
const chromium = findChromium();
if (!chromium) {
  const required = process.env.GLEANER_REQUIRE_E2E === '1';
  const lines = [
    '',
    '################################################################################',
    `#  E2E TESTS ${required ? 'FAILED' : 'SKIPPED'}: no Chromium found.`.padEnd(79) + '#',
    '#  Nothing in the UI was tested end to end.                                    #',
    '#  Set GLEANER_CHROMIUM=/path/to/chromium or install one                       #',
    '#  (Debian/Ubuntu: apt-get install chromium; CJK screenshots: fonts-noto-cjk)  #',
    '################################################################################',
    '',
  ];
  console.error(lines.join('\n'));
  process.exit(required ? 1 : 0);
}

const skipBuild =
  process.env.GLEANER_E2E_SKIP_BUILD === '1' && existsSync('dist/renderer/index.html');
if (!skipBuild) {
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = {
  ...process.env,
  GLEANER_CHROMIUM: chromium,
  GLEANER_E2E_BUILT: '1',
  ...(screens ? { GLEANER_SCREENS: '1' } : {}),
};
const files = screens
  ? ['test/e2e/screens.test.ts']
  : readdirSync('test/e2e')
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `test/e2e/${name}`);

/** Runs vitest on the files; returns its exit status and the files where no test got to a result. */
function run(selected) {
  const report = join(tmpdir(), `gleaner-e2e-${process.pid}-${Date.now()}.json`);
  const args = [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    'e2e',
    '--reporter=default',
    '--reporter=./test/support/summary-reporter.ts',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...(selected === files && !screens ? [] : selected),
  ];
  const status = spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;
  let json = null;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // No report at all: nothing to tell apart.
  }
  rmSync(report, { force: true });
  if (!json || json.numFailedTests > 0) return { status, crashed: [] };
  const reported = new Set(
    json.testResults
      .filter((r) => r.assertionResults.some((a) => a.status === 'passed' || a.status === 'failed'))
      .map((r) => resolve(r.name)),
  );
  return { status, crashed: selected.filter((file) => !reported.has(resolve(file))) };
}

let { status, crashed } = run(files);
// A test process that dies in native code (seen once: glibc's "malloc_consolidate(): unaligned
// fastbin chunk detected" in LanceDB's or onnxruntime's threads) leaves its file without results while
// every test that ran passed. Such files run once more, loudly; a test that fails is never rerun.
if (status !== 0 && crashed.length > 0) {
  console.error(
    `\ne2e: the test process died before these files reported; running them once more:\n  ${crashed.join('\n  ')}\n`,
  );
  ({ status, crashed } = run(crashed));
  if (status === 0) console.error('e2e: the rerun passed; the crash above is worth a look.');
}
process.exit(status);
