import { Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ExportCandidate } from '../../../../shared/domain/export';
import { RelativeTime } from '../../app/RelativeTime';
import { formatNumber } from '../../lib/format';

interface ArticlePickerProps {
  candidates: readonly ExportCandidate[];
  loading: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  includeOthers: boolean;
  onIncludeOthers: (value: boolean) => void;
}

const STATE_COLORS: Record<string, string> = { approved: 'green', published: 'blue', needs_review: 'orange', in_review: 'gold', changes_requested: 'volcano' };

/** Which articles go: approved and published ones ticked by default, others only when asked for. */
export function ArticlePicker({ candidates, loading, selected, onSelect, includeOthers, onIncludeOthers }: ArticlePickerProps) {
  const { t, i18n } = useTranslation(['export', 'articles']);
  const rows = candidates.filter((c) => includeOthers || c.byDefault);
  const columns: ColumnsType<ExportCandidate> = [
    {
      title: t('articles.title'),
      dataIndex: 'title',
      render: (title: string) => <Typography.Text>{title || t('articles:untitled')}</Typography.Text>,
      sorter: (a, b) => a.title.localeCompare(b.title, i18n.language),
    },
    {
      title: t('articles.language'),
      dataIndex: 'language',
      width: 170,
      render: (language: string) => t(`articles:languages.${language}`, { defaultValue: language }),
    },
    {
      title: t('articles.state'),
      dataIndex: 'state',
      width: 150,
      render: (state: string) => (
        <Tag variant="filled" color={STATE_COLORS[state] ?? 'default'}>
          {t(`articles:states.${state}`)}
        </Tag>
      ),
    },
    {
      title: t('articles.lastExported'),
      dataIndex: 'lastExportedAt',
      width: 190,
      render: (iso: string | null) => (iso ? <RelativeTime iso={iso} /> : <Typography.Text type="secondary">{t('articles.never')}</Typography.Text>),
    },
  ];
  const chosen = rows.filter((r) => selected.has(r.id)).length;
  return (
    <div className="export-articles">
      <div className="export-articles-bar">
        <Typography.Text type="secondary" data-testid="export-selected-count">
          {t('articles.selected', { n: formatNumber(chosen, i18n.language), total: formatNumber(rows.length, i18n.language) })}
        </Typography.Text>
        <label className="export-include-others">
          <Switch size="small" checked={includeOthers} onChange={onIncludeOthers} aria-describedby="export-include-help" />
          <span>{t('articles.includeOthers')}</span>
        </label>
      </div>
      <Typography.Text type="secondary" id="export-include-help" className="export-setting-help">
        {t('articles.includeOthersHelp')}
      </Typography.Text>
      <Table<ExportCandidate>
        size="small"
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('articles.none') }}
        rowSelection={{
          selectedRowKeys: rows.filter((r) => selected.has(r.id)).map((r) => r.id),
          onChange: (keys) => onSelect(new Set(keys.map(String))),
          getCheckboxProps: (row) => ({ 'aria-label': t('articles.select', { title: row.title }) }),
        }}
        onRow={(row) => ({
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('input,button,a,label')) return;
            const next = new Set(selected);
            if (next.has(row.id)) next.delete(row.id);
            else next.add(row.id);
            onSelect(next);
          },
        })}
        className="export-articles-table"
      />
    </div>
  );
}
