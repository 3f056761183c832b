import { mkdir } from 'node:fs/promises';
import { seedDemo } from './demo-seed';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../shared/ipc/contract';
import { startHarness, stopShared, type Harness } from './harness';

const SHOTS = process.env.GLEANER_SHOTS ? '/tmp/shots-transcripts' : null;

describe('the transcript browser', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('filters the demo conversations by language and outcome, searches, and opens a linked turn', async () => {
    h = await startHarness({
      seed: async (core) => {
        const ws = core.requireWorkspace();
        await seedDemo(ws, { topics: true });
      },
    });
    const { page } = h;
    const backend = async <C extends 'transcripts:list' | 'transcripts:get' | 'transcripts:facets' | 'insights:topicList'>(
      channel: C,
      input: unknown,
    ): Promise<CallOutput<C>> => {
      const result = (await h!.dispatch(channel, input)) as { ok: boolean; value: CallOutput<C> };
      expect(result.ok).toBe(true);
      return result.value;
    };
    const total = async (filter: Record<string, unknown>) =>
      (await backend('transcripts:list', { filter, limit: 1 })).total;
    const shot = async (name: string) => {
      if (!SHOTS) return;
      await mkdir(SHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    };

    const facets = await backend('transcripts:facets', {});
    const chinese = facets.languages.find((l) => l.value.startsWith('zh'))!;
    expect(chinese).toBeDefined();

    await page.keyboard.press('Control+2');
    const main = page.getByRole('main');
    const count = main.locator('.transcripts-list-count');
    await expect.poll(() => count.textContent(), { timeout: 20_000 }).toBe(`${facets.total} conversations`);
    const rows = main.locator('.transcripts-row[data-key]');
    // Virtualized: only the rows on screen are in the page.
    expect(await rows.count()).toBeLessThan(40);

    await main.getByRole('combobox', { name: 'Language' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Chinese' }).click();
    await expect.poll(() => count.textContent()).toBe(`${chinese.count} conversations`);
    await main.getByRole('combobox', { name: 'Outcome' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Escalated"]').click();
    const escalated = await total({ language: chinese.value, outcome: 'escalated' });
    expect(escalated).toBeGreaterThan(0);
    expect(escalated).toBeLessThan(chinese.count);
    await expect.poll(() => count.textContent()).toBe(`${escalated} conversations`);
    expect(await rows.first().textContent()).toContain('Escalated');

    // A word from one of these conversations: the search finds it in any turn.
    const first = (await backend('transcripts:list', { filter: { language: chinese.value, outcome: 'escalated' }, limit: 1 })).items[0]!;
    const detail = await backend('transcripts:get', { key: first.key });
    const word = [...detail.turns[0]!.text.matchAll(/[\u4e00-\u9fff]{2}/g)].map((m) => m[0])[1]!;
    await main.getByRole('textbox', { name: 'Search conversations' }).fill(word);
    const found = await total({ language: chinese.value, outcome: 'escalated', query: word });
    expect(found).toBeGreaterThan(0);
    await expect.poll(() => count.textContent()).toBe(`${found} conversations`);
    await shot('filtered-light-en');
    await rows.first().click();
    await expect.poll(() => main.locator('.transcripts-conversation[data-key]').isVisible()).toBe(true);
    expect(await main.locator('.transcripts-conversation').textContent()).toContain(word);
    await main.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => count.textContent()).toBe(`${facets.total} conversations`);

    // A deep link to a turn (what a draft's citation opens): scrolled to and highlighted.
    const candidates = (await backend('transcripts:list', { filter: { outcome: 'escalated' }, limit: 100 })).items;
    let target: { key: string; turns: number; escalationTurn: number | null } | undefined;
    for (const item of candidates) {
      const c = await backend('transcripts:get', { key: item.key });
      if (c.turns.length >= 6 && c.escalationTurn !== null && c.escalationTurn < c.turns.length - 1) {
        target = { key: c.key, turns: c.turns.length, escalationTurn: c.escalationTurn };
        break;
      }
    }
    expect(target).toBeDefined();
    const turn = target!.turns - 1;
    const param = new URLSearchParams({ key: target!.key, turn: String(turn) }).toString();
    await page.evaluate((hash) => (window.location.hash = hash), `#/transcripts/${encodeURIComponent(param)}`);
    const linked = main.locator('.transcripts-turn-linked');
    await expect.poll(() => linked.getAttribute('data-turn')).toBe(String(turn));
    expect(await linked.textContent()).toContain('Linked turn');
    await expect.poll(() => linked.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const view = el.closest('.transcripts-conversation-body')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    })).toBe(true);
    const escalation = main.locator('.transcripts-turn-escalation');
    expect(await escalation.getAttribute('data-turn')).toBe(String(target!.escalationTurn));
    expect(await escalation.textContent()).toContain('Escalated here');
    // The list scrolls to the linked conversation too.
    await expect.poll(() => main.locator(`.transcripts-row-selected[data-key="${target!.key}"]`).isVisible()).toBe(true);
    expect(await main.locator('.transcripts-conversation-head').textContent()).toMatch(/Escalated · /);
    await shot('conversation-light-en');

    // A topic's conversations (what Insights links to).
    const topic = (await backend('insights:topicList', {})).find((x) => !x.hidden && x.size > 0)!;
    const inTopic = await total({ topicId: topic.id });
    expect(inTopic).toBeGreaterThan(0);
    await page.evaluate((hash) => (window.location.hash = hash), `#/transcripts/${encodeURIComponent(`topic=${topic.id}`)}`);
    await expect.poll(() => count.textContent()).toBe(`${inTopic} conversation${inTopic === 1 ? '' : 's'}`);
    expect(await main.getByRole('combobox', { name: 'Topic' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toContain(topic.label);

    if (SHOTS) {
      await page.evaluate((hash) => (window.location.hash = hash), `#/transcripts/${encodeURIComponent(param)}`);
      for (const [theme, language] of [['dark', 'zh-CN'], ['dark', 'en'], ['light', 'zh-CN']] as const) {
        await h.setColorScheme(theme);
        await h.dispatch('settings:set', { theme, language });
        await page.waitForTimeout(500);
        await shot(`conversation-${theme}-${language}`);
      }
    }
    expect(h.pageErrors).toEqual([]);
  }, 240_000);
});
