/**
 * Editor benchmark (issue #8): on an article of about 50 pages (~25,000 words with headings, lists and
 * tables), in Chromium through the e2e harness (the built app against the real backend):
 *  - keystroke-to-paint latency while typing in the middle of the article (keydown → the end of the
 *    next painted frame), p50/p95 over 300 keystrokes;
 *  - pasting the whole article (as HTML) into an empty article, until the text is in the editor and painted.
 * Peer, in the same run and the same browser: a bare `contenteditable` div holding the same HTML
 * (typing handled by the browser itself, paste by `insertHTML`). Prints a Markdown section.
 */
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle } from '../../electron/core/articles/store';
import { startHarness, stopShared } from '../../test/e2e/harness';
import type { Page } from 'playwright-core';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300);
const WORDS = ['customer', 'refund', 'account', 'settings', 'password', 'device', 'order', 'delivery', 'invoice', 'support', 'network', 'update', 'restart', 'billing', 'plan', 'the', 'and', 'then', 'your', 'with'];

/** ~25,000 words of KCS-like content: sections with paragraphs, numbered steps, bullets and a table each. */
function longArticle(): { markdown: string; words: number } {
  const parts: string[] = [];
  let words = 0;
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    words += 1;
    return WORDS[seed % WORDS.length]!;
  };
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, word);
    return `${w[0]!.charAt(0).toUpperCase()}${w.join(' ').slice(1)}.`;
  };
  for (let section = 1; words < 25_000; section += 1) {
    parts.push(`## Section ${section}: ${sentence(4)}`);
    for (let p = 0; p < 4; p += 1) parts.push(Array.from({ length: 5 }, () => sentence(14)).join(' '));
    parts.push(Array.from({ length: 6 }, (_, i) => `${i + 1}. ${sentence(10)}`).join('\n'));
    parts.push(Array.from({ length: 4 }, () => `- ${sentence(8)}`).join('\n'));
    parts.push(['| Plan | Limit | Notes |', '| --- | --- | --- |', ...Array.from({ length: 5 }, () => `| ${word()} | ${word()} | ${sentence(6)} |`)].join('\n'));
  }
  return { markdown: parts.join('\n\n'), words };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Installs a keydown → next-paint probe on `selector`'s element; returns the collected latencies. */
async function typeAndMeasure(page: Page, selector: string): Promise<number[]> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.querySelector(sel)!.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        // rAF runs just before the next paint; a task queued from it runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
      },
      true,
    );
  }, selector);
  const text = 'the quick brown fox jumps over the lazy dog ';
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.type(text[i % text.length]!);
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** Puts the caret in the middle of the element's text (a paragraph near the middle of the article). */
async function caretInMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const paragraphs = root.querySelectorAll('p');
    const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
    middle.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(middle, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(node, Math.floor((node.textContent?.length ?? 0) / 2));
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    (root as HTMLElement).focus();
  }, selector);
}

/** Dispatches a paste of `html` into the focused element and waits for `done()` to be true and a frame. */
async function pasteAndMeasure(page: Page, selector: string, html: string, viaInsertHtml: boolean): Promise<number> {
  return page.evaluate(
    async ({ sel, html: content, insertHtml }) => {
      const root = document.querySelector(sel) as HTMLElement;
      root.focus();
      const start = performance.now();
      if (insertHtml) document.execCommand('insertHTML', false, content);
      else {
        const data = new DataTransfer();
        data.setData('text/html', content);
        data.setData('text/plain', root.innerText);
        root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }
      const marker = 'Section 40:';
      while (!(root.textContent ?? '').includes(marker)) {
        if (performance.now() - start > 60_000) throw new Error('The paste did not land within 60 s.');
        await new Promise((r) => setTimeout(r, 5));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - start;
    },
    { sel: selector, html, insertHtml: viaInsertHtml },
  );
}

async function main(): Promise<void> {
  const { markdown, words } = longArticle();
  const content = markdownToLexical(markdown);
  let longId = '';
  let emptyId = '';
  const h = await startHarness({
    seed: async (core) => {
      const ws = core.requireWorkspace();
      longId = (await createArticle(ws, { title: 'Long article', content }, { id: 'bench' })).id;
      emptyId = (await createArticle(ws, { title: 'Paste target' }, { id: 'bench' })).id;
    },
  });
  const { page } = h;
  const editor = '[contenteditable="true"][data-lexical-editor]';
  try {
    process.stderr.write(`editor: ${words} words; typing in Gleaner…\n`);
    await page.evaluate((id) => (window.location.hash = `#/articles/${encodeURIComponent(id)}`), longId);
    await page.locator(editor).waitFor();
    await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent?.length ?? 0) > 100_000, editor, { timeout: 60_000 });
    const html = await page.evaluate((sel) => document.querySelector(sel)!.innerHTML, editor);
    await caretInMiddle(page, editor);
    const gleanerTyping = await typeAndMeasure(page, editor);

    process.stderr.write('editor: pasting in Gleaner…\n');
    await page.evaluate((id) => (window.location.hash = `#/articles/${encodeURIComponent(id)}`), emptyId);
    await page.waitForFunction(
      (sel) => document.querySelector<HTMLTextAreaElement>('textarea[aria-label]')?.value === 'Paste target' && document.querySelector(sel)?.textContent === '',
      editor,
    );
    await page.waitForTimeout(500);
    const gleanerPaste = await pasteAndMeasure(page, editor, html, false);

    process.stderr.write('editor: the bare contenteditable peer…\n');
    const peer = await h.page.context().newPage();
    await peer.setContent(`<!doctype html><html><body><div id="peer" contenteditable="true" style="max-width:800px;margin:auto;font:16px sans-serif">${html}</div><div id="empty" contenteditable="true"></div></body></html>`);
    await caretInMiddle(peer, '#peer');
    const peerTyping = await typeAndMeasure(peer, '#peer');
    const peerPaste = await pasteAndMeasure(peer, '#empty', html, true);
    // The method's own floor: the same probe on a one-line contenteditable (waiting for the next frame is most of it).
    await peer.setContent('<!doctype html><html><body><div id="floor" contenteditable="true" style="font:16px sans-serif"><p>One short line to type into.</p></div></body></html>');
    await caretInMiddle(peer, '#floor');
    const floorTyping = await typeAndMeasure(peer, '#floor');
    await peer.close();

    const ms = (v: number) => v.toFixed(1);
    const g95 = percentile(gleanerTyping, 95);
    const p95 = percentile(peerTyping, 95);
    console.log(
      [
        '## editor',
        '',
        `Article: ${words.toLocaleString('en')} words (headings, numbered and bullet lists, a table per section); ${KEYSTROKES} keystrokes typed in the middle of it, then the whole article pasted as HTML into an empty one. Peer: a bare contenteditable div with the same HTML in the same Chromium.`,
        '',
        '| | Gleaner (Lexical) | bare contenteditable | ratio (peer / Gleaner) | target |',
        '| --- | ---: | ---: | ---: | --- |',
        `| keystroke-to-paint p50 | ${ms(percentile(gleanerTyping, 50))} ms | ${ms(percentile(peerTyping, 50))} ms | ${(percentile(peerTyping, 50) / percentile(gleanerTyping, 50)).toFixed(2)}× | |`,
        `| keystroke-to-paint p95 | ${ms(g95)} ms | ${ms(p95)} ms | ${(p95 / g95).toFixed(2)}× | ≤ 16 ms: ${g95 <= 16 ? 'met' : 'NOT met'} |`,
        `| keystroke-to-paint p50 / p95, one-line contenteditable (the method's floor) | | ${ms(percentile(floorTyping, 50))} / ${ms(percentile(floorTyping, 95))} ms | | |`,
        `| paste the whole article | ${ms(gleanerPaste)} ms | ${ms(peerPaste)} ms | ${(peerPaste / gleanerPaste).toFixed(2)}× | ≤ 1,000 ms: ${gleanerPaste <= 1000 ? 'met' : 'NOT met'} |`,
        '',
        `Above the floor at p95: Gleaner +${ms(g95 - percentile(floorTyping, 95))} ms, bare contenteditable +${ms(p95 - percentile(floorTyping, 95))} ms. Blocks off screen skip layout and paint (content-visibility: auto in the editor theme).`,
      ].join('\n'),
    );
  } finally {
    await h.close();
    await stopShared();
  }
}

await main();
