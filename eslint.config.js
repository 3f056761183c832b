import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', 'screens/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'bin/**', 'scripts/**', 'bench/**', 'test/**', '.ci/**', 'renderer/vite.config.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Layers import downward only (docs/ARCHITECTURE.md).
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, 'electron', 'react', 'react-dom', '@lancedb/*', '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: no Node, Electron, React or LanceDB.',
    ),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/worker/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**'],
      'core, worker and cli never import electron, the main process or the renderer.',
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(['react', 'react-dom', '**/renderer/**', '**/preload/**', '**/cli/**'], 'main wires core to IPC only.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(['**/core/**', '**/main/**', '**/renderer/**', '@lancedb/*', ...nodeBuiltins], 'preload exposes the bridge only.'),
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      ...restrict(
        [...nodeBuiltins, 'electron', '@lancedb/*', '**/electron/**'],
        'The renderer reaches the backend only through renderer/src/lib/ipc.ts.',
      ),
    },
  },
);
