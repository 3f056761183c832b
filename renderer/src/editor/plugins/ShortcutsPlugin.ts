import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { setBlockType, type BlockType } from '../blocks';

const HEADING_KEYS: Record<string, BlockType> = { Digit1: 'h1', Digit2: 'h2', Digit3: 'h3', Digit0: 'paragraph' };

/**
 * Shortcuts beyond Lexical's own (Ctrl+B/I/U, Ctrl+Z/Y): Ctrl+K link, Ctrl+Alt+1..3 headings,
 * Ctrl+Alt+0 paragraph, Ctrl+F find. Cmd on macOS.
 */
export function ShortcutsPlugin({ onLink, onFind }: { onLink: () => void; onFind: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const mod = event.ctrlKey || event.metaKey;
          if (!mod) return false;
          const heading = HEADING_KEYS[event.code];
          if (event.altKey && heading) {
            event.preventDefault();
            setBlockType(editor, heading);
            return true;
          }
          if (!event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
            event.preventDefault();
            onLink();
            return true;
          }
          if (!event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
            event.preventDefault();
            onFind();
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, onLink, onFind],
  );
  return null;
}
