import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Puts the calling process's work behind the app's when the CPU is short: the worker's index
 * builds, embedding runs and imports then cannot slow the searches of the main process (measured
 * in bench/search, where the index rebuild runs in a process of its own like the worker).
 * macOS and Windows set a whole process's priority; Linux sets one thread's, and a thread
 * inherits its creator's. LanceDB's runtime threads exist as soon as the module is loaded and
 * start more later, so every thread there is now is set, and those to come inherit it.
 */
export function runAtBackgroundPriority(): void {
  const threads = process.platform === 'linux' ? linuxThreadIds() : [0];
  for (const id of threads) {
    try {
      setPriority(id, constants.priority.PRIORITY_LOW);
    } catch {
      // A thread that has just ended, or a sandbox that refuses: jobs still run, at normal priority.
    }
  }
}

function linuxThreadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}
