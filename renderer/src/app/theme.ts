import { theme as antdTheme, type ThemeConfig } from 'antd';

/** The one set of design tokens: spacing, type scale and colours of both themes. */
export const tokens = {
  space: { xs: 4, sm: 8, md: 12, lg: 16, xl: 24, xxl: 32 },
  font: {
    family: `Inter, "Segoe UI", system-ui, -apple-system, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`,
    mono: `"JetBrains Mono", "SFMono-Regular", Consolas, "Liberation Mono", monospace`,
    size: { xs: 11, sm: 12, md: 13, lg: 15, xl: 18, xxl: 22 },
  },
  radius: 6,
  railWidth: 216,
  colors: {
    light: { brand: '#0f766e', brandTint: '#e3f2ef', bg: '#f6f7f9', surface: '#ffffff', rail: '#fbfbfc', border: '#e4e7ec', text: '#1d2433', muted: '#667085', danger: '#d92d20', warning: '#dc6803', success: '#079455' },
    dark: { brand: '#2dd4bf', brandTint: 'rgba(45, 212, 191, 0.14)', bg: '#0e1116', surface: '#161b22', rail: '#12161c', border: '#2a313c', text: '#e6e9ef', muted: '#8b95a7', danger: '#f97066', warning: '#fdb022', success: '#47cd89' },
  },
} as const;

export type ThemeMode = 'light' | 'dark';

export function antdThemeFor(mode: ThemeMode): ThemeConfig {
  const c = tokens.colors[mode];
  return {
    algorithm: [mode === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm, antdTheme.compactAlgorithm],
    token: {
      colorPrimary: c.brand,
      colorBgLayout: c.bg,
      colorBgContainer: c.surface,
      colorBorderSecondary: c.border,
      colorText: c.text,
      colorTextSecondary: c.muted,
      colorError: c.danger,
      colorWarning: c.warning,
      colorSuccess: c.success,
      borderRadius: tokens.radius,
      fontFamily: tokens.font.family,
      fontFamilyCode: tokens.font.mono,
      fontSize: tokens.font.size.md,
    },
    components: {
      Layout: { siderBg: c.rail, headerBg: c.surface, bodyBg: c.bg, headerHeight: 48, headerPadding: `0 ${tokens.space.lg}px` },
      Menu: { itemBg: 'transparent', itemSelectedBg: c.brandTint, itemSelectedColor: c.brand, itemHeight: 34, itemMarginInline: 8, activeBarBorderWidth: 0 },
      Table: { headerBg: c.surface, cellPaddingBlockSM: 6 },
    },
  };
}

/** CSS variables for the few styles that live outside antd components. */
export function cssVariables(mode: ThemeMode): Record<string, string> {
  const c = tokens.colors[mode];
  return {
    '--g-brand': c.brand,
    '--g-bg': c.bg,
    '--g-surface': c.surface,
    '--g-rail': c.rail,
    '--g-border': c.border,
    '--g-text': c.text,
    '--g-muted': c.muted,
    '--g-space': `${tokens.space.lg}px`,
  };
}
