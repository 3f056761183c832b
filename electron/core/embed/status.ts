import { LEXICAL_MODEL, type EmbedStatus } from '../../../shared/domain/embed';
import type { Workspace } from '../workspace/workspace';
import { openSearchTable } from '../search/connection';
import { isBuildAlive, readSearchState } from '../search/state';
import { hasAnnIndex } from '../search/ann';

/** What answers searches now; `lexicalOnly` lets the UI say that no neural model is in use. */
export async function embedStatus(ws: Workspace): Promise<EmbedStatus> {
  const state = await readSearchState(ws.dir);
  const active = state.active;
  let documents = 0;
  let annIndex = false;
  if (active) {
    const table = await openSearchTable(ws, active.table).catch(() => null);
    documents = table ? await table.countRows() : 0;
    annIndex = table ? await hasAnnIndex(table) : false;
  }
  const activeModel = active?.model ?? LEXICAL_MODEL;
  return {
    activeModel,
    lexicalOnly: activeModel === LEXICAL_MODEL,
    documents,
    dimension: active?.dimension ?? 0,
    building: state.building && isBuildAlive(state.building) ? state.building.model : null,
    annIndex,
    builtAt: active?.builtAt ?? null,
  };
}
