import { randomUUID } from 'node:crypto';
import { checklistSchema, decisionSchema, type Decision } from '../../../shared/domain/review';
import type { Workspace } from '../workspace/workspace';

interface Row {
  id: string;
  article_id: string;
  article_version: number;
  reviewer_id: string;
  reviewer_name: string;
  decision: string;
  reason: string;
  checklist_json: string;
  at: string;
}

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

const fromRow = (row: Row): Decision =>
  decisionSchema.parse({
    id: row.id,
    articleId: row.article_id,
    articleVersion: Number(row.article_version),
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
    decision: row.decision,
    reason: row.reason,
    checklist: checklistSchema.parse(JSON.parse(row.checklist_json)),
    at: row.at,
  });

export async function recordDecision(ws: Workspace, decision: Omit<Decision, 'id' | 'at'>): Promise<Decision> {
  const stored: Decision = { ...decision, id: randomUUID(), at: new Date().toISOString() };
  await (await ws.table('review_decisions')).add([
    {
      id: stored.id,
      article_id: stored.articleId,
      article_version: stored.articleVersion,
      reviewer_id: stored.reviewerId,
      reviewer_name: stored.reviewerName,
      decision: stored.decision,
      reason: stored.reason,
      checklist_json: JSON.stringify(stored.checklist),
      at: stored.at,
    },
  ]);
  return stored;
}

/** Decisions, oldest first; of one article, or of all when `articleId` is absent. */
export async function listDecisions(ws: Workspace, articleId?: string): Promise<Decision[]> {
  const table = await ws.table('review_decisions');
  const rows = (await (articleId ? table.query().where(`article_id = ${sql(articleId)}`) : table.query()).toArray()) as Row[];
  return rows.map(fromRow).sort((a, b) => a.at.localeCompare(b.at));
}
