import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  body: string;
  /** How the user gets data here, in order. */
  steps?: string[];
  action?: { label: string; onClick: () => void };
  /** A command line that does the same, for people who script their imports. */
  command?: { label: string; text: string };
}

/** What a screen shows before it has data: what will appear here and how to get it. */
export function EmptyState({ icon, title, body, steps = [], action, command }: EmptyStateProps) {
  return (
    <section className="g-empty" aria-label={title}>
      <div className="g-empty-icon" aria-hidden>
        {icon}
      </div>
      <Typography.Title level={4} className="g-empty-title">
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
      {command && (
        <div className="g-empty-command">
          <Typography.Text type="secondary">{command.label}</Typography.Text>
          <Typography.Text code copyable>
            {command.text}
          </Typography.Text>
        </div>
      )}
      {steps.length > 0 && (
        <ol className="g-empty-steps">
          {steps.map((step, index) => (
            <li key={step}>
              <span className="g-empty-step-number" aria-hidden>
                {index + 1}
              </span>
              <span>{step}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
