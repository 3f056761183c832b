import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createDispatch, type Dispatch } from '../../electron/core/api';
import { AppCore } from '../../electron/core/app-core';
import { createThreadJobRunner } from '../../electron/core/jobs/thread-runner';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveStatic } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the built renderer is; GLEANER_RENDERER_OUT (absolute) keeps parallel runs apart. */
const RENDERER = process.env.GLEANER_RENDERER_OUT ?? join(ROOT, 'dist', 'renderer');

export interface HarnessOptions {
  colorScheme?: 'light' | 'dark';
  locale?: 'en-US' | 'zh-CN';
  viewport?: { width: number; height: number };
  /** Fills the workspace before the page opens. */
  seed?: (core: AppCore) => Promise<void>;
  /** What the host's folder picker answers (the app shows a native dialog). */
  pickFolder?: () => Promise<string | null>;
  /** What the host's file picker answers (the import dialog's "Choose files"). */
  pickFiles?: () => Promise<string[]>;
}

export interface Harness {
  page: Page;
  core: AppCore;
  dispatch: Dispatch;
  dir: string;
  /** Switches the OS colour scheme the page sees (prefers-color-scheme). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Errors the page logged or threw; a test fails if any appear unexpectedly. */
  pageErrors: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;

/** The newest modification time of the files the renderer is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer once: skipped when run.mjs already built it (GLEANER_E2E_BUILT), when asked
 * (GLEANER_E2E_SKIP_BUILD=1) or when the build is newer than every source it comes from.
 */
function ensureBuilt(): void {
  const index = join(RENDERER, 'index.html');
  if (existsSync(index)) {
    if (process.env.GLEANER_E2E_BUILT === '1' || process.env.GLEANER_E2E_SKIP_BUILD === '1') return;
    const sources = Math.max(
      newestSource(join(ROOT, 'renderer')),
      newestSource(join(ROOT, 'shared')),
    );
    if (statSync(index).mtimeMs > sources) return;
  }
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    // vitest sets NODE_ENV=test, which would make a development build (React and antd dev warnings).
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error('The renderer build failed.');
  process.env.GLEANER_E2E_BUILT = '1';
}

async function shared(): Promise<{ browser: Browser; url: string }> {
  ensureBuilt();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: set GLEANER_CHROMIUM.');
  browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  server ??= await serveStatic(RENDERER);
  return { browser, url: server.url };
}

/** Stops the browser and the static server; call in afterAll. */
export async function stopShared(): Promise<void> {
  await browser?.close();
  await server?.close();
  browser = undefined;
  server = undefined;
}

/**
 * Opens the built renderer in Chromium with `window.gleaner` bound to the real dispatch of a real
 * AppCore on a temporary workspace: only the transport differs from the app.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { browser: b, url } = await shared();
  const dir = await mkdtemp(join(tmpdir(), 'gleaner-e2e-'));
  const core = new AppCore({
    appDataDir: join(dir, 'app'),
    runner: createThreadJobRunner(),
    host: {
      pickFolder: options.pickFolder ?? (async () => null),
      pickFiles: options.pickFiles ?? (async () => []),
    },
  });
  await core.createWorkspace(join(dir, 'workspace'), { name: 'E2E workspace' });
  await options.seed?.(core);
  const dispatch = createDispatch(core);

  const context: BrowserContext = await b.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.exposeFunction('__gleanerInvoke', (channel: string, input: unknown) =>
    dispatch(channel, input),
  );
  // Under tsx (benchmarks), esbuild's keepNames wraps functions in __name(), which pages lack.
  await page.addInitScript('globalThis.__name ??= (target) => target;');
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const w = window as unknown as Record<string, unknown>;
    w.__gleanerEmit = (event: string, payload: unknown) =>
      listeners.get(event)?.forEach((listener) => listener(payload));
    w.gleaner = Object.freeze({
      platform: 'linux',
      invoke: (channel: string, input: unknown) =>
        (w.__gleanerInvoke as (c: string, i: unknown) => Promise<unknown>)(channel, input),
      on: (event: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    });
  });
  const unsubscribe = core.subscribe((event, payload) => {
    void page
      .evaluate(
        ([e, p]) =>
          (window as unknown as { __gleanerEmit: (e: string, p: unknown) => void }).__gleanerEmit(
            e as string,
            p,
          ),
        [event, payload] as const,
      )
      .catch(() => undefined);
  });
  await page.goto(url);
  await page.getByRole('main').waitFor();

  return {
    page,
    core,
    dispatch,
    dir,
    pageErrors,
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    async close() {
      unsubscribe();
      await context.close();
      await core.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
