import { $getRoot } from 'lexical';
import type { LexicalState } from '../../../../shared/domain/article';
import { editorWithState } from './editor';

/** The body's plain text, blocks separated by blank lines. */
export function lexicalToText(state: LexicalState): string {
  return editorWithState(state).getEditorState().read(() => $getRoot().getTextContent());
}
