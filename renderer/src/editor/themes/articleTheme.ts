import type { EditorThemeClasses } from 'lexical';
import './article.css';

/** Class names of the article editor; the styles live in article.css and follow the antd tokens. */
export const articleTheme: EditorThemeClasses = {
  paragraph: 'ge-p',
  quote: 'ge-quote',
  heading: { h1: 'ge-h1', h2: 'ge-h2', h3: 'ge-h3' },
  list: {
    ul: 'ge-ul',
    ol: 'ge-ol',
    listitem: 'ge-li',
    listitemChecked: 'ge-li-checked',
    listitemUnchecked: 'ge-li-unchecked',
    nested: { listitem: 'ge-li-nested' },
    checklist: 'ge-checklist',
  },
  link: 'ge-link',
  text: {
    bold: 'ge-bold',
    italic: 'ge-italic',
    underline: 'ge-underline',
    strikethrough: 'ge-strike',
    underlineStrikethrough: 'ge-underline-strike',
    code: 'ge-code',
  },
  code: 'ge-codeblock',
  table: 'ge-table',
  tableCell: 'ge-td',
  tableCellHeader: 'ge-th',
  callout: 'ge-callout',
};
