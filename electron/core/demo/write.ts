import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CANONICAL_FIELDS, type TranscriptInput } from '../../../shared/domain/transcript';
import type { Demo } from './types';

export interface DemoFiles {
  dir: string;
  transcripts: string;
  articles: string[];
  truth: string;
}

/** Gleaner JSON Lines: canonical fields in their documented order, one conversation per line. */
export function toJsonLine(transcript: TranscriptInput): string {
  const ordered: Record<string, unknown> = {};
  for (const field of CANONICAL_FIELDS) {
    if (transcript[field] !== undefined) ordered[field] = transcript[field];
  }
  return JSON.stringify(ordered);
}

/** Writes `transcripts.jsonl`, `articles/<id>.md` and `truth.json` into `dir`. */
export async function writeDemoFiles(dir: string, demo: Demo): Promise<DemoFiles> {
  const articlesDir = join(dir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const transcripts = join(dir, 'transcripts.jsonl');
  await writeJsonLines(transcripts, demo.transcripts);
  const articles: string[] = [];
  for (const article of demo.articles) {
    const path = join(articlesDir, `${article.id}.md`);
    await writeFile(path, article.markdown, 'utf8');
    articles.push(path);
  }
  const truth = join(dir, 'truth.json');
  await writeFile(truth, JSON.stringify(demo.truth, null, 2) + '\n', 'utf8');
  return { dir, transcripts, articles, truth };
}

const LINES_PER_WRITE = 1000;

/** Writes in chunks, so a large demo never builds one string of the whole file. */
async function writeJsonLines(
  path: string,
  transcripts: readonly TranscriptInput[],
): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (let i = 0; i < transcripts.length; i += LINES_PER_WRITE) {
      const chunk = transcripts.slice(i, i + LINES_PER_WRITE).map((t) => toJsonLine(t) + '\n');
      await file.write(chunk.join(''), null, 'utf8');
    }
  } finally {
    await file.close();
  }
}
