import { create } from 'zustand';
import type { Settings } from '../../../shared/domain/settings';
import type { ThemeMode } from '../app/theme';

export type ScreenId = 'insights' | 'transcripts' | 'drafts' | 'articles' | 'review' | 'export' | 'settings';
export const SCREEN_IDS: readonly ScreenId[] = ['insights', 'transcripts', 'drafts', 'articles', 'review', 'export', 'settings'];

const screenFromHash = (hash: string): ScreenId => {
  const id = hash.replace(/^#\/?/, '').split('/')[0] as ScreenId;
  return SCREEN_IDS.includes(id) ? id : 'insights';
};

interface UiState {
  screen: ScreenId;
  /** The rest of the hash after the screen, e.g. an article id. */
  param: string | null;
  settings: Settings | null;
  systemDark: boolean;
  paletteOpen: boolean;
  jobsOpen: boolean;
  navigate: (screen: ScreenId, param?: string | null) => void;
  syncFromHash: () => void;
  setSettings: (settings: Settings) => void;
  setSystemDark: (dark: boolean) => void;
  setPaletteOpen: (open: boolean) => void;
  setJobsOpen: (open: boolean) => void;
}

const parseHash = () => {
  const [, param] = window.location.hash.replace(/^#\/?/, '').split('/');
  return { screen: screenFromHash(window.location.hash), param: param ? decodeURIComponent(param) : null };
};

/** UI-only state: the screen, the open panels and the settings that shape the look. */
export const useUi = create<UiState>((set) => ({
  ...parseHash(),
  settings: null,
  systemDark: typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true,
  paletteOpen: false,
  jobsOpen: false,
  navigate: (screen, param = null) => {
    const hash = `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ screen, param });
  },
  syncFromHash: () => set(parseHash()),
  setSettings: (settings) => set({ settings }),
  setSystemDark: (systemDark) => set({ systemDark }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  setJobsOpen: (jobsOpen) => set({ jobsOpen }),
}));

export const themeModeOf = (settings: Settings | null, systemDark: boolean): ThemeMode =>
  settings?.theme === 'dark' || (settings?.theme !== 'light' && systemDark) ? 'dark' : 'light';
