import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import type { Connection, Table } from '@lancedb/lancedb';
import { GleanerError } from '../../../shared/errors';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/domain/settings';
import type { WorkspaceInfo } from '../../../shared/domain/workspace';
import { readJsonIfExists, writeFileAtomic } from '../util/fs';
import { lanceSession } from './lance-session';
import { readManifest, writeManifest, type Manifest } from './manifest';
import { TABLES, WORKSPACE_FORMAT_VERSION } from './registry';
import type { TableDef } from './table-def';

const DB_DIR = 'db';
const SETTINGS_FILE = 'settings.json';

export interface CreateOptions {
  name?: string;
  isDemo?: boolean;
}

/** A workspace folder: the LanceDB database, the settings and the models' cache. */
export class Workspace {
  private readonly tables = new Map<string, Table>();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly connection: Connection,
    private manifest: Manifest,
    private settingsCache: Settings,
  ) {}

  static async create(dir: string, options: CreateOptions = {}): Promise<Workspace> {
    const absolute = resolve(dir);
    if (await readManifest(absolute)) return Workspace.open(absolute);
    await mkdir(absolute, { recursive: true });
    await writeManifest(absolute, {
      formatVersion: WORKSPACE_FORMAT_VERSION,
      name: options.name ?? basename(absolute),
      createdAt: new Date().toISOString(),
      isDemo: options.isDemo ?? false,
      tables: {},
    });
    return Workspace.open(absolute);
  }

  static async open(dir: string, tableDefs: readonly TableDef[] = TABLES): Promise<Workspace> {
    const absolute = resolve(dir);
    const manifest = await readManifest(absolute);
    if (!manifest) throw new GleanerError('E_NOT_FOUND', `${absolute} is not a Gleaner workspace (no manifest).`);
    if (manifest.formatVersion > WORKSPACE_FORMAT_VERSION) {
      throw new GleanerError(
        'E_WORKSPACE_NEWER',
        `${absolute} was written by a newer Gleaner (format ${manifest.formatVersion}); this version reads up to ${WORKSPACE_FORMAT_VERSION}. Update Gleaner to open it.`,
      );
    }
    const connection = await lancedb.connect(join(absolute, DB_DIR), {
      readConsistencyInterval: 0,
      session: lanceSession(),
    });
    const settings = await loadSettings(absolute);
    const workspace = new Workspace(absolute, connection, manifest, settings);
    await workspace.ensureTables(tableDefs);
    await workspace.checkTables(tableDefs);
    return workspace;
  }

  get name(): string {
    return this.manifest.name;
  }

  get isDemo(): boolean {
    return this.manifest.isDemo;
  }

  get modelsDir(): string {
    return join(this.dir, 'models');
  }

  async table(name: string): Promise<Table> {
    const cached = this.tables.get(name);
    if (cached) return cached;
    try {
      const table = await this.connection.openTable(name);
      this.tables.set(name, table);
      return table;
    } catch (error) {
      throw new GleanerError(
        'E_WORKSPACE_CORRUPT',
        `Table "${name}" of ${this.dir} cannot be opened: ${(error as Error).message}`,
        { table: name },
      );
    }
  }

  async info(): Promise<WorkspaceInfo> {
    const tables = [];
    for (const def of TABLES) {
      const table = await this.table(def.name);
      tables.push({ name: def.name, schemaVersion: this.manifest.tables[def.name] ?? def.version, rows: await table.countRows() });
    }
    return {
      dir: this.dir,
      name: this.manifest.name,
      formatVersion: this.manifest.formatVersion,
      createdAt: this.manifest.createdAt,
      isDemo: this.manifest.isDemo,
      tables,
    };
  }

  settings(): Settings {
    return this.settingsCache;
  }

  /** Re-reads settings.json: a worker's long-lived connection must see what the app changed since. */
  async reloadSettings(): Promise<Settings> {
    this.settingsCache = await loadSettings(this.dir);
    return this.settingsCache;
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    const next = settingsSchema.parse({ ...this.settingsCache, ...patch });
    await writeFileAtomic(join(this.dir, SETTINGS_FILE), `${JSON.stringify(next, null, 2)}\n`);
    this.settingsCache = next;
    return next;
  }

  async markDemo(isDemo: boolean): Promise<void> {
    this.manifest = { ...this.manifest, isDemo };
    await writeManifest(this.dir, this.manifest);
  }

  /** Compacts every table: merges the small files that many batched writes leave behind. */
  async compact(onTable?: (name: string, index: number) => void, signal?: AbortSignal): Promise<void> {
    for (const [index, def] of TABLES.entries()) {
      if (signal?.aborted) throw new GleanerError('E_CANCELLED', 'Compaction was cancelled.');
      onTable?.(def.name, index);
      const table = await this.table(def.name);
      await table.optimize({ cleanupOlderThan: new Date(Date.now() - 60_000) });
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const table of this.tables.values()) table.close();
    this.tables.clear();
    this.connection.close();
  }

  /** Reads every table once so a damaged file is reported at open, not as a blank screen later. */
  private async checkTables(defs: readonly TableDef[]): Promise<void> {
    for (const def of defs) {
      try {
        await (await this.table(def.name)).countRows();
      } catch (error) {
        this.close();
        if (error instanceof GleanerError && error.code === 'E_WORKSPACE_CORRUPT') throw error;
        throw new GleanerError(
          'E_WORKSPACE_CORRUPT',
          `Table "${def.name}" of ${this.dir} is damaged (${(error as Error).message}). Restore the workspace from a backup.`,
          { table: def.name },
        );
      }
    }
  }

  private async ensureTables(defs: readonly TableDef[]): Promise<void> {
    const existing = new Set(await this.connection.tableNames());
    let changed = false;
    for (const def of defs) {
      const stored = this.manifest.tables[def.name];
      if (stored !== undefined && stored > def.version) {
        throw new GleanerError(
          'E_WORKSPACE_NEWER',
          `Table "${def.name}" of ${this.dir} has schema version ${stored}; this Gleaner reads up to ${def.version}. Update Gleaner to open it.`,
          { table: def.name, stored, supported: def.version },
        );
      }
      if (!existing.has(def.name)) {
        if (stored !== undefined) {
          throw new GleanerError(
            'E_WORKSPACE_CORRUPT',
            `Table "${def.name}" is missing from ${this.dir}. Restore the workspace from a backup.`,
            { table: def.name },
          );
        }
        await this.connection.createEmptyTable(def.name, def.schema);
      } else if (stored !== undefined && stored < def.version) {
        const table = await this.table(def.name);
        for (let version = stored + 1; version <= def.version; version += 1) {
          const migrate = def.migrations?.[version];
          if (!migrate) throw new GleanerError('E_INTERNAL', `No migration of "${def.name}" to version ${version}.`);
          await migrate(table, this.connection);
        }
      }
      if (stored !== def.version) {
        this.manifest = { ...this.manifest, tables: { ...this.manifest.tables, [def.name]: def.version } };
        changed = true;
      }
    }
    if (changed) await writeManifest(this.dir, this.manifest);
  }
}

async function loadSettings(dir: string): Promise<Settings> {
  const raw = await readJsonIfExists(join(dir, SETTINGS_FILE));
  if (raw === undefined) return defaultSettings();
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
