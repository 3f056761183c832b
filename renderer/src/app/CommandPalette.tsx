import { SearchOutlined } from '@ant-design/icons';
import { Modal } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../state/ui';
import { useCommands, type Command } from './commands';
import { fuzzyScore } from './fuzzy';

/** Commands matching the query, best first; without a query, in their sections' order. */
function useMatches(commands: Command[], query: string): Command[] {
  return useMemo(() => {
    if (!query.trim()) return commands;
    return commands
      .map((command) => ({ command, score: fuzzyScore(query, command.label) }))
      .filter((m): m is { command: Command; score: number } => m.score !== null)
      .sort((a, b) => b.score - a.score)
      .map((m) => m.command);
  }, [commands, query]);
}

/** Ctrl/Cmd+K: every screen and action, filtered as you type, run with Enter. */
export function CommandPalette() {
  const { t } = useTranslation('common');
  const open = useUi((s) => s.paletteOpen);
  const setOpen = useUi((s) => s.setPaletteOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMatches(useCommands(), query);
  const grouped = !query.trim();

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };
  const runCommand = (command: Command | undefined) => {
    if (!command) return;
    close();
    command.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((i) => Math.max(0, Math.min(matches.length - 1, i + step)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : matches.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runCommand(matches[active]);
    }
  };
  const activeId = matches[active] ? `g-cmd-${matches[active].id}` : undefined;

  return (
    <Modal
      open={open}
      onCancel={close}
      footer={null}
      closable={false}
      title={null}
      width={600}
      className="g-palette"
      destroyOnHidden
      style={{ top: 96 }}
    >
      <div className="g-palette-input">
        <SearchOutlined aria-hidden />
        <input
          autoFocus
          placeholder={t('commandPlaceholder')}
          aria-label={t('commandPalette')}
          role="combobox"
          aria-expanded
          aria-autocomplete="list"
          aria-controls="g-palette-list"
          aria-activedescendant={activeId}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul
        id="g-palette-list"
        role="listbox"
        aria-label={t('commandPalette')}
        className="g-palette-list"
      >
        {matches.length === 0 && <li className="g-palette-empty">{t('noCommands')}</li>}
        {matches.map((command, index) => {
          const heading = grouped && command.section !== matches[index - 1]?.section;
          return [
            heading && (
              <li
                key={`section-${command.section}`}
                role="presentation"
                className="g-palette-section"
              >
                {t(command.section)}
              </li>
            ),
            <li
              key={command.id}
              id={`g-cmd-${command.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseMove={() => index !== active && setActive(index)}
              onClick={() => runCommand(command)}
              ref={(node) => {
                if (node && index === active) node.scrollIntoView({ block: 'nearest' });
              }}
            >
              <span className="g-palette-icon" aria-hidden>
                {command.icon}
              </span>
              <span className="g-palette-label">{command.label}</span>
              {command.hint && <kbd className="g-kbd">{command.hint}</kbd>}
            </li>,
          ];
        })}
      </ul>
      <div className="g-palette-footer">{t('paletteHint')}</div>
    </Modal>
  );
}
