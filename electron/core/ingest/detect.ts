import { extname } from 'node:path';
import type { FormatGuess, ImportFormat } from '../../../shared/domain/ingest';

/** Candidate formats for a file from its name and first bytes, most likely first. */
export function detectFormat(fileName: string, head: string): FormatGuess[] {
  const ext = extname(fileName).toLowerCase();
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const firstLine = text.split('\n', 1)[0] ?? '';
  const guesses: FormatGuess[] = [];
  const add = (format: ImportFormat, confidence: number) => guesses.push({ format, confidence });
  if (/tweet_id/.test(firstLine) && /in_response_to_tweet_id/.test(firstLine)) add('twcs', 0.98);
  if (text.startsWith('{') && /"(turns)"\s*:/.test(firstLine)) add('jsonl', 0.95);
  if (text.startsWith('[') || text.startsWith('{')) {
    if (/"original"\s*:/.test(text) && /"convo_id"\s*:/.test(text)) add('abcd', 0.95);
    if (/"conversation_parts"\s*:/.test(text)) add('intercom', 0.9);
    if (/"Participants"\s*:/.test(text) && /"Transcript"\s*:/.test(text)) add('connect', 0.9);
    if (
      /"tickets"\s*:/.test(text) ||
      (/"comments"\s*:/.test(text) && /"requester_id"\s*:/.test(text))
    )
      add('zendesk', 0.85);
  }
  if (ext === '.jsonl' || ext === '.ndjson') add('jsonl', 0.7);
  if (ext === '.csv' || ext === '.tsv' || (firstLine.includes(',') && !text.startsWith('{')))
    add('csv', ext === '.csv' ? 0.6 : 0.4);
  const best = new Map<ImportFormat, number>();
  for (const g of guesses) best.set(g.format, Math.max(best.get(g.format) ?? 0, g.confidence));
  return [...best.entries()]
    .map(([format, confidence]) => ({ format, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}
