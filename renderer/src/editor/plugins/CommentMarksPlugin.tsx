import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { $createRangeSelection, $getNearestNodeFromDOMNode, $getRoot, $isElementNode, $isTextNode, type LexicalNode, type TextNode } from 'lexical';
import { useEffect, useRef } from 'react';

/** A comment thread's place in the text: the quoted words and which occurrence of them (0 = the first). */
export interface CommentAnchor {
  threadId: string;
  quote: string;
  occurrence: number;
}

export interface TextSelectionAnchor {
  quote: string;
  occurrence: number;
}

interface TextIndex {
  full: string;
  pieces: Array<{ node: TextNode; start: number; end: number }>;
}

function blockOf(node: LexicalNode): string | null {
  let parent = node.getParent();
  while (parent && $isElementNode(parent) && parent.isInline()) parent = parent.getParent();
  return parent?.getKey() ?? null;
}

/** The document's text, one line per block, with where each text node sits in it. */
function $textIndex(): TextIndex {
  const pieces: TextIndex['pieces'] = [];
  let full = '';
  let lastBlock: string | null | undefined;
  for (const node of $getRoot().getAllTextNodes()) {
    const block = blockOf(node);
    if (lastBlock !== undefined && block !== lastBlock) full += '\n';
    lastBlock = block;
    const start = full.length;
    full += node.getTextContent();
    pieces.push({ node, start, end: full.length });
  }
  return { full, pieces };
}

function nthIndexOf(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function $wrap(anchor: CommentAnchor): boolean {
  if (!anchor.quote) return false;
  const index = $textIndex();
  const start = nthIndexOf(index.full, anchor.quote, anchor.occurrence);
  if (start < 0) return false;
  const end = start + anchor.quote.length;
  const first = index.pieces.find((p) => start >= p.start && start < p.end);
  const last = index.pieces.find((p) => end > p.start && end <= p.end);
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.node.getKey(), start - first.start, 'text');
  selection.focus.set(last.node.getKey(), end - last.start, 'text');
  $wrapSelectionInMarkNode(selection, false, anchor.threadId);
  return true;
}

/**
 * Draws comment threads as Lexical marks over the quoted text, reports which threads no longer find
 * their text, opens a thread when its mark is clicked, and reports the text the reader selects.
 */
export function CommentMarksPlugin({
  anchors,
  activeThreadId,
  onSelectThread,
  onSelection,
  onDetached,
}: {
  anchors: readonly CommentAnchor[];
  activeThreadId: string | null;
  onSelectThread: (threadId: string) => void;
  onSelection: (selection: TextSelectionAnchor | null) => void;
  onDetached: (threadIds: string[]) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const detachedKey = useRef('');
  const key = JSON.stringify(anchors);

  useEffect(() => {
    const list = JSON.parse(key) as CommentAnchor[];
    const detached: string[] = [];
    editor.update(
      () => {
        for (const { node } of $dfs()) if ($isMarkNode(node) && node.isAttached()) $unwrapMarkNode(node);
        for (const anchor of list) if (!$wrap(anchor)) detached.push(anchor.threadId);
      },
      {
        tag: 'history-merge',
        onUpdate: () => {
          editor.read(() => {
            for (const { node } of $dfs()) {
              if (!(node instanceof MarkNode)) continue;
              const element = editor.getElementByKey(node.getKey());
              if (!element) continue;
              const ids = node.getIDs();
              element.dataset.threads = ids.join(' ');
              element.classList.toggle('review-mark-active', activeThreadId !== null && ids.includes(activeThreadId));
              element.setAttribute('tabindex', '0');
            }
          });
        },
      },
    );
    const next = detached.join(',');
    if (next !== detachedKey.current) {
      detachedKey.current = next;
      onDetached(detached);
    }
  }, [editor, key, activeThreadId, onDetached]);

  useEffect(() => {
    let root: HTMLElement | null = null;
    const threadOf = (event: Event): string | null => {
      const mark = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('mark[data-threads]') : null;
      return mark?.dataset.threads?.split(' ')[0] ?? null;
    };
    const readSelection = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !root?.contains(selection.anchorNode)) return onSelection(null);
      const range = selection.getRangeAt(0);
      const found = editor.read(() => {
        const startNode = $getNearestNodeFromDOMNode(range.startContainer);
        const endNode = $getNearestNodeFromDOMNode(range.endContainer);
        if (!$isTextNode(startNode) || !$isTextNode(endNode)) return null;
        const index = $textIndex();
        const first = index.pieces.find((p) => p.node.is(startNode));
        const last = index.pieces.find((p) => p.node.is(endNode));
        if (!first || !last) return null;
        const start = first.start + range.startOffset;
        const end = Math.max(start, last.start + range.endOffset);
        const quote = index.full.slice(start, end).split('\n')[0]?.trim() ?? '';
        if (!quote) return null;
        const at = index.full.indexOf(quote, start);
        let occurrence = 0;
        for (let i = index.full.indexOf(quote); i >= 0 && i < at; i = index.full.indexOf(quote, i + 1)) occurrence += 1;
        return { quote, occurrence };
      });
      onSelection(found);
    };
    const onClick = (event: MouseEvent) => {
      const thread = threadOf(event);
      if (thread && window.getSelection()?.isCollapsed !== false) onSelectThread(thread);
    };
    const onKey = (event: KeyboardEvent) => {
      const thread = threadOf(event);
      if (thread && event.key === 'Enter') onSelectThread(thread);
      else readSelection();
    };
    return editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('mouseup', readSelection);
      previous?.removeEventListener('click', onClick);
      previous?.removeEventListener('keyup', onKey);
      root = next;
      next?.addEventListener('mouseup', readSelection);
      next?.addEventListener('click', onClick);
      next?.addEventListener('keyup', onKey);
    });
  }, [editor, onSelection, onSelectThread]);

  return null;
}
