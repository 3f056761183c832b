import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createArticle } from '../../electron/core/articles/store';
import type { Article } from '../../shared/domain/article';
import { startHarness, stopShared, type Harness } from './harness';

/** What Word puts on the clipboard: conditional comments, o:p, mso styles and classes, a style block. */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
<p class="MsoNormal" style="mso-margin-top-alt:auto;color:red"><b style="mso-bidi-font-weight:normal">Reset</b> the router<o:p></o:p></p>
<ol style="margin-top:0"><li class="MsoListParagraph" style="mso-list:l0 level1 lfo1">Unplug it<o:p></o:p></li><li class="MsoListParagraph">Wait 30 seconds</li></ol>
</body></html>`;

/** Google Docs wraps everything in a bold with an internal id, and styles spans inline. */
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;font-weight:700">Check the cable</span><span style="font-size:11pt"> first.</span></p></b>`;

/** A web page: scripts, handlers, javascript: links, iframes, tracking pixels. */
const WEB = `<div onclick="window.__xss=1"><h2 style="color:blue">Billing help</h2><script>window.__xss=1</script><p>See <a href="javascript:window.__xss=1">this</a> and <a href="https://example.com/help" onmouseover="window.__xss=1">our help</a>.</p><iframe src="https://evil.example"></iframe><img src="https://tracker.example/p.gif" onerror="window.__xss=1"></div>`;

describe('pasting into the editor', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(stopShared);

  it('cleans Word, Google Docs and web HTML: keeps structure and emphasis, drops styles, scripts and handlers', async () => {
    let id = '';
    h = await startHarness({
      seed: async (core) => {
        id = (await createArticle(core.requireWorkspace(), { title: 'Paste target' }, { id: 'seed' })).id;
      },
    });
    const { page, dispatch } = h;
    await page.evaluate((articleId) => (window.location.hash = `#/articles/${encodeURIComponent(articleId)}`), id);
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.click();

    const paste = (html: string) =>
      body.evaluate((element, content) => {
        const data = new DataTransfer();
        data.setData('text/html', content);
        data.setData('text/plain', content.replace(/<[^>]+>/g, ''));
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, html);

    for (const html of [WORD, GOOGLE_DOCS, WEB]) {
      await paste(html);
      // Out of the pasted list (an empty item ends it) into a fresh paragraph for the next source.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => body.textContent()).toContain('our help');
    const dom = await body.innerHTML();
    expect(dom).toContain('Reset');
    expect(dom).not.toMatch(/mso-|MsoNormal|o:p|docs-internal-guid|onclick|onerror|onmouseover|javascript:|<script|<iframe|color:\s*(red|blue)/i);
    expect(await body.locator('ol li').allTextContents()).toEqual(['Unplug it', 'Wait 30 seconds']);
    expect(await body.locator('strong, b, .ge-bold').first().textContent()).toBe('Reset');
    expect(await body.locator('h2').allTextContents()).toContain('Billing help');
    const hrefs = await body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('https://example.com/help');
    expect(hrefs).toEqual(['https://example.com/help']);
    expect(await body.textContent()).toContain('See this and our help.');
    expect(await body.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // What autosave stores is as clean as what is shown.
    await expect
      .poll(async () => {
        const result = await dispatch('articles:get', { id });
        return result.ok ? (result.value as Article).text : '';
      }, { timeout: 15_000 })
      .toContain('our help');
    const stored = await dispatch('articles:get', { id });
    const json = JSON.stringify(stored.ok && (stored.value as Article).content);
    expect(json).not.toMatch(/javascript:|onerror|mso-/);
    // Chromium (from 156) reports the fixture's inline handlers as blocked by the CSP as soon as any document,
    // even DOMPurify's inert one, parses them; that report is the CSP working, and __xss above proves nothing ran.
    const blockedByCsp = /^Executing inline event handler violates .*The action has been blocked\.$/;
    expect(h.pageErrors.filter((message) => !blockedByCsp.test(message))).toEqual([]);
  }, 120_000);
});
