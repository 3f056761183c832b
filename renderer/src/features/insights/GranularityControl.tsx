import { ControlOutlined } from '@ant-design/icons';
import { Button, Popover, Slider, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicsRun } from '../../../../shared/domain/topics';
import { formatNumber } from '../../lib/format';

/** The slider works on log2(granularity): a step left halves the topics the automatic cut chose, a step right doubles them. */
const MIN_STEP = -2;
const MAX_STEP = 2;
const toGranularity = (step: number): number => Math.round(2 ** step * 100) / 100;
const toStep = (granularity: number): number => Math.min(MAX_STEP, Math.max(MIN_STEP, Math.round(Math.log2(granularity) * 4) / 4));

/** "Granularity" beside Refresh topics: fewer or more topics than chosen automatically, then a rediscovery. */
export function GranularityControl({ run, onDiscover }: { run: TopicsRun; onDiscover: (granularity: number) => void }) {
  const { t, i18n } = useTranslation('insights');
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState(() => toStep(run.granularity));
  const granularity = toGranularity(step);
  const factor = (g: number) => `×${formatNumber(g, i18n.language, { maximumFractionDigits: 2 })}`;
  const content = (
    <div className="insights-granularity" data-testid="granularity-panel">
      <Typography.Paragraph type="secondary">
        {t('granularity.explain', { auto: formatNumber(run.autoTopics, i18n.language), conversations: formatNumber(run.conversations, i18n.language) })}
      </Typography.Paragraph>
      <Slider
        min={MIN_STEP}
        max={MAX_STEP}
        step={0.25}
        value={step}
        onChange={setStep}
        tooltip={{ formatter: (value) => factor(toGranularity(value ?? 0)) }}
        marks={{ [MIN_STEP]: t('granularity.fewer'), 0: t('granularity.auto'), [MAX_STEP]: t('granularity.more') }}
        aria-label={t('granularity.label')}
      />
      <Typography.Paragraph type="secondary" className="insights-granularity-now">
        {t('granularity.now', { factor: factor(run.granularity), topics: formatNumber(run.topics, i18n.language) })}
      </Typography.Paragraph>
      <Space>
        <Button
          type="primary"
          onClick={() => {
            setOpen(false);
            onDiscover(granularity);
          }}
        >
          {t('granularity.apply', { factor: factor(granularity) })}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('granularity.cancel')}</Button>
      </Space>
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" title={t('granularity.title')} content={content}>
      <Button icon={<ControlOutlined />} aria-label={t('granularity.label')}>
        {t('granularity.button', { factor: factor(run.granularity) })}
      </Button>
    </Popover>
  );
}
