import { create } from 'zustand';
import type { Settings } from '../../../shared/domain/settings';
import { isScreenId, SCREEN_IDS, type ScreenId } from '../app/routes';
import type { ThemeMode } from '../app/theme';

export type { ScreenId } from '../app/routes';
export { SCREEN_IDS } from '../app/routes';

export interface ScreenLocation {
  screen: ScreenId;
  /** The rest of the hash after the screen, e.g. an article id. */
  param: string | null;
}

/** '#/articles/a%2F1' → {screen: 'articles', param: 'a/1'}; anything unknown → the first screen. */
export function parseHash(hash: string): ScreenLocation {
  const [id = '', param] = hash.replace(/^#\/?/, '').split('/');
  return {
    screen: isScreenId(id) ? id : (SCREEN_IDS[0] ?? 'insights'),
    param: param ? decodeURIComponent(param) : null,
  };
}

export const hashOf = ({ screen, param }: ScreenLocation): string =>
  `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;

interface UiState extends ScreenLocation {
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

/** UI-only state: the screen (kept in step with location.hash), the open panels, the look. */
export const useUi = create<UiState>((set) => ({
  ...parseHash(window.location.hash),
  settings: null,
  systemDark: window.matchMedia?.('(prefers-color-scheme: dark)').matches === true,
  paletteOpen: false,
  jobsOpen: false,
  navigate: (screen, param = null) => {
    const hash = hashOf({ screen, param });
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ screen, param });
  },
  syncFromHash: () => set(parseHash(window.location.hash)),
  setSettings: (settings) => set({ settings }),
  setSystemDark: (systemDark) => set({ systemDark }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  setJobsOpen: (jobsOpen) => set({ jobsOpen }),
}));

export const themeModeOf = (settings: Settings | null, systemDark: boolean): ThemeMode =>
  settings?.theme === 'dark' || (settings?.theme !== 'light' && systemDark) ? 'dark' : 'light';
