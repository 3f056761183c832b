import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CalloutNode } from './CalloutNode';
import { CitationNode } from './CitationNode';
import { HorizontalRuleNode } from './HorizontalRuleNode';
import { ImageNode } from './ImageNode';

/** Every node an article may hold; the renderer's editor and the core's converters register the same list. */
export const ARTICLE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  CalloutNode,
  CitationNode,
  ImageNode,
];

export * from './CalloutNode';
export * from './CitationNode';
export * from './HorizontalRuleNode';
export * from './ImageNode';
