/**
 * What survives sanitizing of pasted or imported HTML, the same in the renderer (DOMPurify on the
 * page) and in the core (DOMPurify over jsdom).
 */
export const SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math'],
  FORBID_ATTR: ['class', 'id'],
  ADD_ATTR: ['data-callout', 'data-citation', 'data-turn', 'data-src'],
  ADD_URI_SAFE_ATTR: ['data-src'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|gleaner-media:|data:image\/(?:png|jpe?g|gif|webp);base64,)/i,
};

/** Inline styles that carry meaning Lexical reads (bold from Google Docs, kept spaces); nothing that can load or hide. */
const STYLE_PROPERTIES = new Set(['white-space', 'font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'vertical-align']);

export function safeStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim().toLowerCase()))
    .filter(([property, value]) => property && value && STYLE_PROPERTIES.has(property) && /^[a-z0-9 .%-]+$/.test(value))
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
}

const SAFE_HREF = /^(https?:|mailto:|#)/i;
const SAFE_IMG = /^(https:|data:image\/(png|jpe?g|gif|webp);|gleaner-media:)/i;

/** Minimal element shape both DOMs share, so this file needs no DOM types. */
interface AttributeHolder {
  nodeName: string;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
}

/** Registers the policy's hooks on a DOMPurify instance (typed loosely: two DOMPurify builds meet here). */
export function addSanitizeHooks(purifier: {
  addHook(hook: 'uponSanitizeAttribute', fn: (node: never, data: { attrName: string; attrValue: string }) => void): void;
  addHook(hook: 'afterSanitizeAttributes', fn: (node: never) => void): void;
}): void {
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') data.attrValue = safeStyle(data.attrValue);
  });
  purifier.addHook('afterSanitizeAttributes', (raw) => {
    const node = raw as AttributeHolder;
    if (node.getAttribute('style') === '') node.removeAttribute('style');
    if (node.nodeName === 'A' && node.getAttribute('href') && !SAFE_HREF.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
    if (node.nodeName === 'IMG' && !SAFE_IMG.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
  });
}
