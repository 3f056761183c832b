import { GleanerError } from '../../shared/errors';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { AppStateStore } from './app-state';
import { autoBackUpOnOpen } from './backups';
import type { AutoBackupStatus } from '../../shared/domain/backup';
import type { CredentialStore } from './export/credentials';
import { JobManager } from './jobs/manager';
import type { JobRunner } from './jobs/types';
import { defaultWorkspaceDir } from './paths';
import { resolveCurrentPerson } from './people/store';
import type { Person } from '../../shared/domain/people';
import type { StartupProblem } from '../../shared/domain/workspace';
import { readManifest } from './workspace/manifest';
import { Workspace, type CreateOptions } from './workspace/workspace';

export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What only the host (Electron main) can do; absent in the CLI and the e2e harness. */
export interface HostServices {
  pickFolder?: () => Promise<string | null>;
  /** Files to import (a native open dialog in the app); empty when cancelled. */
  pickFiles?: () => Promise<string[]>;
  /** Help-center credentials: the OS keychain in the app; environment variables otherwise. */
  credentials?: CredentialStore;
  /** Opens a file or folder with the system (an export's index.html). */
  openPath?: (path: string) => Promise<void>;
}

export interface AppCoreOptions {
  appDataDir: string;
  runner: JobRunner;
  emit?: EmitEvent;
  host?: HostServices;
  /** Runs the daily automatic backup (setting autoBackup) when a workspace is opened; the app does, the CLI does not. */
  backupOnOpen?: boolean;
}

/** The engine behind every IPC call and CLI command: the open workspace, the jobs and the events. */
export class AppCore {
  readonly appState: AppStateStore;
  readonly jobs: JobManager;
  readonly host: HostServices;
  private current: Workspace | null = null;
  /** Set when the last workspace failed to open at start, so the UI can say why another one is open. */
  startupProblem: StartupProblem | null = null;
  /** What the automatic backup did when the open workspace was opened (null: it did not run). */
  lastAutoBackup: AutoBackupStatus | null = null;
  /** The automatic backup in flight, which a restore waits for before replacing the folder. */
  pendingAutoBackup: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<EmitEvent>();

  constructor(readonly options: AppCoreOptions) {
    this.appState = new AppStateStore(options.appDataDir);
    this.host = options.host ?? {};
    if (options.emit) this.listeners.add(options.emit);
    this.jobs = new JobManager(options.runner, (job) => this.emit('job:progress', job));
  }

  readonly emit: EmitEvent = (event, payload) => {
    for (const listener of this.listeners) listener(event, payload);
  };

  subscribe(listener: EmitEvent): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get workspace(): Workspace | null {
    return this.current;
  }

  /** The open workspace, or E_NO_WORKSPACE. */
  requireWorkspace(): Workspace {
    if (!this.current) throw new GleanerError('E_NO_WORKSPACE', 'No workspace is open.');
    return this.current;
  }

  /** The profile acting on this machine in the open workspace. */
  async currentPerson(): Promise<Person> {
    const ws = this.requireWorkspace();
    const state = await this.appState.read();
    return resolveCurrentPerson(ws, state.currentPerson[ws.dir] ?? null);
  }

  async openWorkspace(dir: string): Promise<Workspace> {
    const next = await this.adopt(await Workspace.open(dir));
    if (this.options.backupOnOpen) this.pendingAutoBackup = autoBackUpOnOpen(this, next);
    return next;
  }

  /** Closes the open workspace without opening another (a restore replaces its folder, then opens it again). */
  closeWorkspace(): void {
    this.current?.close();
    this.current = null;
  }

  async createWorkspace(dir: string, options: CreateOptions = {}): Promise<Workspace> {
    return this.adopt(await Workspace.create(dir, options));
  }

  /**
   * Opens the last workspace. On first start it creates the default workspace as the demo workspace and
   * builds the demo data in the background (a job with progress), so the app opens on something to explore.
   */
  async openLastOrDefault(options: { demo?: boolean; demoConversations?: number } = {}): Promise<Workspace> {
    const { lastWorkspace } = await this.appState.read();
    if (lastWorkspace) {
      try {
        return await this.openWorkspace(lastWorkspace);
      } catch (error) {
        // The last workspace moved or broke: open the default one, and keep the reason for the UI to show.
        const code = error instanceof GleanerError ? error.code : 'E_INTERNAL';
        this.startupProblem = { dir: lastWorkspace, code, message: (error as Error).message };
      }
    }
    const dir = defaultWorkspaceDir(this.options.appDataDir);
    const firstStart = !(await readManifest(dir));
    const workspace = await this.createWorkspace(dir, { name: firstStart && options.demo !== false ? 'Northwind Mobile (demo)' : 'Default', isDemo: firstStart && options.demo !== false });
    if (firstStart && options.demo !== false) this.jobs.start(workspace, 'demo.build', options.demoConversations ? { conversations: options.demoConversations } : {});
    return workspace;
  }

  async dispose(): Promise<void> {
    await this.jobs.dispose();
    this.current?.close();
    this.current = null;
  }

  private async adopt(next: Workspace): Promise<Workspace> {
    if (this.current && this.current !== next) this.current.close();
    this.current = next;
    this.lastAutoBackup = null;
    await this.appState.rememberOpened(next.dir, next.name);
    this.emit('workspace:changed', await next.info());
    this.emit('settings:changed', next.settings());
    return next;
  }
}
