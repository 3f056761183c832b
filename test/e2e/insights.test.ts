import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createArticle, getArticle, setArticleState, writeArticles } from '../../electron/core/articles/store';
import { buildDemoWorkspace, DEMO_SOURCE } from '../../electron/core/demo/build';
import { workspaceFriction } from '../../electron/core/friction/workspace';
import { ensureTopics } from '../../electron/core/topics/ensure';
import { loadAssignments } from '../../electron/core/topics/store';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const DAY_MS = 86_400_000;
const SHOTS = process.env.GLEANER_SHOTS;

describe('Insights', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('ranks the planted problems first, filters, charts, opens a topic with its reasons and conversations, and drafts an article', async () => {
    /** Topics whose conversations are mostly one of the three planted problems with the most friction. */
    const plantedTopics = new Set<string>();
    let impactTopic = '';
    h = await startHarness({
      viewport: { width: 1440, height: 1000 },
      seed: async (core) => {
        const ws = core.requireWorkspace();
        const { truth } = await buildDemoWorkspace(ws, { seed: 7, conversations: 600, now: NOW });
        await ensureTopics(ws, {});
        const top = new Set([...truth.issues].sort((a, b) => a.frictionRank - b.frictionRank).slice(0, 3).map((i) => i.key));
        const assignments = await loadAssignments(ws);
        const votes = new Map<string, Map<string, number>>();
        for (const issue of truth.issues) {
          for (const id of issue.transcriptIds) {
            const topic = assignments.get(`${DEMO_SOURCE}:${id}`)?.topicId;
            if (!topic) continue;
            const tally = votes.get(topic) ?? new Map<string, number>();
            tally.set(issue.key, (tally.get(issue.key) ?? 0) + 1);
            votes.set(topic, tally);
          }
        }
        for (const [topic, tally] of votes) if (top.has([...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0])) plantedTopics.add(topic);
        // An article drafted from a topic and published three weeks ago: "did it help" has something to say.
        impactTopic = (await workspaceFriction(ws)).topics[3]!.topicId;
        const article = await createArticle(ws, { title: 'Fix it yourself', sourceTopicId: impactTopic }, { id: 'seed' });
        await setArticleState(ws, article.id, 'published', { id: 'seed' });
        await writeArticles(ws, [{ ...(await getArticle(ws, article.id)), updatedAt: new Date(NOW - 21 * DAY_MS).toISOString() }]);
      },
    });
    const { page } = h;
    const main = page.getByRole('main');
    await page.keyboard.press('Control+1');
    const rows = main.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await expect.poll(() => page.getByText(/conversations over .* weeks · score = estimated avoidable contacts per week/).isVisible()).toBe(true);
    expect(await rows.first().textContent()).toMatch(/Why: .*\/week/);
    const scores = await rows.locator('td:nth-child(3) .g-num').allTextContents();
    const numbers = scores.map((s) => Number(s.replace(/,/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    // The planted problems are at the top.
    const topIds = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => tr.getAttribute('data-row-key')));
    expect(topIds.filter((id) => id && plantedTopics.has(id)).length).toBeGreaterThanOrEqual(2);

    // Every row has its weekly trend; the chart has a bubble per topic; "did it help" reports the seeded article.
    expect(await rows.locator('svg.insights-sparkline').count()).toBe(await rows.count());
    const chart = main.getByTestId('insights-chart');
    await expect.poll(() => chart.locator('path').count()).toBeGreaterThan(10);
    await expect.poll(() => main.getByTestId('insights-impact').textContent()).toMatch(/Fix it yourself/);
    await shoot(page, 'insights-light-en');
    if (SHOTS) await chart.screenshot({ path: `${SHOTS}/insights-chart-light-en.png` });

    // A bubble explains itself on hover and opens its topic on click.
    const boxes = await chart.locator('path').evaluateAll((paths) =>
      paths
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 12 && r.width < 60 && Math.abs(r.width - r.height) < 2)
        .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2, area: r.width * r.height })),
    );
    const biggest = boxes.sort((a, b) => b.area - a.area)[0]!;
    await page.mouse.move(biggest.x, biggest.y);
    await expect.poll(() => chart.textContent()).toMatch(/avoidable contacts \/ week/);
    await shoot(page, 'insights-chart-tooltip-light-en');
    await page.mouse.click(biggest.x, biggest.y);
    await expect.poll(() => page.url()).toMatch(/#\/insights\/t\d+$/);
    await main.getByRole('button', { name: 'All topics' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/insights$/);

    // Filters recompute the friction: one language keeps fewer conversations.
    const summary = () => main.getByText(/conversations over .* weeks/).textContent();
    const all = Number((await summary())!.match(/^([\d,]+)/)![1]!.replace(/,/g, ''));
    // The chart follows the filter too (its series are replaced, not rebuilt): bubbles move, then come back.
    const bubbles = () => chart.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join('|'));
    const unfiltered = await bubbles();
    await main.getByRole('combobox', { name: 'Language' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await expect.poll(async () => Number((await summary())!.match(/^([\d,]+)/)![1]!.replace(/,/g, ''))).toBeLessThan(all);
    await expect.poll(bubbles).not.toBe(unfiltered);
    await main.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => Number((await summary())!.match(/^([\d,]+)/)![1]!.replace(/,/g, ''))).toBe(all);
    await expect.poll(bubbles).toBe(unfiltered);

    // The topic page: reasons, what customers say, conversations, coverage.
    const firstId = topIds[0]!;
    await rows.first().locator('.insights-topic-label').click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/insights/${firstId}$`));
    await expect.poll(() => main.getByText('Why this is high').isVisible()).toBe(true);
    await expect.poll(() => main.locator('.insights-utterance').count()).toBeGreaterThan(0);
    await expect.poll(() => main.locator('.insights-conversation').count()).toBeGreaterThan(1);
    await expect(main.getByText('Knowledge base coverage').isVisible()).resolves.toBe(true);
    await shoot(page, 'insights-topic-light-en');

    // Renaming through the dialog (Enter saves) changes the topic's label everywhere.
    await main.getByRole('button', { name: 'Rename' }).click();
    const name = page.getByRole('dialog').getByRole('textbox', { name: 'Rename topic' });
    await name.fill('Parcel marked delivered but missing');
    await name.press('Enter');
    await expect.poll(() => main.getByRole('heading', { name: 'Parcel marked delivered but missing' }).isVisible()).toBe(true);

    await main.locator('.insights-conversation').first().click();
    await expect.poll(() => page.url()).toMatch(/#\/transcripts\/key%3D/);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/insights/${firstId}$`));
    await main.getByText(/See all \d+ conversations/).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/transcripts/topic%3D${firstId}$`));
    await page.goBack();

    // Dark and Chinese.
    await h.dispatch('settings:set', { theme: 'dark', language: 'zh-CN' });
    await expect.poll(() => main.getByText('为什么分数高').isVisible()).toBe(true);
    await shoot(page, 'insights-topic-dark-zh');
    await main.getByRole('button', { name: '全部主题' }).click();
    await expect.poll(() => main.getByRole('columnheader', { name: '每周可避免' }).isVisible()).toBe(true);
    await expect.poll(() => chart.locator('path').count()).toBeGreaterThan(10);
    await shoot(page, 'insights-dark-zh');
    if (SHOTS) await chart.screenshot({ path: `${SHOTS}/insights-chart-dark-zh.png` });
    if (SHOTS) {
      await h.dispatch('settings:set', { theme: 'light', language: 'zh-CN' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await page.waitForTimeout(800);
      await shoot(page, 'insights-light-zh');
      await h.dispatch('settings:set', { theme: 'dark', language: 'en' });
      await expect.poll(() => main.getByRole('columnheader', { name: 'Escalated' }).isVisible()).toBe(true);
      await page.waitForTimeout(800);
      await shoot(page, 'insights-dark-en');
    }
    await h.dispatch('settings:set', { theme: 'light', language: 'en' });

    // "Draft article" runs the drafting job and lands on the draft, or says why there is none (a top topic
    // of 600 conversations can have too few successful ones that share steps); one of the top three drafts.
    let drafted = false;
    for (const id of topIds) {
      await page.evaluate((topic) => (window.location.hash = `#/insights/${topic}`), id!);
      await expect.poll(() => main.getByText('Why this is high').isVisible()).toBe(true);
      await main.getByRole('button', { name: 'Draft article' }).click();
      const refused = main.getByText('No draft for this topic');
      await expect.poll(async () => /#\/drafts\/[^/]+$/.test(page.url()) || (await refused.isVisible()), { timeout: 60_000 }).toBe(true);
      if (/#\/drafts\/[^/]+$/.test(page.url())) {
        drafted = true;
        break;
      }
      await shoot(page, 'insights-draft-refused-light-en');
    }
    expect(drafted).toBe(true);

    // Merging another topic into this one re-runs discovery and keeps the larger topic's page open.
    await page.evaluate((id) => (window.location.hash = `#/insights/${id}`), topIds[1]!);
    await main.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Merge' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Topics to merge' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => page.getByText('Topics merged').isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.url()).toMatch(/#\/insights\/t\d+$/);
    await expect.poll(() => main.getByText('Why this is high').isVisible()).toBe(true);

    // Granularity: fewer topics than the automatic choice, by a rediscovery.
    const runOf = async () => {
      const result = await h!.dispatch('insights:topics', {});
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { run: { granularity: number; topics: number } }).run;
    };
    const before = await runOf();
    await page.evaluate(() => (window.location.hash = '#/insights'));
    await main.getByRole('button', { name: 'Topic granularity' }).click();
    const panel = page.getByTestId('granularity-panel');
    await panel.getByText(/Gleaner chose \d+ topics/).waitFor();
    await panel.getByRole('slider').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await shoot(page, 'insights-granularity-light-en');
    await panel.getByRole('button', { name: 'Refresh topics at ×0.5' }).click();
    await expect.poll(async () => (await runOf()).granularity, { timeout: 60_000 }).toBe(0.5);
    expect((await runOf()).topics).toBeLessThan(before.topics);
    await expect.poll(() => main.getByRole('button', { name: 'Topic granularity' }).textContent()).toBe('Granularity ×0.5');
    expect(h.pageErrors).toEqual([]);
  }, 240_000);
});
