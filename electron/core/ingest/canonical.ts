import {
  CANONICAL_FIELDS,
  transcriptSchema,
  type TranscriptInput,
} from '../../../shared/domain/transcript';
import type { RowError } from '../../../shared/domain/ingest';

const KNOWN = new Set<string>(CANONICAL_FIELDS);

/** Validates a raw conversation object; unknown top-level fields move into metadata instead of failing. */
export function toTranscript(
  raw: unknown,
  file: string,
  line: number | null,
): { transcript: TranscriptInput } | { error: RowError } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      error: {
        file,
        line,
        field: null,
        message: 'expected a JSON object (one conversation per line)',
      },
    };
  }
  const record = raw as Record<string, unknown>;
  const extra = Object.fromEntries(Object.entries(record).filter(([k]) => !KNOWN.has(k)));
  const metadata =
    typeof record.metadata === 'object' &&
    record.metadata !== null &&
    !Array.isArray(record.metadata)
      ? (record.metadata as Record<string, unknown>)
      : {};
  const candidate: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(record).filter(([k]) => KNOWN.has(k))),
    metadata: { ...metadata, ...extra },
  };
  if (typeof candidate.id === 'number') candidate.id = String(candidate.id);
  const parsed = transcriptSchema.safeParse(candidate);
  if (parsed.success) return { transcript: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { error: { file, line, field: issue.path.join('.') || null, message: issue.message } };
}
