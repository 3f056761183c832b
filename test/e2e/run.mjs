#!/usr/bin/env node
// Runs the end-to-end tests (or, with --screens, the screenshot pass) in a real Chromium.
// Without a Chromium it skips loudly, or fails when GLEANER_REQUIRE_E2E=1 (as CI sets).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const args = ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e'];
if (screens) args.push('test/e2e/screens.test.ts');
const env = {
  ...process.env,
  GLEANER_CHROMIUM: chromium,
  GLEANER_E2E_BUILT: '1',
  ...(screens ? { GLEANER_SCREENS: '1' } : {}),
};
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
