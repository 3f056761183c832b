import { $createCodeNode } from '@lexical/code';
import { INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { $createCalloutNode, type CalloutVariant } from '../../../shared/lexical/nodes/CalloutNode';
import { $createHorizontalRuleNode } from '../../../shared/lexical/nodes/HorizontalRuleNode';
import { $createImageNode } from '../../../shared/lexical/nodes/ImageNode';

export const BLOCK_TYPES = ['paragraph', 'h1', 'h2', 'h3', 'quote', 'code', 'bullet', 'number', 'check'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
export const INSERTABLES = ['table', 'rule', 'note', 'tip', 'warning', 'kcs'] as const;
export type Insertable = (typeof INSERTABLES)[number];

/** Turns the blocks of the selection into `type`. */
export function setBlockType(editor: LexicalEditor, type: BlockType): void {
  if (type === 'bullet') return void editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
  if (type === 'number') return void editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  if (type === 'check') return void editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (type === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (type === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else if (type === 'code') $setBlocksType(selection, () => $createCodeNode());
    else $setBlocksType(selection, () => $createHeadingNode(type as HeadingTagType));
  });
}

export interface KcsHeadings {
  issue: string;
  environment: string;
  resolution: string;
  cause: string;
}

/** Inserts a block at the selection: a 3×3 table, a divider, a callout, or the KCS sections. */
export function insertBlock(editor: LexicalEditor, what: Insertable, kcs: KcsHeadings): void {
  if (what === 'table') return void editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } });
  editor.update(() => {
    if (what === 'rule') {
      $insertNodeToNearestRoot($createHorizontalRuleNode());
      return;
    }
    if (what === 'kcs') {
      const nodes = [kcs.issue, kcs.environment, kcs.resolution, kcs.cause].flatMap((title) => [
        $createHeadingNode('h2').append($createTextNode(title)),
        $createParagraphNode(),
      ]);
      $insertNodes(nodes);
      return;
    }
    const callout = $createCalloutNode(what as CalloutVariant);
    const paragraph = $createParagraphNode();
    callout.append(paragraph);
    $insertNodeToNearestRoot(callout);
    paragraph.select();
  });
}

export function insertImage(editor: LexicalEditor, src: string, altText: string): void {
  editor.update(() => {
    $insertNodes([$createImageNode({ src, altText })]);
  });
}
