import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import type { LexicalState } from '../../../../shared/domain/article';
import { ARTICLE_TRANSFORMERS } from '../../../../shared/lexical/transformers';
import { createArticleEditor, editorWithState, stateAfter } from './editor';

export function lexicalToMarkdown(state: LexicalState): string {
  return neutralizeMarkdown(editorWithState(state).getEditorState().read(() => $convertToMarkdownString(ARTICLE_TRANSFORMERS)));
}

const UNSAFE_SCHEME = String.raw`(?:javascript|vbscript|file|data(?!:image\/(?:png|jpe?g|gif|webp);base64,)):`;
/** A link or image destination `](x`, or a reference definition `]: x`, naming a script-like scheme. */
const UNSAFE_DESTINATION = new RegExp(String.raw`(\](?:\(|:)\s*<?\s*)(?=${UNSAFE_SCHEME})`, 'gi');
/** A definition's destination on the line after its `]:`. */
const UNSAFE_NEXT_LINE = new RegExp(String.raw`^(\s*<?\s*)(?=${UNSAFE_SCHEME})`, 'i');

/**
 * Text is exported as typed, so text that looks like markup would become markup where the file is
 * rendered (a help center built from the export): raw HTML tags (other than the tables' `<br>`) are
 * escaped and script-like link targets turned into inert fragments, outside code.
 */
function neutralizeMarkdown(markdown: string): string {
  let fence: string | null = null;
  let openDefinition = false;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      const safe = line
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/<(?!br>)(?=[A-Za-z!?/])/gi, '&lt;').replace(UNSAFE_DESTINATION, '$1#')))
        .join('');
      const result = openDefinition ? safe.replace(UNSAFE_NEXT_LINE, '$1#') : safe;
      openDefinition = /\]:\s*$/.test(line);
      return result;
    })
    .join('\n');
}

export function markdownToLexical(markdown: string): LexicalState {
  const normalized = markdown.replace(/\r\n?/g, '\n');
  return stateAfter(createArticleEditor(), () => $convertFromMarkdownString(normalized, ARTICLE_TRANSFORMERS));
}
