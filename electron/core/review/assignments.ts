import { assignmentSchema, type Assignment } from '../../../shared/domain/review';
import type { Person } from '../../../shared/domain/people';
import type { Workspace } from '../workspace/workspace';

interface Row {
  article_id: string;
  reviewer_id: string;
  reviewer_name: string;
  assigned_by_id: string;
  assigned_by_name: string;
  assigned_at: string;
  due: string;
}

const fromRow = (row: Row): Assignment =>
  assignmentSchema.parse({
    articleId: row.article_id,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
    assignedById: row.assigned_by_id,
    assignedByName: row.assigned_by_name,
    assignedAt: row.assigned_at,
    due: row.due,
  });

export async function addAssignment(ws: Workspace, articleId: string, reviewer: Person, by: Person, due: string): Promise<Assignment> {
  const assignment: Assignment = {
    articleId,
    reviewerId: reviewer.id,
    reviewerName: reviewer.name,
    assignedById: by.id,
    assignedByName: by.name,
    assignedAt: new Date().toISOString(),
    due,
  };
  await (await ws.table('review_assignments')).add([
    {
      article_id: articleId,
      reviewer_id: reviewer.id,
      reviewer_name: reviewer.name,
      assigned_by_id: by.id,
      assigned_by_name: by.name,
      assigned_at: assignment.assignedAt,
      due,
    },
  ]);
  return assignment;
}

/** The current assignment of every article that has one (its newest). */
export async function currentAssignments(ws: Workspace): Promise<Map<string, Assignment>> {
  const rows = (await (await ws.table('review_assignments')).query().toArray()) as Row[];
  const latest = new Map<string, Assignment>();
  for (const assignment of rows.map(fromRow)) {
    const seen = latest.get(assignment.articleId);
    if (!seen || assignment.assignedAt > seen.assignedAt) latest.set(assignment.articleId, assignment);
  }
  return latest;
}
