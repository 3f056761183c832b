import type { ArticleFilter, ArticleSummary } from '../../../shared/domain/article';
import type { Workspace } from '../workspace/workspace';
import { sqlString } from './rows';
import { readSummaryRows, summaryOf } from './store';

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Articles matching every given filter, most recently updated first. The query searches title, tags and body. */
export async function listArticles(ws: Workspace, filter: ArticleFilter = {}, now = new Date()): Promise<ArticleSummary[]> {
  const rows = await readSummaryRows(ws);
  const summaries = rows.map((row) => summaryOf(row, rows));
  const today = now.toISOString().slice(0, 10);
  const query = normalize(filter.query?.trim() ?? '');
  const bodyMatches = query ? await idsWithBodyMatching(ws, query) : new Set<string>();
  return summaries
    .filter((a) => !filter.states?.length || filter.states.includes(a.state))
    .filter((a) => !filter.tag || a.tags.includes(filter.tag))
    .filter((a) => !filter.owner || a.owner === filter.owner)
    .filter((a) => !filter.language || a.language === filter.language)
    .filter((a) => !filter.reviewDue || (a.reviewBy <= today && a.state !== 'archived'))
    .filter((a) => !query || normalize(`${a.title}\n${a.tags.join(' ')}\n${a.slug}`).includes(query) || bodyMatches.has(a.id))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

async function idsWithBodyMatching(ws: Workspace, query: string): Promise<Set<string>> {
  const escaped = query.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await (await ws.table('articles'))
    .query()
    .where(`lower(text) LIKE ${sqlString(`%${escaped}%`)}`)
    .select(['id'])
    .toArray();
  return new Set((rows as Array<{ id: string }>).map((row) => row.id));
}
