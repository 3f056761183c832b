import { createEditor, type LexicalEditor } from 'lexical';
import { lexicalStateSchema, type LexicalState } from '../../../../shared/domain/article';
import { ARTICLE_NODES } from '../../../../shared/lexical/nodes';
import { GleanerError } from '../../../../shared/errors';

/** A Lexical editor with no DOM attached, holding the article nodes: for conversions in Node. */
export function createArticleEditor(): LexicalEditor {
  return createEditor({
    namespace: 'gleaner-core',
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads a serialized state; E_PARSE when Lexical rejects it (unknown node type, broken shape). */
export function editorWithState(state: LexicalState): LexicalEditor {
  const editor = createArticleEditor();
  try {
    editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  } catch (error) {
    throw new GleanerError('E_PARSE', `The article body is not a valid editor state: ${(error as Error).message}`);
  }
  return editor;
}

/** Runs an update synchronously and returns the resulting serialized state. */
export function stateAfter(editor: LexicalEditor, update: () => void): LexicalState {
  editor.update(update, { discrete: true });
  return lexicalStateSchema.parse(editor.getEditorState().toJSON());
}
