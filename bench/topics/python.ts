import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's python3 carries python3-sklearn; a pyenv shim earlier on PATH may not. */
export const PYTHON = process.env.GLEANER_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

export function runPython(script: string, args: string[], input?: string): string {
  const result = spawnSync(PYTHON, [script, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status ?? result.signal}): ${result.stderr.slice(-2000)}`);
  return result.stdout;
}
