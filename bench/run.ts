/**
 * Runs every benchmark (bench/<name>/run.ts) one after another and writes bench/RESULTS.md.
 * Each benchmark prints a Markdown section (a heading, its figures and the ratio against the peer
 * measured in the same run) on stdout; progress goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const names = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'run.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const RESULTS = join(here, 'RESULTS.md');
/** Each benchmark's section sits between markers, so a run of some benchmarks keeps the others' figures. */
const block = (name: string, body: string): string => `<!-- bench:${name} -->\n${body}\n<!-- /bench:${name} -->`;
const previous = new Map<string, string>();
if (existsSync(RESULTS))
  for (const m of readFileSync(RESULTS, 'utf8').matchAll(/<!-- bench:([\w-]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) previous.set(m[1]!, m[2]!);

const sections = new Map<string, string>(previous);
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
  const when = `${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
  sections.set(
    name,
    result.status === 0
      ? `${result.stdout.trim()}\n\n_(${name}: ${seconds} s, ${when})_`
      : `## ${name}\n\nFAILED (exit ${result.status ?? result.signal}) after ${seconds} s.\n\n\`\`\`\n${result.stdout.slice(-2000)}\n\`\`\``,
  );
}

const header = [
  '# Benchmark results',
  '',
  `Last run ${new Date().toISOString()} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; each section says when it was measured and how loaded the machine was.`,
  'Every ratio compares Gleaner with a peer measured in the same run; see each bench/<name>/run.ts for the method. `npm run bench -- NAME...` reruns some and keeps the others.',
  '',
].join('\n');
const ordered = [...sections.keys()].sort().map((name) => block(name, sections.get(name)!));
writeFileSync(RESULTS, `${header}\n${ordered.join('\n\n')}\n`);
process.stderr.write(`bench: wrote bench/RESULTS.md (${names.length} benchmarks)\n`);
