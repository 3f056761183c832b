import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a screen: title, a one-line subtitle, and its actions on the right. */
export function ScreenHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
}) {
  return (
    <div className="g-screen-header">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {actions && <div className="g-screen-actions">{actions}</div>}
    </div>
  );
}
