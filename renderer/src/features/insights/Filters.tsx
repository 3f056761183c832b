import { CloseOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../lib/use-call';
import { isFiltered, useInsightsFilter } from './filters';

const languageName = (code: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** Date range, channel and language: friction is recomputed for the conversations that pass. */
export function Filters() {
  const { t, i18n } = useTranslation('insights');
  const { filter, setFilter, clear } = useInsightsFilter();
  const facets = useCall('transcripts:facets', {});
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null = filter.since && filter.until ? [dayjs(filter.since), dayjs(filter.until).subtract(1, 'day')] : null;
  return (
    <div className="insights-filters" role="group" aria-label={t('filters.label')}>
      <DatePicker.RangePicker
        value={range}
        allowClear
        aria-label={t('filters.dates')}
        placeholder={[t('filters.from'), t('filters.to')]}
        onChange={(value) =>
          setFilter(
            value?.[0] && value[1]
              ? { since: value[0].startOf('day').toISOString(), until: value[1].add(1, 'day').startOf('day').toISOString() }
              : { since: undefined, until: undefined },
          )
        }
      />
      <Select
        // A handful of options: no virtual list to measure when the dropdown opens and closes.
        virtual={false}
        allowClear
        style={{ minWidth: 150 }}
        aria-label={t('filters.channel')}
        placeholder={t('filters.allChannels')}
        value={filter.channel}
        onChange={(channel?: string) => setFilter({ channel })}
        options={(facets.data?.channels ?? []).map((c) => ({ value: c.value, label: `${c.value} (${c.count})` }))}
      />
      <Select
        virtual={false}
        allowClear
        style={{ minWidth: 150 }}
        aria-label={t('filters.language')}
        placeholder={t('filters.allLanguages')}
        value={filter.language}
        onChange={(language?: string) => setFilter({ language })}
        options={(facets.data?.languages ?? []).map((l) => ({ value: l.value, label: `${languageName(l.value, i18n.language)} (${l.count})` }))}
      />
      {isFiltered(filter) && (
        <Button type="text" icon={<CloseOutlined />} onClick={clear}>
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}
