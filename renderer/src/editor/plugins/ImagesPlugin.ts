import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';
import { ImageNode, MEDIA_SCHEME } from '../../../../shared/lexical/nodes/ImageNode';
import { insertImage } from '../blocks';

export interface ImageStore {
  /** Stores the bytes in the workspace and returns the image's `gleaner-media:` source. */
  put(file: File): Promise<string>;
  /** A displayable URL (data:) for a `gleaner-media:` source. */
  resolve(src: string): Promise<string>;
}

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Pasted or dropped image files go to the workspace; stored images are shown from it. */
export function ImagesPlugin({ store, maxBytes, onError }: { store: ImageStore; maxBytes: number; onError: (error: { tooLarge: boolean; message: string }) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          const images = files.filter((file) => IMAGE_TYPES.includes(file.type));
          if (images.length === 0) return false;
          for (const file of images) {
            if (file.size > maxBytes) {
              onError({ tooLarge: true, message: file.name });
              continue;
            }
            store.put(file).then(
              (src) => insertImage(editor, src, file.name.replace(/\.[^.]+$/, '')),
              (error: Error) => onError({ tooLarge: false, message: error.message }),
            );
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, store, maxBytes, onError],
  );

  useEffect(
    () =>
      editor.registerMutationListener(
        ImageNode,
        (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const img = editor.getElementByKey(key)?.querySelector('img');
            const src = img?.getAttribute('data-src');
            if (!img || !src?.startsWith(MEDIA_SCHEME) || img.getAttribute('src')) continue;
            store.resolve(src).then(
              (url) => img.setAttribute('src', url),
              () => img.setAttribute('data-missing', 'true'),
            );
          }
        },
        { skipInitialization: false },
      ),
    [editor, store],
  );
  return null;
}
