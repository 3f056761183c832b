import { Typography } from 'antd';
import { useId, type ReactElement } from 'react';

/** One setting: its name and what it does on the left, the control on the right. */
export function SettingRow({
  label,
  help,
  control,
}: {
  label: string;
  help?: string;
  control: (ids: { labelId: string }) => ReactElement;
}) {
  const labelId = useId();
  return (
    <div className="g-setting-row">
      <div className="g-setting-text">
        <Typography.Text strong id={labelId}>
          {label}
        </Typography.Text>
        {help && <Typography.Text type="secondary">{help}</Typography.Text>}
      </div>
      <div className="g-setting-control">{control({ labelId })}</div>
    </div>
  );
}
