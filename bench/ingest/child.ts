/**
 * Imports one CSV into a workspace and prints the timing and peak RSS as JSON (run by run.ts, with
 * the job worker's V8 flags). `first` creates the workspace; `again` imports the same file into the
 * workspace left by `first`, where it must add nothing. Each runs in a process of its own, so each
 * peak RSS is its own.
 */
import { importFiles } from '../../electron/core/ingest/import';
import { Workspace } from '../../electron/core/workspace/workspace';

const [file, dir, redact, mode = 'first'] = process.argv.slice(2);
if (!file || !dir || (mode !== 'first' && mode !== 'again'))
  throw new Error('usage: child.ts FILE WORKSPACE_DIR [redact|no-redact] [first|again]');
const ws = mode === 'first' ? await Workspace.create(dir) : await Workspace.open(dir);
let shown = -1;
const started = performance.now();
const report = await importFiles(
  ws,
  { files: [file], format: 'csv', encoding: 'auto', mapping: {}, redact: redact !== 'no-redact' },
  (done, total) => {
    const percent = Math.floor((done / Math.max(1, total)) * 100);
    if (percent !== shown) process.stderr.write(`\r  gleaner ${mode}: ${(shown = percent)}%   `);
  },
);
const seconds = (performance.now() - started) / 1000;
ws.close();
process.stderr.write('\n');
process.stdout.write(
  JSON.stringify({
    seconds,
    imported: report.imported,
    duplicates: report.duplicates,
    rejected: report.rejected,
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
