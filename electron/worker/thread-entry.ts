import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../core/jobs/types';
import { serveJobs } from './serve';

if (!parentPort) throw new Error('thread-entry must run in a worker thread');
const port = parentPort;
serveJobs({
  send: (message) => port.postMessage(message),
  onMessage: (listener) => port.on('message', (message: ToWorker) => listener(message)),
});
