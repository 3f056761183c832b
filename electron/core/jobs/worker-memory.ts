/**
 * The job worker's young generation. V8's default (16 MB semi-spaces) lets garbage pile up to about
 * 50 MB between scavenges; an import makes garbage at a high rate (rows, JSON, Arrow batches), so its
 * peak RSS follows that size. bench/ingest, 1,000,000 turns: 330 MB with the default, 287 MB with
 * 2 MB semi-spaces, at the same speed (11.3 s against 11.4 s).
 */
export const WORKER_SEMI_SPACE_MB = 2;

/** For a worker process (Electron's utilityProcess, the benches' child processes). */
export const WORKER_V8_FLAGS: readonly string[] = [`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`];

/** For a worker thread: V8's young generation is three semi-spaces (two, and one for large objects). */
export const WORKER_THREAD_LIMITS = { maxYoungGenerationSizeMb: WORKER_SEMI_SPACE_MB * 3 };
