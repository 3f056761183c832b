import createDOMPurify from 'dompurify';
import { addSanitizeHooks, SANITIZE_CONFIG } from '../../../../shared/lexical/sanitize-policy';
import { domWindow } from './dom';

type Purifier = ReturnType<typeof createDOMPurify>;
let purifier: Purifier | undefined;

function purify(): Purifier {
  if (!purifier) {
    purifier = createDOMPurify(domWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
    addSanitizeHooks(purifier as unknown as Parameters<typeof addSanitizeHooks>[0]);
  }
  return purifier;
}

/** HTML from files, paste or the web, with scripts, handlers, frames, odd URLs and most styles removed. */
export function sanitizeHtml(html: string): string {
  return purify().sanitize(html, SANITIZE_CONFIG);
}
