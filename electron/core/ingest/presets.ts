import { mappingPresetSchema, type MappingPreset } from '../../../shared/domain/ingest';
import type { Workspace } from '../workspace/workspace';

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** Saved column mappings, by name. */
export async function listPresets(ws: Workspace): Promise<MappingPreset[]> {
  const rows = (await (await ws.table('import_presets')).query().toArray()) as Array<{
    json: string;
  }>;
  return rows
    .map((row) => mappingPresetSchema.safeParse(JSON.parse(row.json)))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Saves a mapping under its name, replacing one with the same name. */
export async function savePreset(ws: Workspace, preset: MappingPreset): Promise<MappingPreset> {
  const saved = mappingPresetSchema.parse({ ...preset, updatedAt: new Date().toISOString() });
  const table = await ws.table('import_presets');
  await table.delete(`name = ${sql(saved.name)}`);
  await table.add([
    { name: saved.name, json: JSON.stringify(saved), updated_at: saved.updatedAt! },
  ]);
  return saved;
}
