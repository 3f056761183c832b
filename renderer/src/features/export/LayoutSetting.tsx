import { Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MARKDOWN_LAYOUTS, type MarkdownLayout } from '../../../../shared/domain/export';

interface LayoutSettingProps {
  value: MarkdownLayout;
  /** True when the layout comes from the last Markdown export. */
  remembered: boolean;
  onChange: (layout: MarkdownLayout) => void;
}

/** The folder layout of a Markdown export: which static-site generator reads it as it is. */
export function LayoutSetting({ value, remembered, onChange }: LayoutSettingProps) {
  const { t } = useTranslation('export');
  return (
    <div className="export-setting" data-testid="export-layout">
      <Typography.Text strong id="export-layout-label">
        {t('layout.label')}
      </Typography.Text>
      <Radio.Group className="export-layouts" value={value} onChange={(event) => onChange(event.target.value as MarkdownLayout)} aria-labelledby="export-layout-label">
        {MARKDOWN_LAYOUTS.map((layout) => (
          <Radio key={layout} value={layout} className="export-layout" data-testid={`export-layout-${layout}`} aria-describedby={`export-layout-${layout}-help`}>
            <Typography.Text strong>{t(`layout.${layout}.name`)}</Typography.Text>
            <Typography.Text type="secondary" className="export-layout-help" id={`export-layout-${layout}-help`}>
              {t(`layout.${layout}.help`)}
            </Typography.Text>
          </Radio>
        ))}
      </Radio.Group>
      <Typography.Text type="secondary" className="export-setting-help">
        {remembered ? `${t('layout.remembered')} ` : ''}
        {t('layout.help')}
      </Typography.Text>
    </div>
  );
}
