import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface LabelledSet {
  name: string;
  texts: string[];
  labels: string[];
}

export const DATA_DIR = process.env.GLEANER_DATA_DIR ?? '/work/shared/data';

export function banking77Test(dir = DATA_DIR): LabelledSet {
  const rows = parse(readFileSync(join(dir, 'banking77', 'test.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<{ text: string; category: string }>;
  return { name: 'BANKING77 test', texts: rows.map((r) => r.text.trim()), labels: rows.map((r) => r.category) };
}

export function dstc11(domain: 'insurance' | 'banking' | 'finance', dir = DATA_DIR): LabelledSet {
  const lines = readFileSync(join(dir, 'dstc11', `${domain}-test-utterances.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as { utterance: string; intent: string });
  return { name: `DSTC11 ${domain}`, texts: rows.map((r) => r.utterance), labels: rows.map((r) => r.intent) };
}

export const labelledSets = (dir = DATA_DIR): LabelledSet[] => [banking77Test(dir), dstc11('insurance', dir), dstc11('banking', dir), dstc11('finance', dir)];
