import { CloseOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptFacets } from '../../../../shared/domain/transcript';
import type { TopicSummary } from '../../../../shared/domain/topics';
import { EMPTY_FILTERS, isFiltered, type FilterState } from './filters';

const OUTCOMES = ['escalated', 'repeat', 'resolved', 'unresolved'] as const;
const SEARCH_DELAY_MS = 300;

export const languageName = (code: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

interface TranscriptFiltersProps {
  value: FilterState;
  onChange: (next: FilterState) => void;
  facets: TranscriptFacets | undefined;
  topics: readonly TopicSummary[];
}

/** Search, date range, channel, language, outcome and topic; every change re-queries the list. */
export function TranscriptFilters({ value, onChange, facets, topics }: TranscriptFiltersProps) {
  const { t, i18n } = useTranslation('transcripts');
  const [query, setQuery] = useState(value.query);
  useEffect(() => setQuery(value.query), [value.query]);
  useEffect(() => {
    if (query === value.query) return;
    const timer = setTimeout(() => onChange({ ...value, query }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, value, onChange]);

  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    value.fromDay && value.toDay ? [dayjs(value.fromDay), dayjs(value.toDay)] : null;

  return (
    <div className="transcripts-filters" role="search" aria-label={t('filters.label')}>
      <Input
        className="transcripts-search"
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('filters.searchPlaceholder')}
        aria-label={t('filters.search')}
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
        onPressEnter={() => onChange({ ...value, query })}
      />
      <DatePicker.RangePicker
        value={range}
        allowClear
        aria-label={t('filters.dates')}
        placeholder={[t('filters.from'), t('filters.to')]}
        onChange={(days) =>
          set({
            fromDay: days?.[0]?.format('YYYY-MM-DD') ?? null,
            toDay: days?.[1]?.format('YYYY-MM-DD') ?? null,
          })
        }
      />
      <Select
        // A handful of options: no virtual list to measure when the dropdown opens and closes.
        virtual={false}
        allowClear
        className="transcripts-select"
        aria-label={t('filters.channel')}
        placeholder={t('filters.anyChannel')}
        value={value.channel ?? undefined}
        onChange={(channel?: string) => set({ channel: channel ?? null })}
        options={(facets?.channels ?? []).map((c) => ({
          value: c.value,
          label: `${c.value} (${c.count})`,
        }))}
      />
      <Select
        virtual={false}
        allowClear
        className="transcripts-select"
        aria-label={t('filters.language')}
        placeholder={t('filters.anyLanguage')}
        value={value.language ?? undefined}
        onChange={(language?: string) => set({ language: language ?? null })}
        options={(facets?.languages ?? []).map((l) => ({
          value: l.value,
          label: `${languageName(l.value, i18n.language)} (${l.count})`,
        }))}
      />
      <Select
        virtual={false}
        allowClear
        className="transcripts-select"
        aria-label={t('filters.outcome')}
        placeholder={t('filters.anyOutcome')}
        value={value.outcome ?? undefined}
        onChange={(outcome?: FilterState['outcome']) => set({ outcome: outcome ?? null })}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`filters.outcomes.${o}`) }))}
      />
      {topics.length > 0 && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          className="transcripts-select transcripts-topic-select"
          aria-label={t('filters.topic')}
          placeholder={t('filters.anyTopic')}
          value={value.topicId ?? undefined}
          onChange={(topicId?: string) => set({ topicId: topicId ?? null })}
          options={topics.map((topic) => ({
            value: topic.id,
            label: `${topic.label} (${topic.size})`,
          }))}
        />
      )}
      {isFiltered(value) && (
        <Button type="text" icon={<CloseOutlined />} onClick={() => onChange(EMPTY_FILTERS)}>
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}
