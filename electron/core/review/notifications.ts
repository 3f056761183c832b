import type { Person } from '../../../shared/domain/people';
import type { Notification, Notifications } from '../../../shared/domain/review';
import { readSummaryRows } from '../articles/store';
import { readAudit } from '../audit/log';
import { listPeople } from '../people/store';
import type { Workspace } from '../workspace/workspace';

const MAX_NOTIFICATIONS = 50;
const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

async function seenSeq(ws: Workspace, personId: string): Promise<number> {
  const rows = (await (await ws.table('review_reads')).query().where(`person_id = ${sql(personId)}`).toArray()) as Array<{ seen_seq: bigint | number }>;
  return rows.reduce((max, row) => Math.max(max, Number(row.seen_seq)), -1);
}

/** Marks every notification up to the audit entry `seq` as read for `person`. */
export async function markNotificationsRead(ws: Workspace, person: Person, seq: number): Promise<void> {
  if (seq <= (await seenSeq(ws, person.id))) return;
  await (await ws.table('review_reads')).mergeInsert('person_id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute([{ person_id: person.id, seen_seq: BigInt(seq) }]);
}

/**
 * A person's notifications, read from the audit log: articles assigned to them, decisions on their
 * articles and comments on them, by someone else; newest first.
 */
export async function notificationsFor(ws: Workspace, me: Person): Promise<Notifications> {
  const [entries, articles, people, seen] = await Promise.all([readAudit(ws), readSummaryRows(ws), listPeople(ws), seenSeq(ws, me.id)]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const isMine = (owner: string): boolean => owner === me.id || (owner === me.name && !people.some((p) => p.id === owner));
  const items: Notification[] = [];
  for (const entry of entries) {
    if (entry.subjectKind !== 'article' || entry.actorId === me.id) continue;
    const article = byId.get(entry.subjectId);
    if (!article) continue;
    const kind =
      entry.action === 'submit' && entry.details.reviewerId === me.id
        ? 'assigned'
        : entry.action === 'request_changes' && isMine(article.owner)
          ? 'changes_requested'
          : entry.action === 'approve' && isMine(article.owner)
            ? 'approved'
            : entry.action === 'comment' && isMine(article.owner)
              ? 'comment'
              : null;
    if (kind) items.push({ seq: entry.seq, kind, articleId: article.id, articleTitle: article.title, actorName: entry.actorName, at: entry.at, unread: entry.seq > seen });
  }
  const newest = items.reverse().slice(0, MAX_NOTIFICATIONS);
  return { items: newest, unread: items.filter((n) => n.unread).length };
}
