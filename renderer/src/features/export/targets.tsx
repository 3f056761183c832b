import {
  CloudServerOutlined,
  CustomerServiceOutlined,
  FileMarkdownOutlined,
  GlobalOutlined,
  MessageOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { ExportTarget } from '../../../../shared/domain/export';

export type RemoteTarget = 'zendesk' | 'intercom' | 'freshdesk';

/** The secret fields each help center asks for, besides its URL (names match shared/domain/export.ts). */
export const SECRET_FIELDS: Record<RemoteTarget, ReadonlyArray<{ name: string; secret: boolean; label: 'email' | 'apiToken' | 'accessToken' | 'apiKey' }>> = {
  zendesk: [
    { name: 'email', secret: false, label: 'email' },
    { name: 'apiToken', secret: true, label: 'apiToken' },
  ],
  intercom: [{ name: 'accessToken', secret: true, label: 'accessToken' }],
  freshdesk: [{ name: 'apiKey', secret: true, label: 'apiKey' }],
};

export const TARGET_ICONS: Record<ExportTarget, ReactNode> = {
  markdown: <FileMarkdownOutlined />,
  html: <GlobalOutlined />,
  zendesk: <CustomerServiceOutlined />,
  intercom: <MessageOutlined />,
  freshdesk: <CloudServerOutlined />,
  salesforce: <TableOutlined />,
};

export const isRemote = (target: ExportTarget): target is RemoteTarget =>
  target === 'zendesk' || target === 'intercom' || target === 'freshdesk';
