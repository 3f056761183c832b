import type { Turn } from '../../../../shared/domain/transcript';
import { toTranscript } from '../canonical';
import { parseInstant } from '../columns';
import type { FormatParser } from '../types';
import {
  asRecord,
  asString,
  htmlToText,
  readJsonRecords,
  recordsOf,
  type RecordShape,
} from './json-documents';

interface ZendeskUser {
  name: string | null;
  email: string | null;
  role: string | null;
}

const SOLVED = new Set(['solved', 'closed']);
const CSAT: Record<string, number> = { good: 5, bad: 1 };
/** API pages hold `tickets` (list endpoints) or `results` (search), and the users they refer to. */
const PAGE: RecordShape = { arrays: ['tickets', 'results'], side: 'users' };

const usersOf = (list: unknown): Map<string, ZendeskUser> => {
  const users = new Map<string, ZendeskUser>();
  for (const raw of recordsOf(list ?? [], [])) {
    const user = asRecord(raw);
    const id = asString(user.id);
    if (id)
      users.set(id, {
        name: asString(user.name),
        email: asString(user.email),
        role: asString(user.role),
      });
  }
  return users;
};

/**
 * Zendesk tickets with their comments: the JSON export (one ticket per line) or API pages
 * (`{"tickets": [...], "users": [...]}`). The requester's comments are the customer's, other public
 * comments the agents', private notes become internal system turns the customer never saw.
 */
export const parseZendesk: FormatParser = async function* ({ file, text }) {
  let users = new Map<string, ZendeskUser>();
  let usersFrom: unknown;
  for await (const doc of readJsonRecords(text, file, PAGE)) {
    if ('error' in doc) {
      yield doc;
      continue;
    }
    // A document's records come in many batches that share its users: build their map once.
    if (doc.side !== usersFrom) users = usersOf((usersFrom = doc.side));
    for (const [index, raw] of doc.records.entries()) {
      const line = doc.line + index;
      const ticket = asRecord(raw);
      const requesterId = asString(ticket.requester_id);
      const requester = requesterId ? users.get(requesterId) : undefined;
      const comments = recordsOf(ticket.comments ?? [], ['comments']).map(asRecord);
      const turns: Turn[] = comments.map((c) => {
        const author = asString(c.author_id);
        const body =
          asString(c.plain_body) ?? asString(c.body) ?? htmlToText(asString(c.html_body) ?? '');
        const isCustomer =
          (author !== null && author === requesterId) ||
          users.get(author ?? '')?.role === 'end-user';
        const role = c.public === false ? 'system' : isCustomer ? 'customer' : 'agent';
        return { role, text: body, at: parseInstant(asString(c.created_at) ?? '') };
      });
      if (turns.length === 0 && asString(ticket.description))
        turns.push({
          role: 'customer',
          text: asString(ticket.description)!,
          at: parseInstant(asString(ticket.created_at) ?? ''),
        });
      const status = asString(ticket.status);
      const tags = Array.isArray(ticket.tags)
        ? ticket.tags.filter((t): t is string => typeof t === 'string')
        : [];
      const score = asString(asRecord(ticket.satisfaction_rating).score);
      const escalatedTag = tags.some((t) => /escalat|tier_?2|level_?2/i.test(t));
      const result = toTranscript(
        {
          id: asString(ticket.id),
          customer_id: requester?.email ?? requesterId,
          channel: asString(asRecord(ticket.via).channel) ?? 'email',
          started_at: parseInstant(asString(ticket.created_at) ?? ''),
          ended_at: turns[turns.length - 1]?.at ?? parseInstant(asString(ticket.updated_at) ?? ''),
          turns,
          outcome: {
            resolved: status ? SOLVED.has(status) : null,
            ...(escalatedTag ? { escalated: true } : {}),
            csat: score ? (CSAT[score] ?? null) : null,
          },
          metadata: {
            subject: asString(ticket.subject),
            status,
            priority: asString(ticket.priority),
            tags,
            ...(requester?.name ? { requester_name: requester.name } : {}),
            private_notes: turns.filter((t) => t.role === 'system').length,
          },
        },
        file,
        line,
      );
      yield 'error' in result ? result : { transcript: result.transcript, line };
    }
  }
};
