import { Card, InputNumber, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { useUi } from '../../state/ui';
import { SettingRow } from './SettingRow';
import './settings.css';

type Weights = Settings['frictionWeights'];
type Criteria = Settings['successCriteria'];

interface NumberSpec {
  min: number;
  max: number;
  step: number;
  precision: number;
  suffix?: string;
}

/** The parameters the analysis reads: friction weights, trend periods, drafting's success criteria. */
export function AnalysisCards() {
  const { t } = useTranslation('settings');
  const settings = useUi((s) => s.settings);
  const setSettings = useUi((s) => s.setSettings);
  const notifyError = useNotifyError();
  const disabled = !settings;
  const update = (patch: SettingsPatch) =>
    void call('settings:set', patch).then(setSettings, notifyError);
  // Nested settings take partial patches: only the changed field is sent.
  const setWeight = (key: keyof Weights, value: number) => update({ frictionWeights: { [key]: value } });
  const setCriteria = (patch: Partial<Criteria>) => update({ successCriteria: patch });

  const number =
    (value: number | undefined, spec: NumberSpec, onChange: (value: number) => void) =>
    ({ labelId }: { labelId: string }) => (
      <InputNumber
        aria-labelledby={labelId}
        min={spec.min}
        max={spec.max}
        step={spec.step}
        precision={spec.precision}
        disabled={disabled}
        value={value}
        suffix={spec.suffix}
        className="g-settings-number"
        onChange={(next) =>
          typeof next === 'number' && next >= spec.min && next <= spec.max && onChange(next)
        }
      />
    );
  const toggle =
    (checked: boolean | undefined, onChange: (checked: boolean) => void) =>
    ({ labelId }: { labelId: string }) => (
      <Switch aria-labelledby={labelId} disabled={disabled} checked={checked} onChange={onChange} />
    );
  const weight = { min: 0, max: 10, step: 0.1, precision: 1 };
  const days = (max: number) => ({ min: 1, max, step: 1, precision: 0, suffix: t('days') });
  const criteria = settings?.successCriteria;

  return (
    <>
      <Card title={t('friction')} size="small" data-testid="friction-card">
        <Typography.Paragraph type="secondary" className="g-settings-card-help">
          {t('frictionHelp')}
        </Typography.Paragraph>
        <SettingRow
          label={t('weightEscalation')}
          help={t('weightEscalationHelp')}
          control={number(settings?.frictionWeights.escalation, weight, (v) => setWeight('escalation', v))}
        />
        <SettingRow
          label={t('weightRepeat')}
          help={t('weightRepeatHelp')}
          control={number(settings?.frictionWeights.repeat, weight, (v) => setWeight('repeat', v))}
        />
        <SettingRow
          label={t('weightNegative')}
          help={t('weightNegativeHelp')}
          control={number(settings?.frictionWeights.negative, weight, (v) => setWeight('negative', v))}
        />
        <SettingRow
          label={t('trendRecent')}
          help={t('trendRecentHelp')}
          control={number(settings?.trendRecentDays, days(90), (v) => update({ trendRecentDays: v }))}
        />
        <SettingRow
          label={t('trendBaseline')}
          help={t('trendBaselineHelp')}
          control={number(settings?.trendBaselineDays, days(365), (v) =>
            update({ trendBaselineDays: v }),
          )}
        />
      </Card>
      <Card title={t('success')} size="small" data-testid="success-card">
        <Typography.Paragraph type="secondary" className="g-settings-card-help">
          {t('successHelp')}
        </Typography.Paragraph>
        <SettingRow
          label={t('minCsat')}
          help={t('minCsatHelp')}
          control={number(criteria?.minCsat, { min: 1, max: 5, step: 0.5, precision: 1 }, (v) =>
            setCriteria({ minCsat: v }),
          )}
        />
        <SettingRow
          label={t('excludeEscalated')}
          help={t('excludeEscalatedHelp')}
          control={toggle(criteria?.excludeEscalated, (v) => setCriteria({ excludeEscalated: v }))}
        />
        <SettingRow
          label={t('excludeRepeat')}
          help={t('excludeRepeatHelp')}
          control={toggle(criteria?.excludeRepeatContacts, (v) =>
            setCriteria({ excludeRepeatContacts: v }),
          )}
        />
        <SettingRow
          label={t('requireKnownResolution')}
          help={t('requireKnownResolutionHelp')}
          control={toggle(criteria?.requireKnownResolution, (v) =>
            setCriteria({ requireKnownResolution: v }),
          )}
        />
        <SettingRow
          label={t('minConversations')}
          help={t('minConversationsHelp')}
          control={number(
            criteria?.minConversations,
            { min: 1, max: 1000, step: 1, precision: 0 },
            (v) => setCriteria({ minConversations: v }),
          )}
        />
        <SettingRow
          label={t('negativeSentiment')}
          help={t('negativeSentimentHelp')}
          control={number(
            criteria?.negativeSentiment,
            { min: -1, max: 1, step: 0.05, precision: 2 },
            (v) => setCriteria({ negativeSentiment: v }),
          )}
        />
      </Card>
    </>
  );
}
