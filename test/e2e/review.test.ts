import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createArticle } from '../../electron/core/articles/store';
import { createPerson } from '../../electron/core/people/store';
import { toRow } from '../../electron/core/transcripts/row';
import { addTranscripts } from '../../electron/core/transcripts/store';
import type { Article, LexicalState } from '../../shared/domain/article';
import type { AuditEntry } from '../../shared/domain/audit';
import { startHarness, stopShared, type Harness } from './harness';
import { shoot } from './shots';

const text = (value: string, format = 0) => ({ type: 'text', text: value, detail: 0, format, mode: 'normal', style: '', version: 1 });
const block = (children: unknown[], extra: Record<string, unknown> = { type: 'paragraph', textFormat: 0, textStyle: '' }) => ({ ...extra, children, direction: null, format: '', indent: 0, version: 1 });
const body = (key: string, steps: string): LexicalState => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      block([text('Issue')], { type: 'heading', tag: 'h2' }),
      block([text('The card PIN is locked after three wrong tries. '), { type: 'citation', transcriptId: key, turn: 0, version: 1 }]),
      block([text('Resolution')], { type: 'heading', tag: 'h2' }),
      block([text(steps)]),
    ],
  },
});

/** Selects `words` inside the reviewer's text and lets the page notice, as a mouse selection would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.getByTestId('review-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, words);
}

describe('review', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('takes an AI draft from submission through changes to approval, with comments, notifications, the audit log and the dashboard', async () => {
    let articleId = '';
    h = await startHarness({
      viewport: { width: 1440, height: 1000 },
      seed: async (core) => {
        const ws = core.requireWorkspace();
        const [row] = [toRow({ id: 'pin-1', started_at: '2026-11-20T10:00:00Z', turns: [{ role: 'customer', text: 'My card PIN is locked, I typed it wrong three times' }, { role: 'agent', text: 'Tap Reset PIN in the app' }] }, 'jsonl', 'import-1', { redact: false })];
        await addTranscripts(ws, [row!]);
        const ana = await createPerson(ws, 'Ana', 'author');
        await createPerson(ws, 'Wei', 'reviewer');
        const article = await createArticle(ws, { title: 'Unlock a locked card PIN', content: body(row!.key, 'Open the app, tap Cards, then tap Reset PIN and follow the steps.') }, ana, 'ai_draft');
        articleId = article.id;
        await core.appState.setCurrentPerson(ws.dir, ana.id);
      },
    });
    const { page, dispatch } = h;
    const get = async () => {
      const result = await dispatch('articles:get', { id: articleId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Article;
    };
    const state = page.getByTestId('lifecycle-state');
    const profile = page.getByTestId('profile-switcher');
    const switchTo = async (name: string) => {
      await profile.click();
      await page.getByRole('menuitem', { name: new RegExp(`^${name} `) }).click();
      await expect.poll(() => profile.getAttribute('aria-label')).toMatch(new RegExp(`Profile: ${name}`));
    };
    const openReview = async () => {
      await page.evaluate((id) => (window.location.hash = `#/review/${encodeURIComponent(id)}`), articleId);
      await page.getByTestId('review-text').waitFor();
    };

    // The profile menu lists both people and a way to add one.
    await profile.click();
    await expect.poll(() => page.getByRole('menuitem', { name: /New profile/ }).isVisible()).toBe(true);
    await shoot(page, 'review-profile-menu-light-en');
    await page.keyboard.press('Escape');
    const menu = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu');
    if (await menu.isVisible()) await page.locator('.g-brand').click();
    await menu.waitFor({ state: 'hidden' });

    // Nothing is in review yet: the screen says how articles get here.
    await expect.poll(() => profile.getAttribute('aria-label')).toBe('Profile: Ana (Author)');
    await page.evaluate(() => (window.location.hash = '#/review'));
    await expect.poll(() => page.getByRole('region', { name: 'Nothing to review' }).isVisible()).toBe(true);
    await shoot(page, 'review-empty-light-en');

    // Ana submits her AI draft to Wei.
    await openReview();
    await expect.poll(() => state.getAttribute('data-state')).toBe('draft');
    expect(await page.locator('[data-action="approve"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Reviewer' }).isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('Wei · Reviewer').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('in_review');

    // Wei sees the assignment, comments on a range and requests changes.
    await switchTo('Wei');
    await expect.poll(() => page.getByTestId('notifications').getAttribute('aria-label')).toBe('Notifications (1 unread)');
    await page.evaluate(() => (window.location.hash = '#/review'));
    const queueRows = page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => queueRows.count()).toBe(1);
    expect(await queueRows.first().textContent()).toMatch(/Unlock a locked card PIN.*AI draft.*In review.*Wei/);
    await shoot(page, 'review-queue-light-en');
    await queueRows.first().getByRole('link', { name: 'Unlock a locked card PIN' }).click();
    await page.getByTestId('review-text').waitFor();
    expect(await page.getByTestId('diff-stats').textContent()).toBe('The two texts are the same.');
    await selectWords(page, 'tap Reset PIN');
    await page.getByTestId('comment-selection').click();
    await page.getByRole('textbox', { name: 'Your comment' }).fill('Which app version shows Reset PIN?');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => page.locator('mark.review-mark').textContent()).toBe('tap Reset PIN');
    await expect.poll(() => page.getByTestId('comment-threads').textContent()).toMatch(/“tap Reset PIN”.*Wei.*Which app version shows Reset PIN\?/);
    await page.getByRole('tab', { name: 'Cited conversations' }).click();
    await expect.poll(() => page.locator('.review-citation').textContent()).toMatch(/Customer: My card PIN is locked/);
    await page.getByRole('tab', { name: /Comments/ }).click();
    await shoot(page, 'review-reviewer-light-en');

    await page.locator('[data-action="request_changes"]').click();
    await dialog.getByRole('textbox', { name: 'Reason' }).waitFor();
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => dialog.getByText('Say what needs to change.').isVisible()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Title in the customer’s words' }).check();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Name the app version that has Reset PIN.');
    await shoot(page, 'review-decision-light-en');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('changes_requested');

    // Ana gets the news, edits the text and submits again.
    await switchTo('Ana');
    await expect.poll(() => page.getByTestId('notifications').getAttribute('aria-label')).toBe('Notifications (2 unread)');
    await page.getByTestId('notifications').click();
    await expect.poll(() => page.locator('.review-notifications').textContent()).toMatch(/Wei requested changes on “Unlock a locked card PIN”.*Wei commented on “Unlock a locked card PIN”/);
    await page.waitForTimeout(400);
    await shoot(page, 'review-notifications-light-en');
    await expect.poll(() => page.getByTestId('notifications').getAttribute('aria-label')).toBe('Notifications');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('changes-requested').textContent()).toMatch(/Wei requested changes.*Name the app version that has Reset PIN\./);
    // A comment anchored by typing the words (no mouse selection needed).
    await page.getByRole('button', { name: 'General comment' }).click();
    await page.getByRole('textbox', { name: 'Words to comment on (optional)' }).fill('three wrong tries');
    await page.getByRole('textbox', { name: 'Your comment' }).fill('Kept as the customer says it.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => page.locator('mark.review-mark').allTextContents()).toEqual(['three wrong tries', 'tap Reset PIN']);

    // In the article page: she edits the text in the editor and submits again from there.
    await page.evaluate((id) => (window.location.hash = `#/articles/${encodeURIComponent(id)}`), articleId);
    const editor = page.getByRole('textbox', { name: 'Article body' });
    await editor.getByText('follow the steps.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Use app version 5.2 or later.');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await expect.poll(async () => (await get()).text).toMatch(/Use app version 5\.2 or later\.$/);
    await shoot(page, 'review-article-page-light-en');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('in_review');
    await openReview();
    await expect.poll(() => page.getByTestId('diff-stats').textContent()).toMatch(/words? added/);
    await expect.poll(() => page.locator('mark.review-mark').allTextContents()).toContain('tap Reset PIN');

    // Wei approves with the whole checklist.
    await switchTo('Wei');
    await openReview();
    expect(await page.getByTestId('diff-from').textContent()).toMatch(/AI original \(v1\)/);
    await page.getByText('Inline').click();
    await expect.poll(() => page.getByTestId('diff-inline').locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/version/)]));
    await shoot(page, 'review-diff-inline-light-en');
    await page.locator('[data-action="approve"]').click();
    for (const item of ['Title in the customer’s words', 'Actionable steps', 'Environment stated', 'No personal data', 'Links work']) await dialog.getByRole('checkbox', { name: item }).check();
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('approved');
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await expect.poll(() => page.getByTestId('decision-history').textContent()).toMatch(/Approved.*Wei.*Changes requested.*Name the app version/);

    // The audit log shows each step and its chain verifies; the dashboard counts the approved AI draft.
    await page.evaluate(() => (window.location.hash = '#/review'));
    await page.getByRole('tab', { name: 'Audit log' }).click();
    const auditActions = page.locator('[data-audit-action]');
    await expect.poll(() => auditActions.evaluateAll((tags) => tags.map((t) => t.getAttribute('data-audit-action')).reverse())).toEqual(['submit', 'comment', 'request_changes', 'comment', 'submit', 'approve']);
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verification').getAttribute('data-ok')).toBe('true');
    await shoot(page, 'review-audit-light-en');
    const audit = await dispatch('audit:list', { subjectId: articleId });
    expect(audit.ok && (audit.value as AuditEntry[]).map((e) => `${e.actorName}:${e.action}`)).toEqual(['Ana:submit', 'Wei:comment', 'Wei:request_changes', 'Ana:comment', 'Ana:submit', 'Wei:approve']);

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect.poll(() => page.getByTestId('metric-acceptance').textContent()).toMatch(/100%.*1 approved, 0 rejected, 0 pending of 1/);
    await expect.poll(() => page.getByTestId('metric-edit-distance').textContent()).toMatch(/\d+%/);
    await shoot(page, 'review-dashboard-light-en');

    if (process.env.GLEANER_SHOTS) {
      for (const [theme, language] of [['dark', 'en'], ['light', 'zh-CN'], ['dark', 'zh-CN']] as const) {
        await dispatch('settings:set', { theme, language });
        await page.getByRole('tab', { name: language === 'en' ? 'Dashboard' : '价值看板' }).click();
        await page.getByTestId('metric-acceptance').waitFor();
        await page.waitForTimeout(300);
        await shoot(page, `review-dashboard-${theme}-${language}`);
        await page.getByRole('tab', { name: language === 'en' ? 'Audit log' : '审计日志' }).click();
        await page.locator('[data-audit-action]').first().waitFor();
        await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
        await shoot(page, `review-audit-${theme}-${language}`);
        await page.getByRole('tab', { name: language === 'en' ? 'Queue' : '审核队列' }).click();
        await page.locator('[data-view="decided"]').click();
        await page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
        await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
        await shoot(page, `review-queue-${theme}-${language}`);
        await openReview();
        await page.locator('mark.review-mark').first().waitFor();
        await shoot(page, `review-reviewer-${theme}-${language}`);
        await page.evaluate(() => (window.location.hash = '#/review'));
        await page.getByRole('tab', { name: language === 'en' ? 'Dashboard' : '价值看板' }).waitFor();
      }
    }
    expect(h.pageErrors).toEqual([]);
  }, 240_000);
});
