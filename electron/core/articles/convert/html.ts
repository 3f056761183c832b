import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $getRoot, $isDecoratorNode, $isElementNode, type LexicalNode, type ParagraphNode } from 'lexical';
import type { LexicalState } from '../../../../shared/domain/article';
import { validateUrl } from '../../../../shared/lexical/url';
import { domWindow, withDomGlobals } from './dom';
import { createArticleEditor, editorWithState, stateAfter } from './editor';
import { sanitizeHtml } from './sanitize';

/** Sanitized HTML of the body. */
export function lexicalToHtml(state: LexicalState): string {
  const editor = editorWithState(state);
  const html = withDomGlobals(() => editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null)));
  return sanitizeHtml(html);
}

/** Parses (hostile) HTML into an editor state; sanitizes first, drops what the article cannot hold. */
export function htmlToLexical(html: string): LexicalState {
  const clean = sanitizeHtml(html);
  const document = new (domWindow().DOMParser)().parseFromString(clean, 'text/html');
  unwrapUnsafeLinks(document.body);
  const editor = createArticleEditor();
  return withDomGlobals(() =>
    stateAfter(editor, () => {
      const root = $getRoot().clear();
      let inlineRun: ParagraphNode | null = null;
      for (const node of $generateNodesFromDOM(editor, document as unknown as Document)) {
        if (isBlock(node)) {
          inlineRun = null;
          root.append(node);
          continue;
        }
        if (!inlineRun) {
          inlineRun = $createParagraphNode();
          root.append(inlineRun);
        }
        inlineRun.append(node);
      }
      // HTML that sanitizes to nothing (only a script, say) still makes a loadable, empty article.
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    }),
  );
}

/** A link whose target is not http, https or mailto becomes its plain text. */
function unwrapUnsafeLinks(body: HTMLElement): void {
  for (const anchor of Array.from(body.querySelectorAll('a'))) {
    if (validateUrl(anchor.getAttribute('href') ?? '')) continue;
    anchor.replaceWith(...Array.from(anchor.childNodes));
  }
}

const isBlock = (node: LexicalNode): boolean => ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
