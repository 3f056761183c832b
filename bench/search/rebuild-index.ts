/**
 * Rebuilds a search table's ANN index the way the app's worker process does (a process of its own
 * at background priority), for bench/search to query the table meanwhile.
 * Usage: rebuild-index.ts <workspace dir> <table> <rows>
 */
import { buildAnnIndex } from '../../electron/core/search/ann';
import { openSearchTable } from '../../electron/core/search/connection';
import { runAtBackgroundPriority } from '../../electron/core/jobs/priority';
import { Workspace } from '../../electron/core/workspace/workspace';

const [dir, table, rows] = process.argv.slice(2);
runAtBackgroundPriority();
const ws = await Workspace.open(dir!);
await buildAnnIndex(await openSearchTable(ws, table!), Number(rows));
ws.close();
