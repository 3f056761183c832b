import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { BLOCK_TYPES, INSERTABLES, insertBlock, setBlockType, type BlockType, type Insertable, type KcsHeadings } from '../blocks';

class BlockOption extends MenuOption {
  constructor(
    readonly id: BlockType | Insertable,
    readonly label: string,
  ) {
    super(id);
  }
}

/** Typing "/" at a word start opens a filterable list of blocks; Enter inserts, Escape closes. */
export function SlashMenuPlugin({ kcs }: { kcs: KcsHeadings }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('editor');
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 });
  const options = useMemo(() => {
    const all = [...BLOCK_TYPES, ...INSERTABLES].map((id) => new BlockOption(id, t(`blocks.${id}`)));
    const q = (query ?? '').toLowerCase();
    return q ? all.filter((option) => option.label.toLowerCase().includes(q) || option.id.includes(q)) : all;
  }, [t, query]);

  const select = (option: BlockOption, textNode: TextNode | null, close: () => void) => {
    editor.update(() => textNode?.remove());
    if ((BLOCK_TYPES as readonly string[]).includes(option.id)) setBlockType(editor, option.id as BlockType);
    else insertBlock(editor, option.id as Insertable, kcs);
    close();
  };

  return (
    <LexicalTypeaheadMenuPlugin<BlockOption>
      onQueryChange={setQuery}
      onSelectOption={select}
      triggerFn={trigger}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <ul className="ge-slash" role="listbox" aria-label={t('slashMenu')}>
                {options.map((option, index) => (
                  <li
                    key={option.key}
                    id={`slash-${option.id}`}
                    role="option"
                    aria-selected={selectedIndex === index}
                    ref={(element) => option.setRefElement(element)}
                    onMouseEnter={() => setHighlightedIndex(index)}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      selectOptionAndCleanUp(option);
                    }}
                  >
                    {option.label}
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}
