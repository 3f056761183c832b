// Bundles the Electron main process, preload, workers and the CLI into dist/ with esbuild.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};
// ES module bundles get a real `require`, so bundled CommonJS code can still load built-ins.
const esm = {
  format: 'esm',
  packages: 'external',
  banner: {
    js: "import { createRequire as __gleanerCreateRequire } from 'node:module';\nconst require = __gleanerCreateRequire(import.meta.url);",
  },
};

/** The contract's channel and event names, read by evaluating the real contract once. */
async function contractNames() {
  const bundled = await build({
    entryPoints: ['shared/ipc/contract.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const source = bundled.outputFiles[0].text;
  const contract = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  return { CHANNELS: contract.CHANNELS, EVENT_NAMES: contract.EVENT_NAMES };
}

/**
 * In the preload, the contract module is replaced by its plain name lists: the preload only
 * checks names (main validates every input), so zod and the schemas stay out of it.
 */
function contractNamesOnly(names) {
  return {
    name: 'contract-names-only',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]ipc[\\/]contract$/ }, (args) => ({
        path: args.path,
        namespace: 'contract-names',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        contents: Object.entries(names)
          .map(([name, list]) => `export const ${name} = Object.freeze(${JSON.stringify(list)});`)
          .join('\n'),
        loader: 'js',
      }));
    },
  };
}

const names = await contractNames();
const [, , preload] = await Promise.all([
  // Main process and its utility-process worker: packages stay in node_modules (native LanceDB, onnxruntime).
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.cjs',
    format: 'cjs',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/worker/utility-entry.ts'],
    outfile: 'dist/main/worker.cjs',
    format: 'cjs',
    packages: 'external',
  }),
  // A sandboxed preload cannot require other files: everything but electron is bundled in.
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    format: 'cjs',
    external: ['electron'],
    plugins: [contractNamesOnly(names)],
    metafile: true,
  }),
  // The CLI and its worker thread (thread-runner.ts looks for worker.mjs beside the running bundle).
  build({ ...common, ...esm, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/cli.mjs' }),
  build({
    ...common,
    ...esm,
    entryPoints: ['electron/worker/thread-entry.ts'],
    outfile: 'dist/cli/worker.mjs',
  }),
]);

const preloadImports = Object.values(preload.metafile.outputs).flatMap((output) =>
  output.imports.map((i) => i.path),
);
const stray = preloadImports.filter((path) => path !== 'electron');
if (stray.length > 0) {
  console.error(
    `The sandboxed preload may require only 'electron', but it requires: ${stray.join(', ')}`,
  );
  process.exit(1);
}
console.log(
  `Built dist/main (main, preload with ${names.CHANNELS.length} channels, worker) and dist/cli (cli, worker).`,
);
