import { Input, Modal, Typography } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../lib/ipc';
import { useUi } from '../state/ui';
import { useNotifyError } from './errors';
import { fuzzyScore } from './fuzzy';
import { ROUTES } from './routes';

interface CommandItem {
  id: string;
  label: string;
  hint?: string;
  run: () => void;
}

function useCommands(): CommandItem[] {
  const { t } = useTranslation(['common', 'nav', 'settings']);
  const navigate = useUi((s) => s.navigate);
  const setSettings = useUi((s) => s.setSettings);
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const notifyError = useNotifyError();
  const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';
  const set = (patch: Parameters<typeof call<'settings:set'>>[1]) => call('settings:set', patch).then(setSettings, notifyError);
  return [
    ...ROUTES.map((route) => ({
      id: `go-${route.id}`,
      label: t('common:goTo', { screen: t(`nav:${route.id}`) }),
      hint: `${mod}${route.shortcut}`,
      run: () => navigate(route.id),
    })),
    { id: 'theme-light', label: t('common:switchTheme', { theme: t('settings:themeLight') }), run: () => set({ theme: 'light' }) },
    { id: 'theme-dark', label: t('common:switchTheme', { theme: t('settings:themeDark') }), run: () => set({ theme: 'dark' }) },
    { id: 'theme-system', label: t('common:switchTheme', { theme: t('settings:themeSystem') }), run: () => set({ theme: 'system' }) },
    { id: 'lang-en', label: t('common:switchLanguage', { language: 'English' }), run: () => set({ language: 'en' }) },
    { id: 'lang-zh', label: t('common:switchLanguage', { language: '简体中文' }), run: () => set({ language: 'zh-CN' }) },
    {
      id: 'compact',
      label: t('common:compactWorkspace'),
      run: () => call('jobs:start', { kind: 'workspace.compact' }).then(() => setJobsOpen(true), notifyError),
    },
  ];
}

/** Ctrl/Cmd+K: every screen and action, filtered as you type, run with Enter. */
export function CommandPalette() {
  const { t } = useTranslation('common');
  const open = useUi((s) => s.paletteOpen);
  const setOpen = useUi((s) => s.setPaletteOpen);
  const commands = useCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const matches = useMemo(
    () =>
      commands
        .map((command) => ({ command, score: fuzzyScore(query, command.label) }))
        .filter((m): m is { command: CommandItem; score: number } => m.score !== null)
        .sort((a, b) => b.score - a.score)
        .map((m) => m.command),
    [commands, query],
  );

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };
  const runCommand = (command: CommandItem | undefined) => {
    if (!command) return;
    close();
    command.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(matches.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runCommand(matches[active]);
    }
  };

  return (
    <Modal open={open} onCancel={close} footer={null} closable={false} title={null} width={560} className="g-palette" destroyOnHidden>
      <Input
        autoFocus
        size="large"
        variant="borderless"
        placeholder={t('commandPlaceholder')}
        aria-label={t('commandPalette')}
        role="combobox"
        aria-expanded
        aria-controls="g-palette-list"
        aria-activedescendant={matches[active] ? `g-cmd-${matches[active].id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="g-palette-list" role="listbox" className="g-palette-list">
        {matches.length === 0 && <li className="g-palette-empty">{t('noCommands')}</li>}
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`g-cmd-${command.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            onMouseEnter={() => setActive(index)}
            onClick={() => runCommand(command)}
          >
            <span>{command.label}</span>
            {command.hint && <Typography.Text type="secondary" keyboard>{command.hint}</Typography.Text>}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
