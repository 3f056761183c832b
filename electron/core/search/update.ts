import type { DocumentKind } from '../../../shared/domain/search';
import type { Workspace } from '../workspace/workspace';
import { embedderForBuild } from '../embed/load';
import { openSearchTable } from './connection';
import { docKey, type SearchDocument } from './document';
import { indexedText, toSearchRow } from './rows';
import { readSearchState } from './state';

/**
 * Adds or replaces documents in the live index (an article saved, a few conversations imported)
 * with the active build's embedder. Returns false when nothing is indexed yet: the next full
 * embedding run picks them up. LanceDB searches rows added after an index was built by a flat
 * scan until the next optimize(), so answers stay complete in between.
 */
export async function upsertDocuments(
  ws: Workspace,
  docs: readonly SearchDocument[],
): Promise<boolean> {
  const { active } = await readSearchState(ws.dir);
  if (!active || docs.length === 0) return false;
  const embedder = await embedderForBuild(ws, active);
  const vectors = await embedder.embedPassages(docs.map(indexedText));
  const table = await openSearchTable(ws, active.table);
  const rows = docs.map((doc, i) => toSearchRow(doc, vectors[i]!));
  await table
    .mergeInsert('doc_key')
    .whenMatchedUpdateAll()
    .whenNotMatchedInsertAll()
    .execute(rows as unknown as Array<Record<string, unknown>>);
  return true;
}

export async function removeDocuments(
  ws: Workspace,
  kind: DocumentKind,
  ids: readonly string[],
): Promise<void> {
  const { active } = await readSearchState(ws.dir);
  if (!active || ids.length === 0) return;
  const table = await openSearchTable(ws, active.table);
  const keys = ids.map((id) => `'${docKey(kind, id).replace(/'/g, "''")}'`);
  await table.delete(`doc_key IN (${keys.join(', ')})`);
}
