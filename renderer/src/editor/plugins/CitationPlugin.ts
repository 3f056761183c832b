import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { CitationPayload } from '../../../../shared/lexical/nodes/CitationNode';

/** A click (or Enter) on a citation chip opens the cited conversation turn. */
export function CitationPlugin({ onOpen, label }: { onOpen: (citation: CitationPayload) => void; label: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const chipOf = (event: Event): HTMLElement | null => (event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-citation]') : null);
    const open = (chip: HTMLElement) => onOpen({ transcriptId: chip.getAttribute('data-citation') ?? '', turn: Number(chip.getAttribute('data-turn')) || 0 });
    const onClick = (event: MouseEvent) => {
      const chip = chipOf(event);
      if (chip) open(chip);
    };
    const onKey = (event: KeyboardEvent) => {
      const chip = chipOf(event);
      if (chip && event.key === 'Enter') {
        event.preventDefault();
        open(chip);
      }
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      previous?.removeEventListener('keydown', onKey);
      root?.addEventListener('click', onClick);
      root?.addEventListener('keydown', onKey);
      root?.querySelectorAll('[data-citation]').forEach((chip) => chip.setAttribute('aria-label', label));
    });
  }, [editor, onOpen, label]);
  return null;
}
