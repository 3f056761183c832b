/**
 * Scale benchmark (issue #11, item 4): a generated workspace of N conversations (default 100,000,
 * `--conversations N`) from the seeded demo generator, then each phase in its own process with its peak
 * RSS (sampled every 100 ms): generate, import (the JSON Lines import path `buildDemoWorkspace` uses),
 * lexical embedding (the `gleaner embed` job), topics (ensureTopics) and friction (the Insights table).
 * Then the built UI in Chromium through the e2e harness on that workspace, timing with the page's own
 * clock each interaction from its input event to the frame that shows the result:
 *   Transcripts: large wheel steps through the virtualized list (to the first frame at the new position,
 *   and to the frame where every visible row has its data), a language / outcome filter and Clear
 *   filters (to the new count and loaded rows), a search submitted with Enter;
 *   Insights: sorting a column, a language filter and Clear filters (to the updated table).
 * Target: every interaction answers within 100 ms. `--dir DIR` keeps the data in DIR (and reuses a
 * workspace already built there with `--ui-only`). Prints a Markdown section.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startHarness, stopShared } from '../../test/e2e/harness';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const CONVERSATIONS = Number(arg('conversations') ?? 100_000);
const KEEP_DIR = arg('dir');
const UI_ONLY = process.argv.includes('--ui-only');
const TARGET_MS = 100;
const log = (text: string) => process.stderr.write(`bench scale: ${text}\n`);

interface PhaseResult {
  seconds: number;
  peakRssMb: number;
  maxRssMb: number;
  steps: Array<{ step: string; seconds: number; peakRssMb: number }>;
  [key: string]: unknown;
}

function runPhase(...args: string[]): PhaseResult {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', join(here, 'phase.ts'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: join(here, '../..'),
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`phase ${args[0]} failed with ${result.status ?? result.signal}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as PhaseResult;
}

// ---------------------------------------------------------------------------------------------------
// In the page: an input event starts the clock; the frame where the condition holds stops it.

type Condition =
  | { kind: 'frame' }
  | { kind: 'scroll'; before: number }
  | { kind: 'count'; before: string }
  | { kind: 'table'; beforeKeys: string; beforeSummary: string };

interface Timing {
  /** Input → the first frame that changed anything the condition looks at (scroll: the new position). */
  firstMs: number;
  /** Input → the frame showing the complete result. */
  doneMs: number;
}

async function arm(page: Page, eventType: string): Promise<void> {
  await page.evaluate((type) => {
    const w = window as unknown as { __t0: number | null; __off?: () => void };
    w.__off?.();
    w.__t0 = null;
    const on = (event: Event) => {
      if (w.__t0 === null) w.__t0 = Math.min(event.timeStamp, performance.now());
    };
    document.addEventListener(type, on, { capture: true });
    w.__off = () => document.removeEventListener(type, on, { capture: true });
  }, eventType);
}

async function settle(page: Page, condition: Condition): Promise<Timing> {
  return page.evaluate(async (c) => {
    const w = window as unknown as { __t0: number | null; __off?: () => void };
    const frame = () => new Promise<number>((ok) => requestAnimationFrame(() => ok(performance.now())));
    const main = document.querySelector('main')!;
    const scroller = () => main.querySelector<HTMLElement>('.transcripts-list-scroll');
    const rowsLoaded = (): boolean => {
      const el = scroller();
      if (!el) return main.querySelector('.transcripts-list-none') !== null;
      const view = el.getBoundingClientRect();
      const slots = [...el.querySelectorAll<HTMLElement>('.transcripts-row-slot')].filter((slot) => {
        const box = slot.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
      return slots.length > 0 && slots.every((slot) => slot.querySelector('.transcripts-row[data-key]') !== null);
    };
    const tableKeys = () => [...main.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map((tr) => tr.getAttribute('data-row-key')).join(',');
    const summary = () => [...main.querySelectorAll('.ant-typography')].find((e) => / over .* weeks/.test(e.textContent ?? ''))?.textContent ?? '';
    const count = () => main.querySelector('.transcripts-list-count')?.textContent ?? '';
    let first: number | null = null;
    const deadline = performance.now() + 60_000;
    for (;;) {
      const now = await frame();
      if (now > deadline) {
        const el = scroller();
        const state = el ? `scrollTop ${el.scrollTop}/${el.scrollHeight}, slots ${el.querySelectorAll('.transcripts-row-slot').length}, loaded ${el.querySelectorAll('.transcripts-row[data-key]').length}` : 'no list';
        throw new Error(`no update within 60 s (${JSON.stringify(c)}; ${state}; count ${count()}; ${tableKeys().slice(0, 40)})`);
      }
      let changed = false;
      let done = false;
      if (c.kind === 'frame') {
        changed = true;
        done = true;
      } else if (c.kind === 'scroll') {
        changed = (scroller()?.scrollTop ?? c.before) !== c.before;
        done = changed && rowsLoaded();
      } else if (c.kind === 'count') {
        const text = count();
        changed = text !== c.before;
        done = changed && /^[\d,]+ conversations?$/.test(text) && rowsLoaded();
      } else {
        const keys = tableKeys();
        changed = keys !== c.beforeKeys || summary() !== c.beforeSummary;
        done = changed && keys !== '' && main.querySelector('.ant-spin-spinning') === null;
      }
      if (changed && first === null) first = now;
      if (done) {
        // A task queued from the frame's rAF runs once that frame is painted.
        await new Promise((ok) => setTimeout(ok, 0));
        const end = performance.now();
        const t0 = w.__t0 ?? end;
        w.__off?.();
        return { firstMs: (first ?? end) - t0, doneMs: end - t0 };
      }
    }
  }, condition);
}

const quiet = (page: Page, ms = 400) => page.waitForTimeout(ms);

// ---------------------------------------------------------------------------------------------------

interface Interaction {
  screen: string;
  name: string;
  samples: Timing[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function transcripts(page: Page, out: Interaction[]): Promise<void> {
  const main = page.getByRole('main');
  await page.keyboard.press('Control+2');
  const count = main.locator('.transcripts-list-count');
  await page.waitForFunction(() => /^[\d,]+ conversations?$/.test(document.querySelector('main .transcripts-list-count')?.textContent ?? ''), null, { timeout: 120_000 });
  await main.locator('.transcripts-row[data-key]').first().waitFor({ timeout: 60_000 });

  const wheel = async (name: string, dy: number, times: number) => {
    const listBox = (await main.locator('.transcripts-list-scroll').boundingBox())!;
    await page.mouse.move(listBox.x + listBox.width / 2, listBox.y + listBox.height / 2);
    const samples: Timing[] = [];
    for (let i = 0; i < times; i += 1) {
      await quiet(page);
      const { before, room } = await main.locator('.transcripts-list-scroll').evaluate((el) => ({ before: el.scrollTop, room: el.scrollHeight - el.clientHeight - el.scrollTop }));
      await arm(page, 'wheel');
      // Near the end of a short list, the step goes back up.
      await page.mouse.wheel(0, room >= dy ? dy : -Math.min(dy, before));
      samples.push(await settle(page, { kind: 'scroll', before }));
    }
    out.push({ screen: 'Transcripts', name, samples });
  };
  log('transcripts: the frame baseline…');
  const baseline: Timing[] = [];
  for (let i = 0; i < 10; i += 1) {
    await quiet(page, 200);
    await arm(page, 'pointerdown');
    await main.locator('.transcripts-list-count').click();
    baseline.push(await settle(page, { kind: 'frame' }));
  }
  out.push({ screen: 'Transcripts', name: 'baseline: click on inert text → next painted frame (machine load floor)', samples: baseline });

  log('transcripts: scrolling…');
  // Dragging the scroll bar: the position jumps, no smooth-scroll animation; the clock starts at the jump.
  const jumps: Timing[] = [];
  for (let i = 1; i <= 6; i += 1) {
    await quiet(page);
    const before = await main.locator('.transcripts-list-scroll').evaluate((el, step) => {
      const previous = el.scrollTop;
      (window as unknown as { __t0: number }).__t0 = performance.now();
      el.scrollTop = ((el.scrollHeight - el.clientHeight) * ((step * 37) % 100)) / 100;
      return previous;
    }, i);
    jumps.push(await settle(page, { kind: 'scroll', before }));
  }
  out.push({ screen: 'Transcripts', name: 'scroll bar jump to another part of the list', samples: jumps });
  await wheel('scroll, wheel steps of 3,000 px (~33 rows)', 3000, 10);
  await wheel('scroll, wheel steps of 150,000 px (~1,600 rows)', 150_000, 6);

  const pick = async (label: string, option: string): Promise<Timing> => {
    await quiet(page);
    await main.getByRole('combobox', { name: label }).click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
    await item.waitFor();
    const before = (await count.textContent()) ?? '';
    await arm(page, 'pointerdown');
    await item.click();
    return settle(page, { kind: 'count', before });
  };
  const clear = async (): Promise<Timing> => {
    await quiet(page);
    const before = (await count.textContent()) ?? '';
    await arm(page, 'pointerdown');
    await main.getByRole('button', { name: 'Clear filters' }).click();
    return settle(page, { kind: 'count', before });
  };
  const search = async (text: string): Promise<Timing> => {
    await quiet(page);
    const box = main.getByRole('textbox', { name: 'Search conversations' });
    await box.fill(text);
    const before = (await count.textContent()) ?? '';
    await arm(page, 'keydown');
    await box.press('Enter');
    return settle(page, { kind: 'count', before });
  };

  log('transcripts: filters and search…');
  const language: Timing[] = [];
  const outcome: Timing[] = [];
  const cleared: Timing[] = [];
  const searched: Timing[] = [];
  for (let round = 0; round < 3; round += 1) {
    language.push(await pick('Language', 'Chinese'));
    outcome.push(await pick('Outcome', 'Escalated'));
    cleared.push(await clear());
    searched.push(await search(['refund', 'password', 'roaming'][round]!));
    cleared.push(await clear());
  }
  out.push({ screen: 'Transcripts', name: 'filter: language', samples: language });
  out.push({ screen: 'Transcripts', name: 'filter: outcome (on top of language)', samples: outcome });
  out.push({ screen: 'Transcripts', name: 'search (Enter)', samples: searched });
  out.push({ screen: 'Transcripts', name: 'Clear filters', samples: cleared });
}

async function insights(page: Page, out: Interaction[]): Promise<void> {
  const main = page.getByRole('main');
  await page.keyboard.press('Control+1');
  const rows = main.locator('.ant-table-tbody tr.ant-table-row');
  await rows.first().waitFor({ timeout: 300_000 });
  await page.waitForFunction(() => document.querySelector('main .ant-spin-spinning') === null, null, { timeout: 300_000 });
  const state = () =>
    page.evaluate(() => {
      const main = document.querySelector('main')!;
      return {
        beforeKeys: [...main.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map((tr) => tr.getAttribute('data-row-key')).join(','),
        beforeSummary: [...main.querySelectorAll('.ant-typography')].find((e) => / over .* weeks/.test(e.textContent ?? ''))?.textContent ?? '',
      };
    });

  log('insights: sorting…');
  const sorted: Timing[] = [];
  for (let i = 0; i < 6; i += 1) {
    await quiet(page);
    const before = await state();
    await arm(page, 'pointerdown');
    await main.getByRole('columnheader', { name: i % 2 === 0 ? 'Conversations' : 'Escalated' }).click();
    sorted.push(await settle(page, { kind: 'table', ...before }));
  }
  out.push({ screen: 'Insights', name: 'sort a column', samples: sorted });

  log('insights: filters…');
  const filtered: Timing[] = [];
  const cleared: Timing[] = [];
  for (let round = 0; round < 3; round += 1) {
    await quiet(page);
    await main.getByRole('combobox', { name: 'Language' }).click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(round % 2);
    await item.waitFor();
    let before = await state();
    await arm(page, 'pointerdown');
    await item.click();
    filtered.push(await settle(page, { kind: 'table', ...before }));
    await quiet(page);
    before = await state();
    await arm(page, 'pointerdown');
    await main.getByRole('button', { name: 'Clear filters' }).click();
    cleared.push(await settle(page, { kind: 'table', ...before }));
  }
  out.push({ screen: 'Insights', name: 'filter: language', samples: filtered });
  out.push({ screen: 'Insights', name: 'Clear filters', samples: cleared });
}

/** The backend calls behind those interactions, timed in the harness process (median of 3). */
async function backendCalls(page: Page, dispatch: (channel: string, input: unknown) => Promise<unknown>): Promise<Array<{ call: string; firstMs: number; ms: number; pageMs: number }>> {
  const facets = (await dispatch('transcripts:facets', {})) as { ok: boolean; value: { total: number; languages: Array<{ value: string }> } };
  const language = facets.value.languages.find((l) => l.value.startsWith('zh'))?.value ?? facets.value.languages[0]?.value ?? 'en';
  const calls: Array<[string, string, unknown]> = [
    ['settings:get', 'settings:get (the transport alone)', {}],
    ['transcripts:facets', 'transcripts:facets {}', {}],
    ['transcripts:list', 'transcripts:list first page', { filter: {}, offset: 0, limit: 100 }],
    ['transcripts:list', 'transcripts:list page in the middle', { filter: {}, offset: Math.floor(facets.value.total / 2), limit: 100 }],
    ['transcripts:list', `transcripts:list language ${language}`, { filter: { language }, limit: 100 }],
    ['transcripts:list', 'transcripts:list search "upgrade"', { filter: { query: 'upgrade' }, limit: 100 }],
    ['insights:topics', 'insights:topics {}', {}],
    ['insights:topics', `insights:topics language ${language}`, { language }],
  ];
  const out: Array<{ call: string; firstMs: number; ms: number; pageMs: number }> = [];
  for (const [channel, name, input] of calls) {
    const times: number[] = [];
    const pageTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const result = (await dispatch(channel, input)) as { ok: boolean; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      times.push(performance.now() - started);
      pageTimes.push(
        await page.evaluate(async ([c, value]) => {
          const started = performance.now();
          await (window as unknown as { gleaner: { invoke: (c: string, i: unknown) => Promise<unknown> } }).gleaner.invoke(c as string, value);
          return performance.now() - started;
        }, [channel, input] as const),
      );
    }
    out.push({ call: name, firstMs: times[0]!, ms: median(times), pageMs: median(pageTimes) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

const dir = KEEP_DIR ?? (await mkdtemp(join(tmpdir(), 'gleaner-bench-scale-')));
const source = join(dir, 'source');
const workspace = join(dir, 'workspace');
const phases: Array<{ name: string; result: PhaseResult }> = [];
try {
  if (!UI_ONLY || !existsSync(workspace)) {
    await rm(workspace, { recursive: true, force: true });
    log(`generating ${CONVERSATIONS.toLocaleString('en')} conversations…`);
    phases.push({ name: 'generate (demo generator → JSON Lines)', result: runPhase('generate', source, String(CONVERSATIONS)) });
    log('importing…');
    phases.push({ name: 'import (JSON Lines → LanceDB, outcomes, redaction)', result: runPhase('import', workspace, source) });
    log('embedding (lexical)…');
    phases.push({ name: 'embed (lexical, `gleaner embed`)', result: runPhase('embed', workspace) });
    log('topics…');
    phases.push({ name: 'topics (ensureTopics)', result: runPhase('topics', workspace) });
    log('friction…');
    phases.push({ name: 'friction (the Insights table)', result: runPhase('friction', workspace) });
  }

  log('UI: opening the workspace in Chromium…');
  let uiPeakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (uiPeakRss = Math.max(uiPeakRss, process.memoryUsage().rss)), 100);
  const interactions: Interaction[] = [];
  let heapMb = NaN;
  let backend: Array<{ call: string; firstMs: number; ms: number; pageMs: number }> = [];
  const load = loadavg()[0]!;
  const h = await startHarness({ seed: async (core) => void (await core.openWorkspace(workspace)) });
  try {
    const opened = performance.now();
    await transcripts(h.page, interactions);
    await insights(h.page, interactions);
    log(`UI: done in ${((performance.now() - opened) / 1000).toFixed(0)} s; timing the backend calls…`);
    backend = await backendCalls(h.page, h.dispatch as (channel: string, input: unknown) => Promise<unknown>);
    const cdp = await h.page.context().newCDPSession(h.page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
    if (h.pageErrors.length > 0) log(`page errors: ${h.pageErrors.join(' | ')}`);
  } finally {
    clearInterval(sampler);
    await h.close();
    await stopShared();
  }

  const fmt = (ms: number) => ms.toFixed(0);
  const mb = (value: number) => value.toFixed(0);
  const generated = phases[0]?.result;
  const lines = [
    '## scale',
    '',
    generated
      ? `${Number(generated.conversations).toLocaleString('en')} demo conversations (${Number(generated.turns).toLocaleString('en')} turns, seed 11) generated, imported and analysed; each phase in its own process, RSS sampled every 100 ms.`
      : `UI only, on the workspace already built in ${workspace}.`,
    '',
  ];
  if (phases.length > 0) {
    lines.push('| phase | seconds | peak RSS (MB) | result |', '| --- | ---: | ---: | --- |');
    for (const { name, result } of phases) {
      const { seconds, peakRssMb, maxRssMb, file: _file, steps, ...rest } = result;
      const what = Object.entries(rest).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en') : String(v)}`).join(', ');
      lines.push(`| ${name} | ${seconds.toFixed(1)} | ${mb(Math.max(peakRssMb, maxRssMb))} | ${what} |`);
      if (steps.length > 1) for (const step of steps) lines.push(`| &nbsp;&nbsp;↳ step \`${step.step}\` | ${step.seconds.toFixed(1)} | ${mb(step.peakRssMb)} (sampled) | |`);
    }
    const peak = Math.max(...phases.slice(1).map((p) => Math.max(p.result.peakRssMb, p.result.maxRssMb)));
    lines.push('', `Peak RSS over import, embed, topics and friction: **${mb(peak)} MB**.`, '');
  }
  lines.push(
    `UI in Chromium (built renderer, real backend dispatch in the harness process), input event → painted frame, target ${TARGET_MS} ms (met when the worst sample is within it):`,
    '',
    '| screen | interaction | samples | first frame, median (ms) | result painted, median (ms) | worst (ms) | target |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const { screen, name, samples } of interactions) {
    const done = samples.map((s) => s.doneMs);
    const worst = Math.max(...done);
    const verdict = name.startsWith('baseline')
      ? '(floor)'
      : worst <= TARGET_MS
        ? 'met'
        : `${median(done) <= TARGET_MS ? 'NOT met (median met)' : '**NOT met**'}, median ${(median(done) / TARGET_MS).toFixed(1)}× the target`;
    lines.push(`| ${screen} | ${name} | ${samples.length} | ${fmt(median(samples.map((s) => s.firstMs)))} | ${fmt(median(done))} | ${fmt(worst)} | ${verdict} |`);
  }
  lines.push(
    '',
    'The backend calls behind them, after the UI run: in the backend process alone (the first call, then the median of 3), and from the page through the harness transport (Playwright exposeFunction, standing in for Electron IPC; median of 3):',
    '',
    '| call | backend, first (ms) | backend, median (ms) | from the page, median (ms) |',
    '| --- | ---: | ---: | ---: |',
    ...backend.map((b) => `| ${b.call} | ${fmt(b.firstMs)} | ${fmt(b.ms)} | ${fmt(b.pageMs)} |`),
  );
  lines.push('', `Machine: ${cpus().length} cores, load average ${load.toFixed(1)} when the UI run started (other work shares it; the baseline row is the floor it sets).`);
  lines.push('', `UI run: backend + harness process peak RSS ${mb(uiPeakRss / 1048576)} MB; page JS heap at the end ${mb(heapMb)} MB.`);
  console.log(lines.join('\n'));
} finally {
  if (!KEEP_DIR) await rm(dir, { recursive: true, force: true });
}
