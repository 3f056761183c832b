#!/usr/bin/env node
// Runs the end-to-end tests (or, with --screens, the screenshot pass) in a real Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const screens = process.argv.includes('--screens');
const chromium = findChromium();
if (!chromium) {
  const lines = [
    '',
    '################################################################################',
    '#  E2E TESTS SKIPPED: no Chromium found.                                       #',
    '#  Set GLEANER_CHROMIUM=/path/to/chromium or install one                       #',
    '#  (Debian/Ubuntu: apt-get install chromium).                                  #',
    '################################################################################',
    '',
  ];
  console.error(lines.join('\n'));
  process.exit(process.env.GLEANER_REQUIRE_E2E === '1' ? 1 : 0);
}

const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const args = ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e'];
if (screens) args.push('test/e2e/screens.test.ts');
const env = { ...process.env, GLEANER_CHROMIUM: chromium, GLEANER_E2E_BUILT: '1', ...(screens ? { GLEANER_SCREENS: '1' } : {}) };
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
