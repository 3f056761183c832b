import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLexical, lexicalToHtml } from '../../../../electron/core/articles/convert/html';
import { lexicalToMarkdown, markdownToLexical } from '../../../../electron/core/articles/convert/markdown';
import { lexicalToText } from '../../../../electron/core/articles/convert/text';
import { blocksArb, buildState, canonical } from './doc-model';

const RUNS = 150;
const HTML_RUNS = 60;

describe('article conversions', () => {
  it('Lexical → Markdown → Lexical keeps every block, mark, link, image, citation, table and callout', () => {
    fc.assert(
      fc.property(blocksArb(['bold', 'italic', 'strikethrough']), (blocks) => {
        const state = buildState(blocks);
        const markdown = lexicalToMarkdown(state);
        expect(canonical(markdownToLexical(markdown).root), markdown).toEqual(canonical(state.root));
      }),
      { numRuns: RUNS },
    );
  });

  it('Lexical → HTML → Lexical keeps the same content, underline included', () => {
    fc.assert(
      fc.property(blocksArb(['bold', 'italic', 'strikethrough', 'underline']), (blocks) => {
        const state = buildState(blocks);
        const html = lexicalToHtml(state);
        expect(canonical(htmlToLexical(html).root), html).toEqual(canonical(state.root));
      }),
      { numRuns: HTML_RUNS },
    );
  });

  it('Markdown written by the converter is a fixed point', () => {
    fc.assert(
      fc.property(blocksArb(['bold', 'italic']), (blocks) => {
        const markdown = lexicalToMarkdown(buildState(blocks));
        expect(lexicalToMarkdown(markdownToLexical(markdown))).toBe(markdown);
      }),
      { numRuns: 60 },
    );
  });

  it('drops scripts, handlers and unsafe URLs from hostile HTML', () => {
    const hostile =
      '<p>Hi<script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">click</a>' +
      '<a href="https://ok.example.com/a">fine</a></p><iframe src="https://evil.example.com"></iframe><style>p{}</style>' +
      '<p onclick="steal()"><img src="https://img.example.com/a.png" alt="kept"></p>';
    const state = htmlToLexical(hostile);
    const json = JSON.stringify(state);
    expect(json).not.toMatch(/alert|javascript:|onerror|onclick|evil|steal/);
    expect(lexicalToText(state)).toContain('click');
    expect(lexicalToMarkdown(state)).toContain('[fine](https://ok.example.com/a)');
    expect(lexicalToMarkdown(state)).toContain('![kept](https://img.example.com/a.png)');
    expect(lexicalToHtml(state)).not.toMatch(/script|onerror/);
  });

  it('reads Word and Google Docs HTML as clean structure', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
      '<h2 class="MsoHeading2">Resolution<o:p></o:p></h2><p class="MsoNormal" style="mso-line-height-rule:exactly"><b>Restart</b> the router<o:p></o:p></p>' +
      '<ol><li class="MsoListParagraph">Unplug it</li><li>Wait 30 seconds</li></ol></body></html>';
    expect(lexicalToMarkdown(htmlToLexical(word))).toBe('## Resolution\n\n**Restart** the router\n\n1. Unplug it\n2. Wait 30 seconds');
  });
});
