import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { FrictionReport, Rate, TopicFriction } from '../../../../shared/domain/friction';
import { LazyTooltip } from '../../app/LazyTooltip';
import { formatNumber, formatPercent } from '../../lib/format';
import { openTopic } from '../../lib/links';
import { Sparkline } from './Sparkline';

export const COVERAGE_COLORS = {
  none: 'red',
  covered: 'green',
  covered_friction_persists: 'orange',
} as const;
const RATE_COLUMNS = ['escalation', 'repeat', 'negative'] as const;
/** The same as plain badges (styles.css): the table mounts no antd component per row. */
const COVERAGE_TONES = {
  none: 'error',
  covered: 'success',
  covered_friction_persists: 'warning',
} as const;

function RateCell({ rate, locale }: { rate: Rate; locale: string }) {
  const { t } = useTranslation('insights');
  if (rate.rate === null) return <span className="g-dim">–</span>;
  return (
    <LazyTooltip
      title={t('table.interval', {
        k: rate.k,
        n: rate.n,
        low: formatPercent(rate.low, locale, 0),
        high: formatPercent(rate.high, locale, 0),
      })}
    >
      <span className="g-num">{formatPercent(rate.rate, locale, 0)}</span>
    </LazyTooltip>
  );
}

/**
 * The topics ranked by friction, every score with its reasons. Its cells are plain elements, no antd
 * component: a sort or a filter mounts a page of new rows, and antd's per-component style hooks made
 * that a quarter of a second.
 */
export function FrictionTable({ report }: { report: FrictionReport }) {
  const { t, i18n } = useTranslation('insights');
  const locale = i18n.language;
  const why = (topic: TopicFriction) =>
    topic.components
      .filter((c) => c.avoidablePerWeek > 0)
      .sort((a, b) => b.avoidablePerWeek - a.avoidablePerWeek)
      .map((c) =>
        t('table.component', {
          component: t(`table.components.${c.component}`),
          rate: formatPercent(c.shrunkRate, locale, 0),
          achievable: formatPercent(c.achievableRate, locale, 0),
          avoidable: formatNumber(c.avoidablePerWeek, locale, { maximumFractionDigits: 1 }),
        }),
      )
      .join('; ');
  const maxScore = Math.max(1e-9, ...report.topics.map((topic) => topic.score));
  const ranked = report.topics.filter((topic) => topic.topicId !== 'outliers');
  const rankOf = new Map(ranked.map((topic, index) => [topic.topicId, index + 1]));
  // Every cell depends on its topic alone (the rank is its friction rank, whatever the sort): a sort
  // reorders rows without rendering them again. The table is remounted when the language changes.
  const topicColumns: ColumnsType<TopicFriction> = (
    [
      {
        title: t('table.rank'),
        key: 'rank',
        width: 48,
        align: 'right',
        render: (_v, topic) => rankOf.get(topic.topicId),
      },
      {
        title: t('table.topic'),
        dataIndex: 'label',
        width: '34%',
        render: (label: string, topic) => (
          <div>
            <button
              type="button"
              className="insights-topic-label"
              onClick={(event) => (event.stopPropagation(), openTopic(topic.topicId))}
            >
              {label}
            </button>
            <div className="insights-why">{t('table.why', { reasons: why(topic) || '–' })}</div>
          </div>
        ),
      },
      {
        title: t('table.score'),
        dataIndex: 'score',
        width: 130,
        align: 'right',
        defaultSortOrder: 'descend',
        sorter: (a, b) => a.score - b.score,
        render: (score: number) => (
          <div className="g-score">
            <span className="g-num">
              {formatNumber(score, locale, { maximumFractionDigits: 1 })}
            </span>
            <span className="g-bar">
              <span style={{ width: `${(score / maxScore) * 100}%` }} />
            </span>
          </div>
        ),
      },
      {
        title: t('table.conversations'),
        dataIndex: 'conversations',
        width: 110,
        align: 'right',
        sorter: (a, b) => a.conversations - b.conversations,
        render: (n: number) => <span className="g-num">{formatNumber(n, locale)}</span>,
      },
      ...RATE_COLUMNS.map((name) => ({
        title: t(`table.${name}`),
        key: name,
        width: 116,
        align: 'right' as const,
        sorter: (a: TopicFriction, b: TopicFriction) => a[name].shrunk - b[name].shrunk,
        render: (_v: unknown, topic: TopicFriction) => (
          <RateCell rate={topic[name]} locale={locale} />
        ),
      })),
      {
        title: <Tooltip title={t('table.trendTip')}>{t('table.trend')}</Tooltip>,
        key: 'trend',
        width: 130,
        align: 'right',
        render: (_v, topic) => (
          <div className="g-score">
            <Sparkline
              values={topic.trend.weekly}
              label={t('table.sparkline', {
                weeks: topic.trend.weekly.length,
                counts: topic.trend.weekly.join(', '),
              })}
            />
            {topic.trend.change === null ? (
              <span className="g-dim">–</span>
            ) : (
              <span
                className={`g-num insights-trend-change${topic.trend.change > 0.2 ? ' insights-trend-up' : ''}`}
              >
                {`${topic.trend.change > 0 ? '+' : ''}${formatPercent(topic.trend.change, locale, 0)}`}
              </span>
            )}
          </div>
        ),
      },
      {
        title: t('table.coverage'),
        key: 'coverage',
        width: 170,
        render: (_v, topic) => (
          <LazyTooltip title={topic.coverage.articleTitle ?? undefined}>
            <span
              className={`g-badge g-badge-bordered g-badge-${COVERAGE_TONES[topic.coverage.status]}`}
            >
              {t(`table.coverageStatus.${topic.coverage.status}`)}
            </span>
          </LazyTooltip>
        ),
      },
    ] as ColumnsType<TopicFriction>
  ).map((column) => ({
    ...column,
    shouldCellUpdate: (topic: TopicFriction, previous: TopicFriction) => topic !== previous,
  }));
  return (
    <Table<TopicFriction>
      size="small"
      rowKey="topicId"
      key={locale}
      dataSource={ranked}
      pagination={{
        defaultPageSize: 25,
        pageSizeOptions: [25, 50, 100],
        showSizeChanger: true,
        hideOnSinglePage: true,
      }}
      rowClassName={() => 'insights-row'}
      onRow={(topic) => ({ onClick: () => openTopic(topic.topicId) })}
      columns={topicColumns}
    />
  );
}
