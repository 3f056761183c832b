import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuLanguage, menuTemplate } from '../../../../electron/main/menu';
import {
  isVisibleOn,
  loadWindowState,
  saveWindowState,
} from '../../../../electron/main/window-state';

describe('window state and menu', () => {
  it('saves and restores bounds, and ignores a position on a display that is gone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-win-'));
    try {
      expect(await loadWindowState(dir)).toBeNull();
      await saveWindowState(dir, { x: 100, y: 80, width: 1200, height: 800, maximized: true });
      expect(await loadWindowState(dir)).toEqual({
        x: 100,
        y: 80,
        width: 1200,
        height: 800,
        maximized: true,
      });
      const display = { x: 0, y: 0, width: 1920, height: 1080 };
      expect(isVisibleOn({ x: 100, y: 80, width: 1200, height: 800 }, [display])).toBe(true);
      expect(isVisibleOn({ x: 2500, y: 80, width: 1200, height: 800 }, [display])).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('puts every screen in the Go menu with Ctrl+1…7 and hides devtools when packaged', () => {
    const navigated: string[] = [];
    const actions = {
      navigate: (s: string) => navigated.push(s),
      openWorkspace() {},
      newWorkspace() {},
      commandPalette() {},
    };
    const template = menuTemplate(actions, { isMac: false, isPackaged: true });
    const go = template.find((m) => m.label === 'Go')!.submenu as Array<{
      accelerator?: string;
      click?: () => void;
    }>;
    expect(go.slice(0, 7).map((i) => i.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
      'CmdOrCtrl+6',
      'CmdOrCtrl+7',
    ]);
    go[3]!.click!();
    expect(navigated).toEqual(['articles']);
    const view = template.find((m) => m.label === 'View')!.submenu as Array<{ role?: string }>;
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const devView = menuTemplate(actions, { isMac: false, isPackaged: false }).find(
      (m) => m.label === 'View',
    )!.submenu as Array<{ role?: string }>;
    expect(devView.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('speaks the UI language: the setting, or the OS locale for "system"', () => {
    const actions = { navigate() {}, openWorkspace() {}, newWorkspace() {}, commandPalette() {} };
    expect(menuLanguage('system', 'zh-CN')).toBe('zh-CN');
    expect(menuLanguage('system', 'en-GB')).toBe('en');
    expect(menuLanguage('en', 'zh-TW')).toBe('en');
    const zh = menuTemplate(actions, { isMac: false, isPackaged: true, language: menuLanguage('zh-CN', 'en-US') });
    expect(zh.map((m) => m.label).filter(Boolean)).toEqual(['文件', '视图', '前往']);
    const go = zh.find((m) => m.label === '前往')!.submenu as Array<{ label?: string }>;
    expect(go.slice(0, 3).map((i) => i.label)).toEqual(['洞察', '会话记录', '草稿']);
  });
});
