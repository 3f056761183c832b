import { FileTextOutlined, LoadingOutlined, MessageOutlined, SearchOutlined } from '@ant-design/icons';
import { Modal } from 'antd';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/search';
import { openArticle, openTranscripts } from '../lib/links';
import { useUi } from '../state/ui';
import { useCommands, type Command } from './commands';
import { fuzzyScore } from './fuzzy';
import { Highlighted, isSearchable, usePaletteSearch } from './palette-search';
import './palette.css';

type Section = Command['section'] | 'paletteCommands' | 'paletteConversations' | 'paletteArticles';

interface Item {
  id: string;
  section: Section;
  icon: ReactNode;
  label: ReactNode;
  detail?: ReactNode;
  hint?: string;
  run: () => void;
}

/** Commands matching the query, best first; while searching, only those whose name contains it. */
function matchCommands(commands: Command[], query: string, searching: boolean): Command[] {
  const q = query.trim();
  if (!q) return commands;
  return commands
    .map((command) => ({ command, score: fuzzyScore(q, command.label) }))
    .filter((m): m is { command: Command; score: number } => m.score !== null)
    .filter((m) => !searching || m.command.label.toLowerCase().includes(q.toLowerCase()))
    .sort((a, b) => b.score - a.score)
    .slice(0, searching ? 4 : undefined)
    .map((m) => m.command);
}

function hitItem(hit: SearchHit, index: number): Item {
  const ranges = hit.highlights;
  if (hit.kind === 'article') {
    return {
      id: `hit-a-${index}`,
      section: 'paletteArticles',
      icon: <FileTextOutlined />,
      label: hit.title,
      detail: <Highlighted text={hit.snippet} ranges={ranges} />,
      run: () => openArticle(hit.id),
    };
  }
  return {
    id: `hit-t-${index}`,
    section: 'paletteConversations',
    icon: <MessageOutlined />,
    label: <Highlighted text={hit.snippet} ranges={ranges} />,
    detail: [hit.channel, hit.language, hit.id].filter(Boolean).join(' · '),
    run: () => openTranscripts({ key: hit.id }),
  };
}

/** Search hits grouped by kind, the group holding the best hit first. */
function groupHits(hits: readonly SearchHit[]): Item[] {
  const items = hits.map(hitItem);
  const order = [...new Set(items.map((item) => item.section))];
  return order.flatMap((section) => items.filter((item) => item.section === section));
}

/** Ctrl/Cmd+K: every screen and action, and a search across conversations and articles. */
export function CommandPalette() {
  const { t } = useTranslation('common');
  const open = useUi((s) => s.paletteOpen);
  const setOpen = useUi((s) => s.setPaletteOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = useCommands();
  const searchable = isSearchable(query);
  const search = usePaletteSearch(open ? query : '');
  const items = useMemo<Item[]>(() => {
    const matched = matchCommands(commands, query, searchable).map(
      (command): Item => ({
        ...command,
        section: searchable ? 'paletteCommands' : command.section,
      }),
    );
    return [...matched, ...(searchable ? groupHits(search.hits) : [])];
  }, [commands, query, searchable, search.hits]);
  const grouped = !query.trim() || searchable;

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };
  const runItem = (item: Item | undefined) => {
    if (!item) return;
    close();
    item.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((i) => Math.max(0, Math.min(items.length - 1, i + step)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : items.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runItem(items[Math.min(active, items.length - 1)]);
    }
  };
  const current = Math.min(active, Math.max(0, items.length - 1));
  const activeId = items[current] ? `g-cmd-${items[current].id}` : undefined;
  const status = !searchable
    ? null
    : search.searching
      ? t('paletteSearching')
      : search.error
        ? t('paletteSearchFailed')
        : search.indexing
          ? t('paletteIndexing')
          : search.hits.length === 0
            ? t('paletteNoResults')
            : null;

  return (
    <Modal
      open={open}
      onCancel={close}
      footer={null}
      closable={false}
      title={null}
      width={640}
      className="g-palette"
      destroyOnHidden
      style={{ top: 96 }}
    >
      <div className="g-palette-input">
        {search.searching ? <LoadingOutlined aria-hidden /> : <SearchOutlined aria-hidden />}
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
        aria-busy={search.searching}
        data-query={search.query}
        className="g-palette-list"
      >
        {items.length === 0 && !status && <li className="g-palette-empty">{t('noCommands')}</li>}
        {items.map((item, index) => {
          const heading = grouped && item.section !== items[index - 1]?.section;
          return [
            heading && (
              <li key={`section-${item.section}`} role="presentation" className="g-palette-section">
                {t(item.section)}
              </li>
            ),
            <li
              key={item.id}
              id={`g-cmd-${item.id}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'is-active' : undefined}
              onMouseMove={() => index !== current && setActive(index)}
              onClick={() => runItem(item)}
              ref={(node) => {
                if (node && index === current) node.scrollIntoView({ block: 'nearest' });
              }}
            >
              <span className="g-palette-icon" aria-hidden>
                {item.icon}
              </span>
              <span className="g-palette-label">
                <span className="g-palette-title">{item.label}</span>
                {item.detail && <span className="g-palette-detail">{item.detail}</span>}
              </span>
              {item.hint && <kbd className="g-kbd">{item.hint}</kbd>}
            </li>,
          ];
        })}
        {status && (
          <li className="g-palette-status" role="status">
            {status}
          </li>
        )}
      </ul>
      <div className="g-palette-footer">{t('paletteHint')}</div>
    </Modal>
  );
}
