import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../../electron/core/export/run';
import { sanitizeExportHtml, withoutLeadingTitle } from '../../../../electron/core/export/sanitize';
import type { ExportArticle, ExportSink } from '../../../../electron/core/export/types';
import { Workspace } from '../../../../electron/core/workspace/workspace';

const HOSTILE = [
  '<h2 class="x" id="y" style="white-space: pre-wrap">Steps</h2>',
  '<p data-callout="warning" onclick="alert(1)">Careful <a href="javascript:alert(2)">here</a> and <a href="https://help.example.com/a">there</a></p>',
  '<script>alert(3)</script><style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
  '<svg><circle onload="alert(4)"></circle></svg>',
  '<img src="gleaner-media:' + 'a'.repeat(64) + '.png" alt="screen"><img src="http://tracker.example/p.gif">',
].join('');

describe('export sanitizing', () => {
  it('follows the shared policy, drops inline styles, and is stable when applied again', () => {
    const clean = sanitizeExportHtml(HOSTILE);
    expect(clean).not.toMatch(/<script|<style|<iframe|<svg|onclick|onload|javascript:|class=|id=|style=/);
    expect(clean).toContain('<h2>Steps</h2>');
    expect(clean).toContain('data-callout="warning"');
    expect(clean).toContain('href="https://help.example.com/a"');
    expect(clean).toContain(`src="gleaner-media:${'a'.repeat(64)}.png"`);
    expect(clean).not.toContain('tracker.example');
    expect(sanitizeExportHtml(clean)).toBe(clean);
  });

  it('gives every sink sanitized HTML, once, and hashes what the sink received', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-export-sanitize-'));
    const ws = await Workspace.create(join(dir, 'ws'));
    try {
      const seen: string[] = [];
      const sink: ExportSink = {
        destination: 'memory',
        create: async (article) => {
          seen.push(article.html);
          return article.id;
        },
        update: async (id) => id,
      };
      const article: ExportArticle = {
        id: 'a1', slug: 'a1', title: 'A', language: 'en', category: 'C', section: 'C', tags: [], summary: '', html: HOSTILE, markdown: '', updatedAt: '2026-11-20T00:00:00.000Z', translationOf: null,
      };
      await runExport(ws, { target: 'markdown', sink, articles: [article] });
      expect(seen).toEqual([sanitizeExportHtml(HOSTILE)]);
      // A re-export of the same (unsanitized) input is unchanged: the hash is over the sanitized HTML.
      const again = await runExport(ws, { target: 'markdown', sink, articles: [article] });
      expect(again.counts.unchanged).toBe(1);
    } finally {
      ws.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the title heading', () => {
  it('drops a body heading that repeats the title, and keeps any other', () => {
    expect(withoutLeadingTitle('<h1>Refund &amp; <b>returns</b></h1><h2>Issue</h2>', 'Refund & returns')).toBe('<h2>Issue</h2>');
    expect(withoutLeadingTitle('<h1>Something else</h1><p>x</p>', 'Refund')).toBe('<h1>Something else</h1><p>x</p>');
    expect(withoutLeadingTitle('<p>Intro</p><h1>Refund</h1>', 'Refund')).toBe('<p>Intro</p><h1>Refund</h1>');
  });
});
