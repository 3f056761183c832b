import { theme as antdTheme, type ThemeConfig } from 'antd';

export type ThemeMode = 'light' | 'dark';

interface Palette {
  brand: string;
  brandHover: string;
  /** The brand colour at low strength: selected rows, icon wells. */
  brandTint: string;
  /** Text on a brand-coloured fill (primary buttons, the logo). */
  onBrand: string;
  bg: string;
  surface: string;
  rail: string;
  hover: string;
  border: string;
  borderStrong: string;
  text: string;
  muted: string;
  subtle: string;
  danger: string;
  warning: string;
  success: string;
  info: string;
  /** A fifth status hue (repeat contacts), apart from the four above. */
  accent: string;
}

/** The one set of design tokens: spacing, type scale, radii and the colours of both themes. */
export const tokens = {
  space: { xxs: 2, xs: 4, sm: 8, md: 12, lg: 16, xl: 24, xxl: 32, xxxl: 48 },
  font: {
    family: `Inter, "Segoe UI", system-ui, -apple-system, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`,
    mono: `"JetBrains Mono", "SFMono-Regular", Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace`,
    size: { xs: 11, sm: 12, md: 13, lg: 15, xl: 18, xxl: 22 },
    lineHeight: 1.5,
  },
  radius: { sm: 4, md: 6, lg: 8 },
  layout: { railWidth: 220, topBarHeight: 48, contentMaxWidth: 1280 },
  colors: {
    light: {
      brand: '#0f766e',
      brandHover: '#115e59',
      brandTint: '#e6f4f1',
      onBrand: '#ffffff',
      bg: '#f7f8fa',
      surface: '#ffffff',
      rail: '#f2f4f7',
      hover: '#e9ecf1',
      border: '#e3e6eb',
      borderStrong: '#cfd4dc',
      text: '#1b2230',
      muted: '#5d6778',
      subtle: '#8a93a3',
      danger: '#d92d20',
      warning: '#dc6803',
      success: '#079455',
      info: '#1570ef',
      accent: '#c11574',
    },
    dark: {
      brand: '#2bb3a3',
      brandHover: '#3fcab9',
      brandTint: 'rgba(43, 179, 163, 0.14)',
      onBrand: '#04201c',
      bg: '#0f1217',
      surface: '#161a21',
      rail: '#12151b',
      hover: '#1f2530',
      border: '#262c37',
      borderStrong: '#343c4a',
      text: '#e4e7ec',
      muted: '#9aa3b2',
      subtle: '#6b7485',
      danger: '#f97066',
      warning: '#fdb022',
      success: '#47cd89',
      info: '#53b1fd',
      accent: '#f670c7',
    },
  } satisfies Record<ThemeMode, Palette>,
} as const;

/** Ant Design's theme from the tokens: every antd component follows them. */
export function antdThemeFor(mode: ThemeMode): ThemeConfig {
  const c = tokens.colors[mode];
  return {
    algorithm: mode === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
    token: {
      colorPrimary: c.brand,
      colorInfo: c.info,
      colorLink: c.brand,
      colorBgLayout: c.bg,
      colorBgContainer: c.surface,
      colorBgElevated: mode === 'dark' ? '#1b2029' : c.surface,
      colorBorder: c.borderStrong,
      colorBorderSecondary: c.border,
      colorSplit: c.border,
      colorText: c.text,
      colorTextSecondary: c.muted,
      colorTextTertiary: c.subtle,
      colorTextDescription: c.muted,
      colorError: c.danger,
      colorWarning: c.warning,
      colorSuccess: c.success,
      borderRadius: tokens.radius.md,
      borderRadiusSM: tokens.radius.sm,
      borderRadiusLG: tokens.radius.lg,
      fontFamily: tokens.font.family,
      fontFamilyCode: tokens.font.mono,
      fontSize: tokens.font.size.md,
      fontSizeSM: tokens.font.size.sm,
      fontSizeLG: tokens.font.size.lg,
      fontSizeHeading3: tokens.font.size.xxl,
      fontSizeHeading4: tokens.font.size.xl,
      fontSizeHeading5: tokens.font.size.lg,
      lineHeight: tokens.font.lineHeight,
      controlHeight: 30,
      controlHeightSM: 24,
      controlHeightLG: 36,
      boxShadowSecondary:
        mode === 'dark'
          ? '0 8px 28px rgba(0, 0, 0, 0.45), 0 0 0 1px rgba(255, 255, 255, 0.06)'
          : '0 8px 28px rgba(16, 24, 40, 0.12), 0 0 0 1px rgba(16, 24, 40, 0.05)',
      motionDurationMid: '0.12s',
      motionDurationSlow: '0.18s',
    },
    components: {
      Layout: {
        siderBg: c.rail,
        headerBg: c.surface,
        bodyBg: c.bg,
        headerHeight: tokens.layout.topBarHeight,
        headerPadding: `0 ${tokens.space.lg}px`,
      },
      Menu: {
        itemBg: 'transparent',
        itemColor: c.muted,
        itemHoverColor: c.text,
        itemHoverBg: c.hover,
        itemActiveBg: c.hover,
        itemSelectedBg: c.brandTint,
        itemSelectedColor: c.brand,
        itemHeight: 32,
        itemMarginInline: tokens.space.sm,
        itemMarginBlock: tokens.space.xxs,
        itemBorderRadius: tokens.radius.md,
        iconSize: 15,
        activeBarBorderWidth: 0,
      },
      Button: {
        primaryShadow: 'none',
        defaultShadow: 'none',
        dangerShadow: 'none',
        fontWeight: 500,
        primaryColor: c.onBrand,
      },
      Card: { headerFontSize: tokens.font.size.md, headerHeightSM: 40, paddingSM: tokens.space.lg },
      Table: {
        headerBg: c.surface,
        headerColor: c.muted,
        cellPaddingBlockSM: 7,
        headerSplitColor: 'transparent',
      },
      Drawer: { paddingLG: tokens.space.lg },
      Segmented: { trackBg: c.rail },
      Tag: { defaultBg: c.rail },
    },
  };
}

/** CSS variables for the few styles that live outside antd components (styles.css). */
export function cssVariables(mode: ThemeMode): Record<string, string> {
  const c = tokens.colors[mode];
  const vars: Record<string, string> = {
    '--g-rail-width': `${tokens.layout.railWidth}px`,
    '--g-topbar-height': `${tokens.layout.topBarHeight}px`,
    '--g-content-max-width': `${tokens.layout.contentMaxWidth}px`,
    '--g-radius': `${tokens.radius.md}px`,
    '--g-radius-lg': `${tokens.radius.lg}px`,
    '--g-font-mono': tokens.font.mono,
  };
  for (const [name, value] of Object.entries(c)) vars[`--g-${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(tokens.space))
    vars[`--g-space-${name}`] = `${value}px`;
  for (const [name, value] of Object.entries(tokens.font.size))
    vars[`--g-font-${name}`] = `${value}px`;
  return vars;
}

const kebab = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
