import { JSDOM } from 'jsdom';

let shared: JSDOM | undefined;

/** One jsdom window for the process: Lexical's DOM import/export and DOMPurify run on it. */
export function domWindow(): JSDOM['window'] {
  shared ??= new JSDOM('<!doctype html><html><body></body></html>');
  return shared.window;
}

const GLOBALS = ['window', 'document', 'Node', 'HTMLElement', 'DocumentFragment', 'Element', 'Text', 'DOMParser'] as const;

/**
 * Runs `fn` with jsdom's window as the DOM globals that Lexical's HTML import and export read, then
 * puts back whatever was there. Synchronous on purpose: no other code runs while the globals are swapped.
 */
export function withDomGlobals<T>(fn: () => T): T {
  const window = domWindow();
  const scope = globalThis as unknown as Record<string, unknown>;
  const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const);
  for (const name of GLOBALS) {
    Object.defineProperty(scope, name, { value: name === 'window' ? window : (window as unknown as Record<string, unknown>)[name], configurable: true, writable: true });
  }
  try {
    return fn();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else delete scope[name];
    }
  }
}
