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
import type { ScreenId } from '../state/ui';

export interface Route {
  id: ScreenId;
  icon: ReactNode;
  /** Ctrl/Cmd + this digit opens the screen. */
  shortcut: string;
  component: LazyExoticComponent<ComponentType>;
}

/** Every screen of the navigation rail. A feature adds its folder under features/ and replaces its entry here. */
export const ROUTES: readonly Route[] = [
  { id: 'insights', icon: <BarChartOutlined />, shortcut: '1', component: lazy(() => import('../features/insights/InsightsScreen')) },
  { id: 'transcripts', icon: <MessageOutlined />, shortcut: '2', component: lazy(() => import('../features/transcripts/TranscriptsScreen')) },
  { id: 'drafts', icon: <BulbOutlined />, shortcut: '3', component: lazy(() => import('../features/drafts/DraftsScreen')) },
  { id: 'articles', icon: <BookOutlined />, shortcut: '4', component: lazy(() => import('../features/articles/ArticlesScreen')) },
  { id: 'review', icon: <AuditOutlined />, shortcut: '5', component: lazy(() => import('../features/review/ReviewScreen')) },
  { id: 'export', icon: <CloudUploadOutlined />, shortcut: '6', component: lazy(() => import('../features/export/ExportScreen')) },
  { id: 'settings', icon: <SettingOutlined />, shortcut: '7', component: lazy(() => import('../features/settings/SettingsScreen')) },
];
