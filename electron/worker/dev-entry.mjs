// Loads the TypeScript worker through tsx when Gleaner runs from source (CLI, tests).
import { register } from 'tsx/esm/api';

register();
await import('./thread-entry.ts');
