import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readJsonIfExists, writeFileAtomic } from './util/fs';

const appStateSchema = z.object({
  lastWorkspace: z.string().nullable().default(null),
  /** The profile this machine acts as, per workspace folder. */
  currentPerson: z.record(z.string(), z.string()).default({}),
  workspaces: z
    .array(z.object({ dir: z.string(), name: z.string(), lastOpenedAt: z.string().nullable() }))
    .default([]),
});
export type AppState = z.infer<typeof appStateSchema>;

/** What the app remembers outside any workspace: the known workspaces and the last one opened. */
export class AppStateStore {
  constructor(private readonly appDataDir: string) {}

  private get path(): string {
    return join(this.appDataDir, 'app-state.json');
  }

  async read(): Promise<AppState> {
    const parsed = appStateSchema.safeParse((await readJsonIfExists(this.path).catch(() => undefined)) ?? {});
    return parsed.success ? parsed.data : appStateSchema.parse({});
  }

  async rememberOpened(dir: string, name: string): Promise<void> {
    const state = await this.read();
    const absolute = resolve(dir);
    const now = new Date().toISOString();
    const others = state.workspaces.filter((w) => w.dir !== absolute);
    await this.write({ ...state, lastWorkspace: absolute, workspaces: [{ dir: absolute, name, lastOpenedAt: now }, ...others] });
  }

  async setCurrentPerson(dir: string, personId: string): Promise<void> {
    const state = await this.read();
    await this.write({ ...state, currentPerson: { ...state.currentPerson, [resolve(dir)]: personId } });
  }

  private write(state: AppState): Promise<void> {
    return writeFileAtomic(this.path, JSON.stringify(state, null, 2));
  }
}
