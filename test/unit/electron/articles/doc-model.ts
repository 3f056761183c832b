import { $createCodeNode } from '@lexical/code';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalNode, type TextFormatType } from 'lexical';
import { createArticleEditor, stateAfter } from '../../../../electron/core/articles/convert/editor';
import type { LexicalState } from '../../../../shared/domain/article';
import { $createCalloutNode, $createCitationNode, $createHorizontalRuleNode, $createImageNode, CALLOUT_VARIANTS } from '../../../../shared/lexical/nodes';

/** A small document model that fast-check generates and Lexical builds: what the converters must keep. */
export type Inline =
  | { kind: 'text'; text: string; formats: TextFormatType[] }
  | { kind: 'link'; url: string; text: string }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'citation'; transcriptId: string; turn: number };
export type Block =
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; inline: Inline[] }
  | { kind: 'quote'; inline: Inline[] }
  | { kind: 'list'; listType: 'bullet' | 'number' | 'check'; items: Array<{ inline: Inline[]; checked: boolean }> }
  | { kind: 'code'; language: string; lines: string[] }
  | { kind: 'table'; rows: Inline[][][][] }
  | { kind: 'callout'; variant: (typeof CALLOUT_VARIANTS)[number]; paragraphs: Inline[][] }
  | { kind: 'rule' };

const latin = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
const cjk = fc.stringMatching(/^[\u4e00-\u4e2f\u6f00-\u6f2f]{1,4}$/);
const word = fc.oneof({ weight: 3, arbitrary: latin }, { weight: 1, arbitrary: cjk });
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

export function inlineArb(formats: readonly TextFormatType[]): fc.Arbitrary<Inline[]> {
  const styled = fc.oneof(
    fc.subarray([...formats], { minLength: 0 }),
    fc.constant<TextFormatType[]>(['code']),
  );
  const text = fc.record({ kind: fc.constant('text' as const), text: words, formats: styled });
  const link = fc.record({ kind: fc.constant('link' as const), url: latin.map((w) => `https://example.com/${w}`), text: words });
  const image = fc.record({ kind: fc.constant('image' as const), src: latin.map((w) => `https://img.example.com/${w}.png`), alt: latin });
  const citation = fc.record({ kind: fc.constant('citation' as const), transcriptId: latin, turn: fc.nat(200) });
  return fc.array(fc.oneof({ weight: 6, arbitrary: text }, link, image, citation), { minLength: 1, maxLength: 5 });
}

export function blocksArb(formats: readonly TextFormatType[]): fc.Arbitrary<Block[]> {
  const inline = inlineArb(formats);
  const plainish = inlineArb(formats).map((runs) => runs.filter((r) => r.kind === 'text' || r.kind === 'link')).filter((r) => r.length > 0);
  const block: fc.Arbitrary<Block> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), inline }) },
    fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), inline: plainish }),
    fc.record({ kind: fc.constant('quote' as const), inline: plainish }),
    fc.record({
      kind: fc.constant('list' as const),
      listType: fc.constantFrom('bullet' as const, 'number' as const, 'check' as const),
      items: fc.array(fc.record({ inline: plainish, checked: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant('code' as const), language: fc.constantFrom('js', 'python', 'sql'), lines: fc.array(words, { minLength: 1, maxLength: 3 }) }),
    fc.integer({ min: 1, max: 3 }).chain((width) =>
      fc.record({
        kind: fc.constant('table' as const),
        rows: fc.array(fc.array(fc.array(plainish, { minLength: 1, maxLength: 1 }), { minLength: width, maxLength: width }), { minLength: 2, maxLength: 4 }),
      }),
    ),
    fc.record({ kind: fc.constant('callout' as const), variant: fc.constantFrom(...CALLOUT_VARIANTS), paragraphs: fc.array(plainish, { minLength: 1, maxLength: 3 }) }),
    fc.constant({ kind: 'rule' as const }),
  );
  return fc.array(block, { minLength: 1, maxLength: 8 }).map(separateAdjacentLists);
}

/** Two lists in a row are one list in Markdown; a paragraph between keeps them apart. */
function separateAdjacentLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (previous && ((previous.kind === 'list' && block.kind === 'list') || (previous.kind === 'quote' && block.kind === 'quote'))) {
      out.push({ kind: 'paragraph', inline: [{ kind: 'text', text: 'between', formats: [] }] });
    }
    out.push(block);
  }
  return out;
}

function $appendInline(parent: ElementNode, inline: readonly Inline[]): void {
  inline.forEach((run, index) => {
    if (index > 0) parent.append($createTextNode(' '));
    if (run.kind === 'text') {
      const node = $createTextNode(run.text);
      for (const format of run.formats) node.toggleFormat(format);
      parent.append(node);
    } else if (run.kind === 'link') parent.append($createLinkNode(run.url).append($createTextNode(run.text)));
    else if (run.kind === 'image') parent.append($createImageNode({ src: run.src, altText: run.alt }));
    else parent.append($createCitationNode({ transcriptId: run.transcriptId, turn: run.turn }));
  });
}

function $buildBlock(block: Block): LexicalNode {
  switch (block.kind) {
    case 'paragraph': {
      const p = $createParagraphNode();
      $appendInline(p, block.inline);
      return p;
    }
    case 'heading': {
      const h = $createHeadingNode(`h${block.level}`);
      $appendInline(h, block.inline);
      return h;
    }
    case 'quote': {
      const q = $createQuoteNode();
      $appendInline(q, block.inline);
      return q;
    }
    case 'list': {
      const list = $createListNode(block.listType);
      for (const item of block.items) {
        const li = $createListItemNode(block.listType === 'check' ? item.checked : undefined);
        $appendInline(li, item.inline);
        list.append(li);
      }
      return list;
    }
    case 'code': {
      const code = $createCodeNode(block.language);
      code.append($createTextNode(block.lines.join('\n')));
      return code;
    }
    case 'table': {
      const table = $createTableNode();
      block.rows.forEach((row, rowIndex) => {
        const tr = $createTableRowNode();
        for (const cell of row) {
          const td = $createTableCellNode(rowIndex === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
          for (const paragraph of cell) {
            const p = $createParagraphNode();
            $appendInline(p, paragraph);
            td.append(p);
          }
          tr.append(td);
        }
        table.append(tr);
      });
      return table;
    }
    case 'callout': {
      const callout = $createCalloutNode(block.variant);
      for (const paragraph of block.paragraphs) {
        const p = $createParagraphNode();
        $appendInline(p, paragraph);
        callout.append(p);
      }
      return callout;
    }
    case 'rule':
      return $createHorizontalRuleNode();
  }
}

export function buildState(blocks: readonly Block[]): LexicalState {
  return stateAfter(createArticleEditor(), () => {
    const root = $getRoot().clear();
    for (const block of blocks) root.append($buildBlock(block));
  });
}

type Json = { [key: string]: unknown };
const KEEP = ['type', 'tag', 'listType', 'checked', 'variant', 'url', 'src', 'altText', 'transcriptId', 'turn', 'headerState', 'language', 'format', 'text'];

/** The parts of a state that carry content; adjacent text runs with the same format are merged. */
export function canonical(node: unknown): unknown {
  const json = node as Json;
  const out: Json = {};
  for (const key of KEEP) {
    if (key in json && json[key] !== undefined && json[key] !== null && json[key] !== '') out[key] = json[key];
  }
  if (json['type'] !== 'text') delete out['format'];
  // HTML marks a header cell (th), not whether it heads its row or its column.
  if ('headerState' in out) out['headerState'] = Number(out['headerState']) > 0;
  if (json['type'] === 'code-highlight' || json['type'] === 'linebreak') return { type: 'text', text: json['type'] === 'linebreak' ? '\n' : json['text'], format: 0 };
  if (Array.isArray(json['children'])) {
    const children: Json[] = [];
    for (const child of json['children'].map(canonical) as Json[]) {
      const last = children[children.length - 1];
      if (last && last['type'] === 'text' && child['type'] === 'text' && (last['format'] ?? 0) === (child['format'] ?? 0)) {
        last['text'] = `${String(last['text'])}${String(child['text'])}`;
      } else children.push({ ...child });
    }
    out['children'] = children;
  }
  return out;
}
