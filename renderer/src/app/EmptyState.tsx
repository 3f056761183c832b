import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  body: string;
  action?: { label: string; onClick: () => void };
}

/** What a screen shows before it has data: what will appear and how to get it. */
export function EmptyState({ icon, title, body, action }: EmptyStateProps) {
  return (
    <div className="g-empty" role="status">
      <div className="g-empty-icon" aria-hidden>
        {icon}
      </div>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="g-empty-body">
        {body}
      </Typography.Paragraph>
      {action && (
        <Button type="primary" onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </div>
  );
}
