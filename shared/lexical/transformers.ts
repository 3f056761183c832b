import {
  $convertToMarkdownString,
  $generateNodesFromMarkdownString,
  CHECK_LIST,
  ELEMENT_TRANSFORMERS,
  MULTILINE_ELEMENT_TRANSFORMERS,
  TEXT_FORMAT_TRANSFORMERS,
  TEXT_MATCH_TRANSFORMERS,
  type ElementTransformer,
  type MultilineElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $createParagraphNode, $isParagraphNode, type ElementNode, type LexicalNode } from 'lexical';
import { $createCalloutNode, $isCalloutNode, CalloutNode, type CalloutVariant } from './nodes/CalloutNode';
import { $createCitationNode, $isCitationNode, CitationNode } from './nodes/CitationNode';
import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from './nodes/HorizontalRuleNode';
import { $createImageNode, $isImageNode, ImageNode } from './nodes/ImageNode';
import { isAllowedImageSrc } from './url';

export const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '***' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    if (isImport || parentNode.getNextSibling() != null) parentNode.replace(rule);
    else parentNode.insertBefore(rule);
    rule.selectNext();
  },
  type: 'element',
};

export const IMAGE: TextMatchTransformer = {
  dependencies: [ImageNode],
  export: (node) => {
    if (!$isImageNode(node)) return null;
    const { src, altText } = node.getPayload();
    return `![${altText.replace(/[[\]]/g, '')}](${src})`;
  },
  importRegExp: /!\[([^\]]*)\]\(([^()\s]+)\)/,
  regExp: /!\[([^\]]*)\]\(([^()\s]+)\)$/,
  replace: (textNode, match) => {
    const src = match[2] ?? '';
    if (!isAllowedImageSrc(src)) return;
    textNode.replace($createImageNode({ src, altText: match[1] ?? '' }));
  },
  trigger: ')',
  type: 'text-match',
};

/** `[[cite:<transcript id>#<turn>]]`: not Markdown, but survives a round trip through a Markdown file. */
export const CITATION: TextMatchTransformer = {
  dependencies: [CitationNode],
  export: (node) => {
    if (!$isCitationNode(node)) return null;
    const { transcriptId, turn } = node.getPayload();
    return `[[cite:${transcriptId}#${turn}]]`;
  },
  importRegExp: /\[\[cite:([\w.:-]+)#(\d+)\]\]/,
  regExp: /\[\[cite:([\w.:-]+)#(\d+)\]\]$/,
  replace: (textNode, match) => {
    textNode.replace($createCitationNode({ transcriptId: match[1] ?? '', turn: Number(match[2]) }));
  },
  trigger: ']',
  type: 'text-match',
};

const CALLOUT_MARKERS: Record<string, CalloutVariant> = { NOTE: 'note', TIP: 'tip', WARNING: 'warning' };

/** GitHub's alert syntax: `> [!NOTE]` followed by quoted lines. */
export const CALLOUT: MultilineElementTransformer = {
  dependencies: [CalloutNode],
  export: (node) => {
    if (!$isCalloutNode(node)) return null;
    const body = $convertToMarkdownString(ARTICLE_TRANSFORMERS, node);
    const quoted = body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`));
    return [`> [!${node.getVariant().toUpperCase()}]`, ...quoted].join('\n');
  },
  regExpStart: /^> ?\[!(NOTE|TIP|WARNING)\]\s*$/,
  handleImportAfterStartMatch: ({ lines, rootNode, startLineIndex, startMatch }) => {
    let end = startLineIndex;
    while (end + 1 < lines.length && /^>/.test(lines[end + 1] ?? '')) end += 1;
    const inner = lines
      .slice(startLineIndex + 1, end + 1)
      .map((line) => line.replace(/^> ?/, ''))
      .join('\n');
    const callout = $createCalloutNode(CALLOUT_MARKERS[startMatch[1] ?? 'NOTE'] ?? 'note');
    appendBlocks(callout, $generateNodesFromMarkdownString(inner, ARTICLE_TRANSFORMERS));
    rootNode.append(callout);
    return [true, end];
  },
  replace: () => false,
  type: 'multiline-element',
};

const TABLE_ROW = /^\|(.*)\|\s*$/;
const TABLE_DIVIDER = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/;
const CELL_BREAK = '<br>';

const splitCells = (line: string): string[] =>
  (line.trim().match(TABLE_ROW)?.[1] ?? '').split(/(?<!\\)\|/).map((cell) => cell.trim());

function $exportCell(cell: TableCellNode): string {
  return $convertToMarkdownString(ARTICLE_TRANSFORMERS, cell)
    .split('\n')
    .filter((line) => line !== '')
    .join(CELL_BREAK)
    .replace(/(?<!\\)\|/g, '\\|');
}

function $importCell(text: string, header: boolean): TableCellNode {
  const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
  const markdown = text.split(CELL_BREAK).join('\n\n').replace(/\\\|/g, '|');
  appendBlocks(cell, $generateNodesFromMarkdownString(markdown, ARTICLE_TRANSFORMERS));
  return cell;
}

/** GitHub tables; the first row is the header row. Cell paragraphs are joined with `<br>`. */
export const TABLE: MultilineElementTransformer = {
  dependencies: [TableNode, TableRowNode, TableCellNode],
  export: (node) => {
    if (!$isTableNode(node)) return null;
    const rows = node.getChildren().filter($isTableRowNode);
    const lines: string[] = [];
    rows.forEach((row, index) => {
      const cells = row.getChildren().filter($isTableCellNode);
      lines.push(`| ${cells.map($exportCell).join(' | ')} |`);
      if (index === 0) lines.push(`|${cells.map(() => ' --- ').join('|')}|`);
    });
    return lines.join('\n');
  },
  regExpStart: TABLE_ROW,
  handleImportAfterStartMatch: ({ lines, rootNode, startLineIndex }) => {
    if (!TABLE_DIVIDER.test(lines[startLineIndex + 1] ?? '')) return null;
    let end = startLineIndex + 1;
    while (end + 1 < lines.length && TABLE_ROW.test(lines[end + 1] ?? '')) end += 1;
    const header = splitCells(lines[startLineIndex] ?? '');
    const body = lines.slice(startLineIndex + 2, end + 1).map(splitCells);
    const width = header.length;
    const table = $createTableNode();
    [header, ...body].forEach((cells, rowIndex) => {
      const row = $createTableRowNode();
      for (let column = 0; column < width; column += 1) row.append($importCell(cells[column] ?? '', rowIndex === 0));
      table.append(row);
    });
    rootNode.append(table);
    return [true, end];
  },
  replace: () => false,
  type: 'multiline-element',
};

function appendBlocks(parent: ElementNode, nodes: LexicalNode[]): void {
  const blocks = nodes.filter((node) => !($isParagraphNode(node) && node.getTextContentSize() === 0 && node.getChildrenSize() === 0));
  if (blocks.length === 0) parent.append($createParagraphNode());
  for (const block of blocks) parent.append(block);
}

/** The article's Markdown dialect: CommonMark/GFM blocks plus callouts, citations, images and rules. */
export const ARTICLE_TRANSFORMERS: Transformer[] = [
  TABLE,
  CALLOUT,
  HORIZONTAL_RULE,
  CHECK_LIST,
  ...ELEMENT_TRANSFORMERS,
  ...MULTILINE_ELEMENT_TRANSFORMERS,
  ...TEXT_FORMAT_TRANSFORMERS,
  IMAGE,
  CITATION,
  ...TEXT_MATCH_TRANSFORMERS,
];
