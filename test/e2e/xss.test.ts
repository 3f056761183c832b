import { mkdir, writeFile } from 'node:fs/promises';
import { seedDemo } from './demo-seed';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importArticlesFolder } from '../../electron/core/articles/import/folder';
import { importFiles } from '../../electron/core/ingest/import';
import { ensureTopics } from '../../electron/core/topics/ensure';
import { startHarness, stopShared, type Harness } from './harness';

/** Each payload bumps window.__xss if it ever runs. */
const RUN = 'window.__xss=(window.__xss||0)+1';
const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `<svg onload="${RUN}"></svg>`,
  `"><iframe src="javascript:${RUN}"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
];
const HOSTILE = PAYLOADS.join(' ');

function hostileConversations(): string {
  return Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({
      id: `xss-${i}`,
      customer_id: `${PAYLOADS[i % PAYLOADS.length]}`,
      channel: "<img src=x onerror=alert(1)>",
      language: 'en',
      started_at: new Date(Date.parse('2026-11-20T10:00:00Z') + i * 3_600_000).toISOString(),
      turns: [
        { role: 'customer', text: `My card was declined ${HOSTILE}` },
        { role: 'agent', text: `Please re-enter the card number in Settings. ${HOSTILE}` },
        { role: 'customer', text: 'That worked, thanks.' },
      ],
      outcome: { resolved: true, escalated: false, csat: 5 },
      metadata: { note: HOSTILE },
    }),
  ).join('\n');
}

/**
 * Hostile text in transcripts, article HTML and Markdown, topic labels and file names is shown on
 * every screen as inert text: no script, handler or javascript: URL ever runs.
 */
describe('XSS', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('renders hostile payloads inert on every screen', async () => {
    h = await startHarness({
      seed: async (core) => {
        const ws = core.requireWorkspace();
        await seedDemo(ws, { seed: 3, conversations: 300 });
        const dir = join(core.requireWorkspace().dir, '..', 'hostile');
        await mkdir(join(dir, 'kb'), { recursive: true });
        const transcripts = join(dir, `x<img src=x onerror="${RUN}">.jsonl`);
        await writeFile(transcripts, `${hostileConversations()}\n{"id": broken ${PAYLOADS[1]}\n`);
        const report = await importFiles(ws, { files: [transcripts], format: 'auto', encoding: 'auto', mapping: {} });
        if (report.imported !== 12) throw new Error(`The hostile import: ${JSON.stringify(report).slice(0, 800)}`);
        await writeFile(join(dir, 'kb', 'card.html'), `<html><head><title>Card ${PAYLOADS[1]}</title></head><body><h1>Card declined ${PAYLOADS[0]}</h1><p onclick="${RUN}">Steps ${HOSTILE}</p><script>${RUN}</script></body></html>`);
        await writeFile(join(dir, 'kb', 'pin.md'), `---\ntitle: "PIN <img src=x onerror=\\"${RUN}\\">"\ntags: ["<script>${RUN}</script>"]\n---\n\n# Reset your PIN\n\n[click me](javascript:${RUN}) ${PAYLOADS[0]}\n`);
        await importArticlesFolder(ws, join(dir, 'kb'), { id: 'seed' });
        await ensureTopics(ws, {});
      },
    });
    const { page } = h;
    const topics = await h.dispatch('insights:topicList', {});
    const topicId = topics.ok ? (topics.value as Array<{ id: string }>)[0]?.id : undefined;
    expect(topicId).toBeDefined();
    const renamed = await h.dispatch('insights:editTopic', { kind: 'rename', topicId, label: `Card <img src=x onerror="${RUN}"> declined` });
    expect(renamed.ok).toBe(true);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const xss = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
    /** Elements that only a payload parsed as HTML could create (the CSP would block them running; they must not exist). */
    const hostileElements = () =>
      page.evaluate(() => document.querySelectorAll('[onerror],[onload],[onclick],iframe,script:not([src]),a[href^="javascript:"]').length);
    await page.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.sample}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    let found = 0;

    const visit = async (hash: string) => {
      await page.evaluate((target) => (window.location.hash = target), hash);
      await page.getByRole('main').waitFor();
      await page.waitForTimeout(400);
      found += await hostileElements();
    };
    for (const screen of ['insights', 'transcripts', 'drafts', 'articles', 'review', 'export', 'settings']) await visit(`#/${screen}`);

    // The topic page of the renamed topic, the hostile conversations, the imported articles.
    await visit(`#/insights/${encodeURIComponent(topicId!)}`);
    const list = await h.dispatch('transcripts:list', { filter: { query: 'declined' }, offset: 0, limit: 500 });
    const hostileKeys = list.ok ? (list.value as { items: Array<{ key: string; externalId: string }> }).items.filter((t) => t.externalId.startsWith('xss-')).map((t) => t.key) : [];
    expect(hostileKeys.length).toBeGreaterThan(0);
    await visit(`#/transcripts/${encodeURIComponent(`key=${hostileKeys[0]}`)}`);
    // Shown as text: the markup is on screen, not in the DOM.
    await expect.poll(() => page.getByRole('main').getByText(/onerror=/).count()).toBeGreaterThan(0);
    const articles = await h.dispatch('articles:list', {});
    const articleIds = articles.ok ? (articles.value as Array<{ id: string; title: string }>).filter((a) => /Card|PIN/.test(a.title)).map((a) => a.id) : [];
    expect(articleIds.length).toBe(2);
    for (const id of articleIds) await visit(`#/articles/${encodeURIComponent(id)}`);

    // Global search shows snippets of the hostile text.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('declined');
    await page.waitForTimeout(800);
    await page.keyboard.press('Escape');

    found += await hostileElements();
    expect(found).toBe(0);
    expect(await violations()).toEqual([]);
    expect(await xss()).toBe(0);
    expect(dialogs).toEqual([]);
    // The probe works: the same payload inserted as HTML is seen, and the CSP refuses to run it.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOADS[0]!);
    expect(await hostileElements()).toBe(1);
    await expect.poll(violations).toHaveLength(1);
    expect(await xss()).toBe(0);
  }, 240_000);
});
