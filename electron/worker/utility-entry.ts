import { runAtBackgroundPriority } from '../core/jobs/priority';
import type { FromWorker, ToWorker } from '../core/jobs/types';
import { serveJobs } from './serve';

/** Entry of the Electron utilityProcess: same loop as the thread worker, over process.parentPort. */
interface ParentPort {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (event: { data: ToWorker }) => void): void;
}
// Jobs (embedding, index builds, imports) must not slow the searches and screens of the main process.
runAtBackgroundPriority();
const port = (process as unknown as { parentPort: ParentPort }).parentPort;
serveJobs({
  send: (message) => port.postMessage(message),
  onMessage: (listener) => port.on('message', (event) => listener(event.data)),
});
