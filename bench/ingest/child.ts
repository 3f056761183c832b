/**
 * Imports one CSV into a fresh workspace and prints the timing and peak RSS as JSON (run by run.ts).
 * With `reimport`, imports the same file a second time: it must add nothing.
 */
import { importFiles } from '../../electron/core/ingest/import';
import { Workspace } from '../../electron/core/workspace/workspace';

const [file, dir, redact, reimport] = process.argv.slice(2);
if (!file || !dir)
  throw new Error('usage: child.ts FILE WORKSPACE_DIR [redact|no-redact] [reimport]');
const ws = await Workspace.create(dir);
const options = {
  files: [file],
  format: 'csv' as const,
  encoding: 'auto' as const,
  mapping: {},
  redact: redact !== 'no-redact',
};
const started = performance.now();
const report = await importFiles(ws, options, (done, total) => {
  process.stderr.write(`\r  gleaner: ${((done / Math.max(1, total)) * 100).toFixed(0)}%   `);
});
const seconds = (performance.now() - started) / 1000;
let again: { seconds: number; imported: number; duplicates: number } | null = null;
if (reimport === 'reimport') {
  process.stderr.write('\n  gleaner: re-import…');
  const start = performance.now();
  const second = await importFiles(ws, options);
  again = {
    seconds: (performance.now() - start) / 1000,
    imported: second.imported,
    duplicates: second.duplicates,
  };
}
ws.close();
process.stderr.write('\n');
process.stdout.write(
  JSON.stringify({
    seconds,
    imported: report.imported,
    rejected: report.rejected,
    again,
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
