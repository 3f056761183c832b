import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import DOMPurify from 'dompurify';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { addSanitizeHooks, SANITIZE_CONFIG } from '../../../../shared/lexical/sanitize-policy';

let hooked = false;

/** Pasted HTML (Word, Google Docs, web pages) through DOMPurify, cleaned of Office markup. */
export function sanitizePastedHtml(html: string): string {
  if (!hooked) {
    addSanitizeHooks(DOMPurify as unknown as Parameters<typeof addSanitizeHooks>[0]);
    hooked = true;
  }
  const withoutOffice = html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '').replace(/<\/?o:p[^>]*>/gi, '');
  return withoutRemoteImagesAndDeadLinks(DOMPurify.sanitize(withoutOffice, SANITIZE_CONFIG));
}

/**
 * Remote images are dropped from pastes: the app's CSP could not show them and loading them would tell
 * their host who reads the article (paste or drop the image file to store it). Links whose address the
 * sanitizer removed become plain text.
 */
function withoutRemoteImagesAndDeadLinks(clean: string): string {
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  doc.querySelectorAll('img').forEach((img) => {
    if (!/^(data:image\/|gleaner-media:)/i.test(img.getAttribute('src') ?? '')) img.remove();
  });
  doc.querySelectorAll('a:not([href])').forEach((link) => link.replaceWith(...link.childNodes));
  return doc.body.innerHTML;
}

/** Lexical reads pasted HTML with its node importers; this makes sure it reads a sanitized copy. */
export function PasteSanitizePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html');
          if (!data || !html || data.files.length > 0) return false;
          event.preventDefault();
          const clean = sanitizePastedHtml(html);
          const transfer = {
            getData: (type: string) => (type === 'text/html' ? clean : type === 'text/plain' ? data.getData('text/plain') : ''),
            types: ['text/html', 'text/plain'],
            files: data.files,
          } as unknown as DataTransfer;
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) $insertDataTransferForRichText(transfer, selection, editor);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
