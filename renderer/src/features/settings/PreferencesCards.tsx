import { Card, InputNumber, Segmented, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { LANGUAGE_NAMES } from '../../../../shared/i18n';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { useUi } from '../../state/ui';
import { SettingRow } from './SettingRow';

type DayField = 'repeatWindowDays' | 'reviewIntervalDays';

/** Appearance and analysis settings, saved through settings:set as soon as they change. */
export function PreferencesCards() {
  const { t } = useTranslation('settings');
  const settings = useUi((s) => s.settings);
  const setSettings = useUi((s) => s.setSettings);
  const notifyError = useNotifyError();
  const disabled = !settings;
  const update = (patch: SettingsPatch) =>
    void call('settings:set', patch).then(setSettings, notifyError);
  const days = (field: DayField, max: number) =>
    function DaysInput({ labelId }: { labelId: string }) {
      return (
        <InputNumber
          aria-labelledby={labelId}
          min={1}
          max={max}
          precision={0}
          disabled={disabled}
          value={settings?.[field]}
          suffix={t('days')}
          style={{ width: 120 }}
          onChange={(value) =>
            typeof value === 'number' && value >= 1 && value <= max && update({ [field]: value })
          }
        />
      );
    };

  return (
    <>
      <Card title={t('appearance')} size="small">
        <SettingRow
          label={t('language')}
          help={t('languageHelp')}
          control={({ labelId }) => (
            <Segmented<Settings['language']>
              aria-labelledby={labelId}
              disabled={disabled}
              value={settings?.language ?? 'system'}
              onChange={(language) => update({ language })}
              options={[
                { value: 'system', label: t('languageSystem') },
                { value: 'en', label: LANGUAGE_NAMES.en },
                { value: 'zh-CN', label: LANGUAGE_NAMES['zh-CN'] },
              ]}
            />
          )}
        />
        <SettingRow
          label={t('theme')}
          help={t('themeHelp')}
          control={({ labelId }) => (
            <Segmented<Settings['theme']>
              aria-labelledby={labelId}
              disabled={disabled}
              value={settings?.theme ?? 'system'}
              onChange={(theme) => update({ theme })}
              options={[
                { value: 'system', label: t('themeSystem') },
                { value: 'light', label: t('themeLight') },
                { value: 'dark', label: t('themeDark') },
              ]}
            />
          )}
        />
      </Card>
      <Card title={t('analysis')} size="small" data-testid="analysis-card">
        <SettingRow
          label={t('repeatWindow')}
          help={t('repeatWindowHelp')}
          control={days('repeatWindowDays', 90)}
        />
        <SettingRow
          label={t('redactOnImport')}
          help={t('redactOnImportHelp')}
          control={({ labelId }) => (
            <Switch
              aria-labelledby={labelId}
              disabled={disabled}
              checked={settings?.redactOnImport}
              onChange={(redactOnImport) => update({ redactOnImport })}
            />
          )}
        />
        <SettingRow
          label={t('accountPatterns')}
          help={t('accountPatternsHelp')}
          control={({ labelId }) => (
            <Select
              mode="tags"
              aria-labelledby={labelId}
              disabled={disabled || !settings?.redactOnImport}
              value={settings?.accountPatterns ?? []}
              placeholder={t('accountPatternsPlaceholder')}
              open={false}
              suffixIcon={null}
              style={{ width: 260 }}
              onChange={(accountPatterns: string[]) => update({ accountPatterns })}
            />
          )}
        />
        <SettingRow
          label={t('reviewInterval')}
          help={t('reviewIntervalHelp')}
          control={days('reviewIntervalDays', 730)}
        />
        <SettingRow
          label={t('requireSeparateReviewer')}
          help={t('requireSeparateReviewerHelp')}
          control={({ labelId }) => (
            <Switch
              aria-labelledby={labelId}
              disabled={disabled}
              checked={settings?.requireSeparateReviewer}
              onChange={(requireSeparateReviewer) => update({ requireSeparateReviewer })}
            />
          )}
        />
      </Card>
    </>
  );
}
