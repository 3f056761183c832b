import { basename } from 'node:path';
import type { Turn, TurnRole } from '../../../../shared/domain/transcript';
import { toTranscript } from '../canonical';
import type { FormatParser } from '../types';
import { asRecord, asString, readJsonRecords, recordsOf } from './json-documents';

const ROLE: Record<string, TurnRole> = {
  CUSTOMER: 'customer',
  AGENT: 'agent',
  CUSTOM_BOT: 'bot',
  AUTOMATED: 'bot',
  SYSTEM: 'system',
  SUPERVISOR: 'agent',
};

/** Contact Lens writes the analysis time in the output key, e.g. `…_analysis_2026-11-02T09:15:00Z.json`. */
const timeFromName = (file: string): number | null => {
  const match = /(\d{4}-\d{2}-\d{2}T\d{2}[:_]\d{2}[:_]\d{2}(?:\.\d+)?Z)/.exec(basename(file));
  if (!match) return null;
  const ms = Date.parse(match[1]!.replace(/_/g, ':'));
  return Number.isNaN(ms) ? null : ms;
};

/** Milliseconds as an ISO instant; null when not a time a Date holds (garbage or out of range). */
const iso = (ms: number | null): string | null => {
  if (ms === null || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/**
 * Amazon Connect Contact Lens analysis output: one contact per document (or one per line), with
 * Participants (CUSTOMER/AGENT) and the Transcript segments. Voice segments only carry offsets from the
 * start of the call, so turn times are known only when the start is (chat AbsoluteTime, or the file name).
 */
export const parseConnect: FormatParser = async function* ({ file, text }) {
  for await (const doc of readJsonRecords(text, file, { arrays: ['Contacts', 'contacts'] })) {
    if ('error' in doc) {
      yield doc;
      continue;
    }
    for (const [index, raw] of doc.records.entries()) {
      const line = doc.line + index;
      const contact = asRecord(raw);
      const roles = new Map<string, TurnRole>();
      for (const p of recordsOf(contact.Participants ?? [], []).map(asRecord)) {
        const id = asString(p.ParticipantId);
        if (id) roles.set(id, ROLE[asString(p.ParticipantRole) ?? id] ?? 'system');
      }
      const segments = recordsOf(contact.Transcript ?? [], []).map(asRecord);
      const firstAbsolute = segments.map((s) => asString(s.AbsoluteTime)).find((v) => v !== null);
      const parsedStart = firstAbsolute ? Date.parse(firstAbsolute) : timeFromName(file);
      const startMs = parsedStart !== null && Number.isFinite(parsedStart) ? parsedStart : null;
      const at = (segment: Record<string, unknown>): string | null => {
        const absolute = asString(segment.AbsoluteTime);
        if (absolute && iso(Date.parse(absolute))) return iso(Date.parse(absolute));
        return startMs !== null && typeof segment.BeginOffsetMillis === 'number'
          ? iso(startMs + segment.BeginOffsetMillis)
          : null;
      };
      const turns: Turn[] = segments.map((s) => {
        const participant = asString(s.ParticipantId) ?? '';
        return {
          role: roles.get(participant) ?? ROLE[participant] ?? 'system',
          text: asString(s.Content) ?? '',
          at: at(s),
        };
      });
      const characteristics = asRecord(contact.ConversationCharacteristics);
      const durationMs = characteristics.TotalConversationDurationMillis;
      const metadataOfContact = asRecord(contact.CustomerMetadata);
      const result = toTranscript(
        {
          id: asString(metadataOfContact.ContactId) ?? asString(contact.ContactId),
          channel: (asString(contact.Channel) ?? 'voice').toLowerCase(),
          language: asString(contact.LanguageCode),
          started_at: iso(startMs),
          ended_at:
            startMs !== null && typeof durationMs === 'number' ? iso(startMs + durationMs) : null,
          turns,
          outcome: { handle_seconds: typeof durationMs === 'number' ? durationMs / 1000 : null },
          metadata: {
            sentiment: asRecord(asRecord(characteristics.Sentiment).OverallSentiment),
            turn_sentiment: segments.map((s) => asString(s.Sentiment)),
            categories: asRecord(contact.Categories).MatchedCategories ?? [],
            redacted_by_contact_lens:
              asString(asRecord(contact.ContentMetadata).Output) === 'Redacted',
          },
        },
        file,
        line,
      );
      yield 'error' in result ? result : { transcript: result.transcript, line };
    }
  }
};
