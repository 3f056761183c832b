import { join } from 'node:path';
import type { ImportReport as ArticlesImportReport } from '../../../shared/domain/article';
import type { ImportReport } from '../../../shared/domain/ingest';
import { importArticlesFolder } from '../articles/import/folder';
import { importFiles } from '../ingest/import';
import type { Workspace } from '../workspace/workspace';
import { generateDemo } from './generate';
import { publishSeedArticles } from './publish';
import type { DemoOptions, DemoTruth } from './types';
import { writeDemoFiles, type DemoFiles } from './write';

export const DEMO_SOURCE_DIR = 'demo-source';
/** The import source of the demo conversations (part of their key, so rebuilding adds nothing). */
export const DEMO_SOURCE = 'northwind-demo';

/** Who the seed articles are recorded as created by. */
const DEMO_ACTOR = { id: 'demo' };

export type DemoProgress = (done: number, total: number, phase: string) => void;

export interface DemoBuildResult {
  files: DemoFiles;
  truth: DemoTruth;
  transcripts: ImportReport;
  articles: ArticlesImportReport;
}

/**
 * Builds the demo workspace: generates the data into `<workspace>/demo-source/` (kept, so the truth
 * file sits beside what was imported) and imports it like any user file. Rebuilding with the same
 * seed and `now` imports nothing twice.
 */
export async function buildDemoWorkspace(
  ws: Workspace,
  options: DemoOptions = {},
  progress?: DemoProgress,
  signal?: AbortSignal,
): Promise<DemoBuildResult> {
  progress?.(0, 3, 'generate');
  const demo = generateDemo(options);
  const files = await writeDemoFiles(join(ws.dir, DEMO_SOURCE_DIR), demo);
  progress?.(1, 3, 'import');
  const transcripts = await importFiles(
    ws,
    {
      files: [files.transcripts],
      format: 'jsonl',
      encoding: 'utf8',
      mapping: {},
      source: DEMO_SOURCE,
    },
    (done, total, phase) => progress?.(done, total, `import:${phase}`),
    signal,
  );
  progress?.(2, 3, 'articles');
  // Seed articles go in as drafts through the ordinary folder import (on a rebuild they are duplicates);
  // those planted as published then go live, dated back.
  const articles = await importArticlesFolder(
    ws,
    join(files.dir, 'articles'),
    DEMO_ACTOR,
    (done, total, phase) => progress?.(done, total, `articles:${phase}`),
    signal,
  );
  await publishSeedArticles(ws, demo.articles, Date.parse(demo.truth.now), DEMO_ACTOR);
  progress?.(3, 3, 'done');
  return { files, truth: demo.truth, transcripts, articles };
}
