// Starts the desktop app on the build in dist/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronPath;
try {
  electronPath = require('electron');
} catch (error) {
  electronPath = null;
  console.error(String(error));
}
if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  console.error(
    [
      'Electron could not be started: its binary is not installed (it is downloaded on first use, which needs network access).',
      'Point ELECTRON_OVERRIDE_DIST_PATH at an existing Electron build, or use the app headless: npm run demo.',
    ].join('\n'),
  );
  process.exit(1);
}
// Inherited from a parent Electron tool, this would make the binary run as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronPath, ['.'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
