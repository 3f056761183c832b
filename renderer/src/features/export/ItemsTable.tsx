import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportItem } from '../../../../shared/domain/export';
import { formatDateTime } from '../../lib/format';

type Outcome = 'create' | 'update' | 'unchanged' | 'created' | 'updated' | 'failed' | 'skipped';

const OUTCOME_COLORS: Record<Outcome, string> = {
  create: 'green',
  update: 'blue',
  unchanged: 'default',
  created: 'green',
  updated: 'blue',
  failed: 'red',
  skipped: 'orange',
};

/** A dry run says what would happen; a report says what did. */
export function outcomeOf(item: ExportItem): Outcome {
  if (item.status === 'planned') return item.action;
  if (item.status === 'failed' || item.status === 'skipped') return item.status;
  return item.action === 'create' ? 'created' : item.action === 'update' ? 'updated' : 'unchanged';
}

function useDetail(): (item: ExportItem) => string {
  const { t, i18n } = useTranslation('export');
  return (item) => {
    if (item.status === 'skipped') return t('outcome.notSent');
    if (item.error) return item.error;
    if (!item.reason) return '';
    const date = item.lastExportedAt ? formatDateTime(item.lastExportedAt, i18n.language) : null;
    if (item.reason === 'changed') return date ? t('reason.changed', { date }) : t('reason.changedUnknown');
    if (item.reason === 'same') return date ? t('reason.same', { date }) : t('reason.sameUnknown');
    const done = item.status === 'ok';
    if (item.reason === 'new') return done ? t('reason.newDone') : t('reason.new');
    return done ? t('reason.missingDone') : t('reason.missing');
  };
}

/** One row per article: what happens (or happened) to it and why. */
export function ItemsTable({ items, testId }: { items: readonly ExportItem[]; testId: string }) {
  const { t } = useTranslation(['export', 'articles']);
  const detail = useDetail();
  const columns: ColumnsType<ExportItem> = [
    { title: t('report.article'), dataIndex: 'title', render: (title: string) => title || t('articles:untitled') },
    {
      title: t('report.language'),
      dataIndex: 'language',
      width: 170,
      render: (language: string) => t(`articles:languages.${language}`, { defaultValue: language }),
    },
    {
      title: t('report.result'),
      key: 'outcome',
      width: 120,
      render: (_value, item) => {
        const outcome = outcomeOf(item);
        const label = item.status === 'planned' ? t(`action.${outcome}`) : t(`outcome.${outcome}`);
        return (
          <Tag variant="filled" color={OUTCOME_COLORS[outcome]} data-outcome={outcome}>
            {label}
          </Tag>
        );
      },
    },
    {
      title: t('report.detail'),
      key: 'detail',
      render: (_value, item) => (
        <Typography.Text type={item.status === 'failed' ? 'danger' : 'secondary'} className="export-detail">
          {detail(item)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <div data-testid={testId}>
    <Table<ExportItem>
      size="small"
      rowKey="articleId"
      columns={columns}
      dataSource={[...items]}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      className="export-items"
      onRow={(item) => ({ 'data-outcome': outcomeOf(item) }) as HTMLAttributes<HTMLElement>}
    />
    </div>
  );
}
