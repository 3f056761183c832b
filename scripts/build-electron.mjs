// Bundles the Electron main process, preload, workers and the CLI into dist/ with esbuild.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // Main process and its utility-process worker: packages stay in node_modules (native LanceDB, onnxruntime).
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs', format: 'cjs', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/worker/utility-entry.ts'], outfile: 'dist/main/worker.cjs', format: 'cjs', packages: 'external' }),
  // A sandboxed preload cannot require other files: everything but electron is bundled in.
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs', external: ['electron'] }),
  // The CLI and its worker thread (thread-runner.ts looks for worker.mjs beside the running bundle).
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/cli.mjs', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/worker/thread-entry.ts'], outfile: 'dist/cli/worker.mjs', format: 'esm', packages: 'external' }),
]);
console.log('Built dist/main (main, preload, worker) and dist/cli (cli, worker).');
