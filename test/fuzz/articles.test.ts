import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLexical, lexicalToHtml, lexicalToMarkdown, lexicalToText, markdownToLexical, sanitizeHtml } from '../../electron/core/articles/convert';
import { domWindow } from '../../electron/core/articles/convert/dom';
import { parseFrontMatter } from '../../electron/core/articles/import/front-matter';
import { lexicalStateSchema } from '../../shared/domain/article';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout, nastyString } from './support';

/** Each case runs jsdom and Lexical several times (tens of ms): inside the normal suite a shorter run. */
const RUNS = process.env.FUZZ_RUNS ? FUZZ_RUNS : 60;

// Markdown and HTML articles from files, paste or the web are hostile: whatever comes in, converting
// must end without a crash, and the sanitized HTML must carry no script, no event handler and no
// script URL. Nesting and tables are kept moderate: the jsdom conversion is slow on big styled tables
// (a 120×12 table takes seconds to turn into HTML), which is a speed issue, not a safety one.

const SCHEMES = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:image/svg+xml,<svg onload=alert(1)>', 'mailto:%E0%A4%A', 'mailto:a@b.c', 'https://example.com/a?b=<x>', '//evil.example', 'gleaner-media:../../x', 'file:///etc/passwd'];
const url = fc.oneof(fc.constantFrom(...SCHEMES), nastyString);
const handler = fc.constantFrom('onerror', 'onload', 'onclick', 'onmouseover', 'ONFOCUS', 'onanimationstart', 'formaction', 'style', 'srcdoc', 'xlink:href');
const TAGS = ['p', 'div', 'span', 'a', 'img', 'b', 'i', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'blockquote', 'pre', 'code', 'script', 'style', 'iframe', 'svg', 'math', 'object', 'embed', 'form', 'input', 'button', 'template', 'noscript', 'textarea', 'title', 'base', 'meta', 'link', 'details', 'video', 'audio', 'source', 'select', 'option', 'xmp', 'plaintext'];
const attr = fc.oneof(
  fc.tuple(handler, fc.constantFrom('alert(1)', 'javascript:alert(1)', '"x"')).map(([k, v]) => ` ${k}="${v}"`),
  fc.tuple(fc.constantFrom('href', 'src', 'action', 'background', 'poster', 'srcset'), url).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`),
  fc.tuple(fc.constantFrom('href', 'src'), url).map(([k, v]) => ` ${k}=${v}`),
  fc.constantFrom(' data-x="1"', ' class="callout"', ' id="a"', ' colspan="999999"', '/', ' "', ' <'),
);
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg><script>alert(1)</script></svg>', '<a href="javascript:alert(1)">x</a>', '<iframe src="javascript:alert(1)"></iframe>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<!--<script>-->', '<![CDATA[<script>]]>', '&lt;script&gt;', '<style>@import "x"</style>', '</p></div></table>'),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean()).map(
      ([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node;
const deep = fc.tuple(fc.constantFrom('div', 'ul><li', 'blockquote', 'b', 'table><tr><td'), fc.integer({ min: 20, max: 150 })).map(([tag, n]) => `<${tag}>`.repeat(n) + 'deep' + `</${tag.split('><').reverse().join('></')}>`.repeat(n));
const hugeTable = fc.tuple(fc.integer({ min: 5, max: 25 }), fc.integer({ min: 2, max: 6 }), nastyString).map(([rows, cols, cell]) => `<table>${`<tr>${`<td>${cell.replace(/</g, '')}</td>`.repeat(cols)}</tr>`.repeat(rows)}</table>`);
const hostileHtml = fc.oneof({ arbitrary: html, weight: 8 }, { arbitrary: deep, weight: 1 }, { arbitrary: hugeTable, weight: 1 });

const mdLine = fc.oneof(
  nastyString,
  fc.tuple(nastyString, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(nastyString, url).map(([t, u]) => `![${t}](${u})`),
  fc.tuple(nastyString, url).map(([t, u]) => `[${t}]: ${u}`),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '```js\nalert(1)\n```', '> > > > quote', '- - - - list', '1. 2. 3.', '# ', '|a|b|\n|-|-|', '<javascript:alert(1)>', '[x](<javascript:alert(1)>)', '***', '\\', '`'),
  html,
);
const markdown = fc.oneof(
  { arbitrary: fc.array(mdLine, { maxLength: 10 }).map((ls) => ls.join('\n')), weight: 8 },
  { arbitrary: fc.integer({ min: 20, max: 80 }).map((n) => `${'> '.repeat(n)}deep\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}`), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 5, max: 25 }), fc.integer({ min: 2, max: 6 })).map(([r, c]) => [`|${' h |'.repeat(c)}`, `|${'---|'.repeat(c)}`, ...Array.from({ length: r }, (_, i) => `|${` [c${i}](javascript:alert(${i})) |`.repeat(c)}`)].join('\n')), weight: 1 },
);
const frontMatter = fc.tuple(fc.array(fc.oneof(fc.tuple(fc.constantFrom('title', 'slug', 'tags', 'language', 'review_by', 'translation_of', 'category'), nastyString).map(([k, v]) => `${k}: ${v}`), fc.constantFrom('a: &a [1,2]\nb: [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'tags: [a, [b, {c: d}]]', ': :', '- list', 'title: !!binary aGk=', 'x: *missing')), { maxLength: 5 }), markdown).map(([lines, body]) => `---\n${lines.join('\n')}\n---\n${body}`);

const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'srcset', 'data'];
const FORBIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'LINK', 'META', 'BASE', 'SVG', 'MATH', 'FRAME', 'FRAMESET']);

/** Throws when sanitized HTML still carries something that could run. */
function assertInert(output: string, where: string): void {
  const doc = new (domWindow().DOMParser)().parseFromString(`<body>${output}</body>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (FORBIDDEN_TAGS.has(el.tagName.toUpperCase())) throw new Error(`${where}: <${el.tagName}> survived: ${output.slice(0, 300)}`);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) throw new Error(`${where}: handler ${a.name} survived: ${output.slice(0, 300)}`);
      // eslint-disable-next-line no-control-regex
      const value = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      const name = a.name.toLowerCase();
      if (URL_ATTRS.includes(name) && /^(javascript|vbscript):/.test(value)) throw new Error(`${where}: ${a.name}="${a.value}" survived`);
      // A data: document only loads where it can be navigated to (media elements may keep data: URIs, inert).
      if (['A', 'AREA'].includes(el.tagName.toUpperCase()) && name === 'href' && /^(data:text|data:image\/svg|file:)/.test(value)) throw new Error(`${where}: a link to ${a.value} survived`);
    }
  }
  if (/<\s*script/i.test(output)) throw new Error(`${where}: a script tag survived: ${output.slice(0, 300)}`);
}

/** Throws when exported Markdown (outside code) holds raw HTML or a script link target that a help-center renderer would turn live. */
function assertInertMarkdown(md: string, where: string): void {
  const prose = md.replace(/^\s{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\s{0,3}\1[^\n]*$/gm, '').replace(/(`+)[^`]*?\1/g, '');
  if (/<(?!br>)[a-z!?/]/i.test(prose)) throw new Error(`${where}: raw HTML in the Markdown: ${md.slice(0, 300)}`);
  if (/\](\(|:)\s*<?\s*(javascript|vbscript|data:text)/i.test(prose)) throw new Error(`${where}: a script link in the Markdown: ${md.slice(0, 300)}`);
}

describe('article Markdown and HTML under hostile input', () => {
  it(`HTML → sanitize → Lexical → HTML/Markdown: no crash, nothing that runs (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostileHtml, (input) => {
        assertInert(sanitizeHtml(input), 'sanitizeHtml');
        const state = htmlToLexical(input);
        expect(lexicalStateSchema.safeParse(state).success).toBe(true);
        assertInert(lexicalToHtml(state), 'lexicalToHtml(htmlToLexical)');
        assertInertMarkdown(lexicalToMarkdown(state), 'lexicalToMarkdown(htmlToLexical)');
        lexicalToText(state);
      }),
      fuzzParams(RUNS),
    );
  }, fuzzTimeout(1500, RUNS));

  it(`Markdown (with front matter) → Lexical → HTML: no crash, nothing that runs (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(markdown, frontMatter), (input) => {
        let body = input;
        try {
          body = parseFrontMatter(input).body;
        } catch (error) {
          // Malformed front matter is reported per file by the folder import; it must be an Error with a message.
          if (!(error instanceof Error) || !error.message) throw error;
        }
        const state = markdownToLexical(body);
        expect(lexicalStateSchema.safeParse(state).success).toBe(true);
        assertInert(lexicalToHtml(state), 'lexicalToHtml(markdownToLexical)');
        assertInertMarkdown(lexicalToMarkdown(state), 'lexicalToMarkdown(markdownToLexical)');
      }),
      fuzzParams(RUNS),
    );
  }, fuzzTimeout(1500, RUNS));
});
