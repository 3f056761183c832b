/** Imports one CSV into a fresh workspace and prints the timing and peak RSS as JSON (run by run.ts). */
import { importFiles } from '../../electron/core/ingest/import';
import { Workspace } from '../../electron/core/workspace/workspace';

const [file, dir, redact] = process.argv.slice(2);
if (!file || !dir) throw new Error('usage: child.ts FILE WORKSPACE_DIR [redact|no-redact]');
const ws = await Workspace.create(dir);
const started = performance.now();
const report = await importFiles(
  ws,
  { files: [file], format: 'csv', encoding: 'auto', mapping: {}, redact: redact !== 'no-redact' },
  (done, total) => {
    process.stderr.write(`\r  gleaner: ${((done / Math.max(1, total)) * 100).toFixed(0)}%   `);
  },
);
const seconds = (performance.now() - started) / 1000;
ws.close();
process.stderr.write('\n');
process.stdout.write(
  JSON.stringify({
    seconds,
    imported: report.imported,
    rejected: report.rejected,
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
