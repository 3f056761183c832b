/**
 * Runs every benchmark (bench/<name>/run.ts) one after another and writes bench/RESULTS.md.
 * Each benchmark prints a Markdown section (a heading, its figures and the ratio against the peer
 * measured in the same run) on stdout; progress goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const names = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'run.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const sections: string[] = [];
for (const name of names) {
  process.stderr.write(`bench: ${name}…\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, name, 'run.ts')], {
    cwd: join(here, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  sections.push(
    result.status === 0
      ? `${result.stdout.trim()}\n\n_(${name}: ${seconds} s)_`
      : `## ${name}\n\nFAILED (exit ${result.status ?? result.signal}) after ${seconds} s.\n\n\`\`\`\n${result.stdout.slice(-2000)}\n\`\`\``,
  );
}

const header = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString()} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  'Every ratio compares Gleaner with a peer measured in the same run; see each bench/<name>/run.ts for the method.',
  '',
].join('\n');
writeFileSync(join(here, 'RESULTS.md'), `${header}\n${sections.join('\n\n')}\n`);
process.stderr.write(`bench: wrote bench/RESULTS.md (${names.length} benchmarks)\n`);
