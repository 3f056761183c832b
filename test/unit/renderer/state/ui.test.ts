import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../../renderer/src/app/routes';
import { hashOf, parseHash, themeModeOf, useUi } from '../../../../renderer/src/state/ui';
import { defaultSettings } from '../../../../shared/domain/settings';

describe('routing through location.hash', () => {
  it('parses and writes hashes, falling back to the first screen', () => {
    expect(parseHash('#/articles/a%2F1')).toEqual({ screen: 'articles', param: 'a/1' });
    expect(parseHash('#/settings')).toEqual({ screen: 'settings', param: null });
    expect(parseHash('#/nope')).toEqual({ screen: ROUTES[0]?.id, param: null });
    expect(parseHash('')).toEqual({ screen: ROUTES[0]?.id, param: null });
    expect(hashOf({ screen: 'articles', param: 'a/1' })).toBe('#/articles/a%2F1');
  });

  it('navigates by writing the hash, and follows hash changes', () => {
    useUi.getState().navigate('review');
    expect(window.location.hash).toBe('#/review');
    expect(useUi.getState().screen).toBe('review');
    window.location.hash = '#/export/x';
    useUi.getState().syncFromHash();
    expect(useUi.getState()).toMatchObject({ screen: 'export', param: 'x' });
  });

  it('gives every screen a unique id and Ctrl shortcut', () => {
    expect(new Set(ROUTES.map((r) => r.id)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.shortcut)).size).toBe(ROUTES.length);
  });
});

describe('theme mode', () => {
  it('follows the setting, or the OS when the setting says system', () => {
    const settings = defaultSettings();
    expect(themeModeOf({ ...settings, theme: 'dark' }, false)).toBe('dark');
    expect(themeModeOf({ ...settings, theme: 'light' }, true)).toBe('light');
    expect(themeModeOf({ ...settings, theme: 'system' }, true)).toBe('dark');
    expect(themeModeOf(null, false)).toBe('light');
  });
});
