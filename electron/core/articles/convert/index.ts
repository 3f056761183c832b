export { createArticleEditor, editorWithState, stateAfter } from './editor';
export { htmlToLexical, lexicalToHtml } from './html';
export { lexicalToMarkdown, markdownToLexical } from './markdown';
export { sanitizeHtml } from './sanitize';
export { lexicalToText } from './text';
