import { lifecycleStateSchema } from '../../../shared/domain/lifecycle';
import type { Person } from '../../../shared/domain/people';
import { mayDelete } from '../../../shared/domain/permissions';
import { GleanerError } from '../../../shared/errors';
import { appendAudit } from '../audit/log';
import type { Workspace } from '../workspace/workspace';
import { deleteArticles, readSummaryRows } from './store';

/**
 * Deletes articles with their history, on record: one audit entry per article. Articles a reviewer has seen
 * (approved, published, needing review, archived) only a reviewer or an admin may delete; if any is refused, none goes.
 */
export async function removeArticles(ws: Workspace, ids: readonly string[], actor: Person): Promise<number> {
  const wanted = new Set(ids);
  const rows = (await readSummaryRows(ws)).filter((row) => wanted.has(row.id));
  const refused = rows.filter((row) => !mayDelete(actor.role, lifecycleStateSchema.parse(row.state)));
  if (refused.length > 0) {
    const titles = refused.slice(0, 3).map((row) => `"${row.title}"`).join(', ');
    throw new GleanerError('E_FORBIDDEN', `Only a reviewer or an admin can delete reviewed articles; ${actor.name} is ${actor.role}: ${titles}${refused.length > 3 ? ` and ${refused.length - 3} more` : ''}.`);
  }
  const deleted = await deleteArticles(ws, rows.map((row) => row.id));
  for (const row of rows) {
    await appendAudit(ws, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'article_deleted',
      subjectKind: 'article',
      subjectId: row.id,
      details: { title: row.title, state: row.state, version: Number(row.version) },
    });
  }
  return deleted;
}
