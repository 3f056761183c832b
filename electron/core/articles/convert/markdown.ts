import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import type { LexicalState } from '../../../../shared/domain/article';
import { ARTICLE_TRANSFORMERS } from '../../../../shared/lexical/transformers';
import { createArticleEditor, editorWithState, stateAfter } from './editor';

export function lexicalToMarkdown(state: LexicalState): string {
  return editorWithState(state).getEditorState().read(() => $convertToMarkdownString(ARTICLE_TRANSFORMERS));
}

export function markdownToLexical(markdown: string): LexicalState {
  const normalized = markdown.replace(/\r\n?/g, '\n');
  return stateAfter(createArticleEditor(), () => $convertFromMarkdownString(normalized, ARTICLE_TRANSFORMERS));
}
