import type { Turn, TurnRole } from '../../../../shared/domain/transcript';
import { toTranscript } from '../canonical';
import type { FormatParser } from '../types';
import { asRecord, asString, htmlToText, readJsonRecords, recordsOf } from './json-documents';

const ROLE: Record<string, TurnRole> = {
  user: 'customer',
  lead: 'customer',
  contact: 'customer',
  admin: 'agent',
  team: 'agent',
  bot: 'bot',
};
const SPOKEN = new Set([
  'comment',
  'note',
  'open',
  'conversation_rating_changed',
  'quick_reply',
  'assign_and_reopen',
]);

/** Unix seconds as an ISO instant; null when missing or outside the range a Date holds. */
const instant = (seconds: unknown): string | null => {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/**
 * Intercom conversations (REST API shape; an array, `{"conversations": [...]}` or one per line): the
 * source message and the conversation parts, by author type (user/lead → customer, admin → agent,
 * bot → bot); notes are internal system turns; a part assigning to a team is kept as a system turn.
 */
export const parseIntercom: FormatParser = async function* ({ file, text }) {
  for await (const doc of readJsonRecords(text, file, { arrays: ['conversations', 'data'] })) {
    if ('error' in doc) {
      yield doc;
      continue;
    }
    for (const [index, raw] of doc.records.entries()) {
      const line = doc.line + index;
      const convo = asRecord(raw);
      const source = asRecord(convo.source);
      const sourceAuthor = asRecord(source.author);
      const turns: Turn[] = [];
      const sourceBody = htmlToText(asString(source.body) ?? '');
      if (sourceBody)
        turns.push({
          role: ROLE[asString(sourceAuthor.type) ?? ''] ?? 'customer',
          text: sourceBody,
          at: instant(convo.created_at),
        });
      const parts = recordsOf(asRecord(convo.conversation_parts).conversation_parts ?? [], []).map(
        asRecord,
      );
      for (const part of parts) {
        const kind = asString(part.part_type) ?? 'comment';
        const body = htmlToText(asString(part.body) ?? '');
        const at = instant(part.created_at);
        if (kind === 'assignment' && asRecord(part.assigned_to).type === 'team') {
          turns.push({
            role: 'system',
            text: `Assigned to team ${asString(asRecord(part.assigned_to).name) ?? asString(asRecord(part.assigned_to).id) ?? ''}`.trim(),
            at,
          });
        }
        if (!body || !SPOKEN.has(kind)) continue;
        const role =
          kind === 'note'
            ? 'system'
            : (ROLE[asString(asRecord(part.author).type) ?? ''] ?? 'system');
        turns.push({ role, text: body, at });
      }
      const contacts = recordsOf(asRecord(convo.contacts).contacts ?? [], []).map(asRecord);
      const customer =
        asString(contacts[0]?.external_id) ??
        asString(contacts[0]?.id) ??
        asString(sourceAuthor.email) ??
        asString(sourceAuthor.id);
      const rating = asRecord(convo.conversation_rating).rating;
      const state =
        asString(convo.state) ??
        (convo.open === false ? 'closed' : convo.open === true ? 'open' : null);
      const result = toTranscript(
        {
          id: asString(convo.id),
          customer_id: customer,
          channel:
            !asString(source.type) || source.type === 'conversation'
              ? 'chat'
              : asString(source.type),
          started_at: instant(convo.created_at),
          ended_at: turns[turns.length - 1]?.at ?? instant(convo.updated_at),
          turns,
          outcome: {
            resolved: state ? state === 'closed' : null,
            csat: typeof rating === 'number' && rating >= 1 && rating <= 5 ? rating : null,
          },
          metadata: {
            subject: asString(source.subject),
            state,
            tags: recordsOf(asRecord(convo.tags).tags ?? [], []).map((t) =>
              asString(asRecord(t).name),
            ),
            ...(asString(sourceAuthor.name) &&
            ROLE[asString(sourceAuthor.type) ?? ''] === 'customer'
              ? { customer_name: asString(sourceAuthor.name) }
              : {}),
          },
        },
        file,
        line,
      );
      yield 'error' in result ? result : { transcript: result.transcript, line };
    }
  }
};
