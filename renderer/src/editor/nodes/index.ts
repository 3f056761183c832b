/** The editor's nodes are shared with the core (headless conversions); they paint their own DOM, without React. */
export { ARTICLE_NODES } from '../../../../shared/lexical/nodes';
