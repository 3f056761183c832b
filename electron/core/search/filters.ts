import type { DocumentKind, SearchFilters } from '../../../shared/domain/search';

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The SQL filter of a search: kinds and metadata, values quoted (filters come from the UI and the CLI). */
export function searchWhere(
  kinds: readonly DocumentKind[] | undefined,
  filters: SearchFilters | undefined,
  excludeKey?: string,
): string | undefined {
  const parts: string[] = [];
  if (kinds && kinds.length > 0) parts.push(`kind IN (${kinds.map(sql).join(', ')})`);
  if (filters?.language) parts.push(`language = ${sql(filters.language)}`);
  if (filters?.channel) parts.push(`channel = ${sql(filters.channel)}`);
  const from = filters?.from ? Date.parse(filters.from) : NaN;
  const to = filters?.to ? Date.parse(filters.to) : NaN;
  if (Number.isFinite(from)) parts.push(`started_ms >= ${from}`);
  if (Number.isFinite(to)) parts.push(`started_ms < ${to}`);
  if (excludeKey) parts.push(`doc_key <> ${sql(excludeKey)}`);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}
