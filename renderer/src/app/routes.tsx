import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CloudUploadOutlined,
  MessageOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/**
 * Every screen's id: its folder under features/, its hash (#/<id>) and its i18n namespace. Spelled
 * out rather than derived from ROUTES because screens import the UI store, which imports this type.
 */
export type ScreenId =
  'insights' | 'transcripts' | 'drafts' | 'articles' | 'review' | 'export' | 'settings';

export interface Route {
  id: ScreenId;
  icon: ReactNode;
  /** i18n key of the screen's name in the rail, the palette and the window's main landmark. */
  titleKey: `nav:${string}`;
  /** Ctrl/Cmd + this digit opens the screen. */
  shortcut: string;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * The navigation registry: every screen of the rail, in order. A feature adds its folder under
 * features/<id>/ and one entry here; the palette, the shortcuts and the screenshots follow.
 */
export const ROUTES: readonly Route[] = [
  {
    id: 'insights',
    icon: <BarChartOutlined />,
    titleKey: 'nav:insights',
    shortcut: '1',
    component: lazy(() => import('../features/insights/InsightsScreen')),
  },
  {
    id: 'transcripts',
    icon: <MessageOutlined />,
    titleKey: 'nav:transcripts',
    shortcut: '2',
    component: lazy(() => import('../features/transcripts/TranscriptsScreen')),
  },
  {
    id: 'drafts',
    icon: <BulbOutlined />,
    titleKey: 'nav:drafts',
    shortcut: '3',
    component: lazy(() => import('../features/drafts/DraftsScreen')),
  },
  {
    id: 'articles',
    icon: <BookOutlined />,
    titleKey: 'nav:articles',
    shortcut: '4',
    component: lazy(() => import('../features/articles/ArticlesScreen')),
  },
  {
    id: 'review',
    icon: <AuditOutlined />,
    titleKey: 'nav:review',
    shortcut: '5',
    component: lazy(() => import('../features/review/ReviewScreen')),
  },
  {
    id: 'export',
    icon: <CloudUploadOutlined />,
    titleKey: 'nav:export',
    shortcut: '6',
    component: lazy(() => import('../features/export/ExportScreen')),
  },
  {
    id: 'settings',
    icon: <SettingOutlined />,
    titleKey: 'nav:settings',
    shortcut: '7',
    component: lazy(() => import('../features/settings/SettingsScreen')),
  },
];

export const SCREEN_IDS: readonly ScreenId[] = ROUTES.map((route) => route.id);

export const isScreenId = (value: string): value is ScreenId =>
  (SCREEN_IDS as readonly string[]).includes(value);

export const routeOf = (id: ScreenId): Route => {
  const route = ROUTES.find((r) => r.id === id) ?? ROUTES[0];
  if (!route) throw new Error('The navigation registry is empty.');
  return route;
};
