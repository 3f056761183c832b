import { BookOutlined, FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LANGUAGES, importReportSchema, type ArticleFilter, type ArticleSummary } from '../../../../shared/domain/article';
import type { Job } from '../../../../shared/domain/jobs';
import { LIFECYCLE_STATES, type LifecycleState } from '../../../../shared/domain/lifecycle';
import { EmptyState } from '../../app/EmptyState';
import { useErrorText } from '../../app/errors';
import { ScreenHeader } from '../../app/ScreenHeader';
import { call } from '../../lib/ipc';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format';
import { useCall } from '../../lib/use-call';
import { useJob } from '../../lib/use-job';
import { useUi } from '../../state/ui';

/** The library: search, filters, bulk actions; a row opens the article. */
export function ArticlesLibrary() {
  const { t, i18n } = useTranslation(['articles', 'nav']);
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const navigate = useUi((s) => s.navigate);
  const [filter, setFilter] = useState<ArticleFilter>({});
  const [selected, setSelected] = useState<string[]>([]);
  const articles = useCall('articles:list', filter);
  const all = useCall('articles:list', {});
  const people = useCall('people:list', {});
  const nameOf = useMemo(() => new Map((people.data ?? []).map((p) => [p.id, p.name])), [people.data]);
  const tags = useMemo(() => [...new Set((all.data ?? []).flatMap((a) => a.tags))].sort(), [all.data]);
  const locale = i18n.language;
  const [importStarted, setImportStarted] = useState<Job | null>(null);
  const importJob = useJob(importStarted, (finished) => {
    setImportStarted(null);
    articles.reload();
    all.reload();
    if (finished.state === 'failed') return void message.error(errorText(new Error(finished.error?.message ?? finished.phase)));
    const report = importReportSchema.safeParse(finished.result);
    if (!report.success) return;
    const { created, duplicates, failed } = report.data;
    const summary = t('importDone', { created: created.length, duplicates: duplicates.length, failed: failed.length });
    if (failed.length === 0) return void message.success(summary);
    modal.warning({
      title: summary,
      width: 640,
      content: (
        <ul data-testid="article-import-failures">
          {failed.map((f) => (
            <li key={f.file}>
              <Typography.Text code>{f.file}</Typography.Text> {f.message}
            </li>
          ))}
        </ul>
      ),
    });
  });

  const create = async () => {
    try {
      const article = await call('articles:create', { title: '', language: locale.startsWith('zh') ? 'zh-CN' : 'en' });
      navigate('articles', article.id);
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const importFolder = async () => {
    try {
      let dir = await call('workspace:pickFolder', {}).catch(() => null);
      if (!dir) {
        dir = await new Promise<string | null>((resolve) => {
          let value = '';
          modal.confirm({
            title: t('importPathPrompt'),
            content: <Input autoFocus aria-label={t('importPathPrompt')} onChange={(e) => (value = e.target.value)} />,
            onOk: () => resolve(value.trim() || null),
            onCancel: () => resolve(null),
          });
        });
      }
      if (!dir) return;
      setImportStarted(await call('articles:import', { dir }));
      message.info(t('importStarted'));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const bulk = async (change: Parameters<typeof call<'articles:bulk'>>[1]['change']) => {
    try {
      const { updated } = await call('articles:bulk', { ids: selected, change });
      message.success(t('bulk.done', { count: updated }));
      articles.reload();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const askTag = (apply: (tag: string) => void) => {
    let value = '';
    modal.confirm({ title: t('bulk.tagPrompt'), content: <Input autoFocus aria-label={t('bulk.tagPrompt')} onChange={(e) => (value = e.target.value)} />, onOk: () => value.trim() && apply(value.trim()) });
  };
  const remove = async () => {
    try {
      await call('articles:delete', { ids: selected });
      setSelected([]);
      articles.reload();
      all.reload();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const header = (
    <ScreenHeader
      title={t('nav:articles')}
      subtitle={t('subtitle')}
      actions={
        <Space>
          <Button icon={<FolderOpenOutlined />} onClick={importFolder} loading={importJob !== null}>{t('importFolder')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={create}>{t('newArticle')}</Button>
        </Space>
      }
    />
  );
  if (all.data && all.data.length === 0) {
    return (
      <div className="g-screen">
        {header}
        <EmptyState icon={<BookOutlined />} title={t('empty.title')} body={t('empty.body')} steps={Object.values(t('empty.steps', { returnObjects: true }) as Record<string, string>)} action={{ label: t('empty.action'), onClick: create }} command={{ label: 'CLI', text: 'gleaner articles import ./kb --workspace <dir>' }} />
      </div>
    );
  }

  return (
    <div className="g-screen">
      {header}
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear aria-label={t('search')} placeholder={t('search')} style={{ width: 280 }} onSearch={(query) => setFilter((f) => ({ ...f, query: query || undefined }))} />
        <Select mode="multiple" allowClear aria-label={t('filters.state')} placeholder={t('filters.state')} style={{ minWidth: 160 }} options={LIFECYCLE_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))} onChange={(states: LifecycleState[]) => setFilter((f) => ({ ...f, states: states.length ? states : undefined }))} />
        <Select allowClear aria-label={t('filters.tag')} placeholder={t('filters.tag')} style={{ minWidth: 120 }} options={tags.map((tag) => ({ value: tag, label: tag }))} onChange={(tag?: string) => setFilter((f) => ({ ...f, tag }))} />
        <Select allowClear aria-label={t('filters.owner')} placeholder={t('filters.owner')} style={{ minWidth: 120 }} options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(owner?: string) => setFilter((f) => ({ ...f, owner }))} />
        <Select allowClear aria-label={t('filters.language')} placeholder={t('filters.language')} style={{ minWidth: 120 }} options={ARTICLE_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} onChange={(language?: ArticleFilter['language']) => setFilter((f) => ({ ...f, language }))} />
        <Space>
          <Switch aria-label={t('filters.reviewDue')} size="small" onChange={(reviewDue) => setFilter((f) => ({ ...f, reviewDue: reviewDue || undefined }))} />
          <Typography.Text>{t('filters.reviewDue')}</Typography.Text>
        </Space>
      </Space>
      {selected.length > 0 && (
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text>{t('selected', { count: selected.length })}</Typography.Text>
          <Button size="small" onClick={() => askTag((tag) => void bulk({ addTags: [tag] }))}>{t('bulk.addTag')}</Button>
          <Button size="small" onClick={() => askTag((tag) => void bulk({ removeTags: [tag] }))}>{t('bulk.removeTag')}</Button>
          <Select size="small" placeholder={t('bulk.setOwner')} aria-label={t('bulk.setOwner')} style={{ minWidth: 140 }} options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(owner: string) => void bulk({ owner })} />
          <Popconfirm title={t('bulk.confirmDelete', { count: selected.length })} onConfirm={remove}>
            <Button size="small" danger>{t('bulk.delete')}</Button>
          </Popconfirm>
        </Space>
      )}
      <Table<ArticleSummary>
        rowKey="id"
        size="small"
        loading={articles.loading}
        dataSource={articles.data ?? []}
        locale={{ emptyText: t('noMatch') }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        onRow={(record) => ({ onClick: () => navigate('articles', record.id), style: { cursor: 'pointer' } })}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('columns.title'), dataIndex: 'title', render: (title: string, a) => <a href={`#/articles/${encodeURIComponent(a.id)}`} onClick={(e) => e.stopPropagation()}>{title || t('untitled')}</a>, sorter: (a, b) => a.title.localeCompare(b.title) },
          { title: t('columns.state'), dataIndex: 'state', render: (state: LifecycleState) => <Tag>{t(`states.${state}`)}</Tag>, width: 140 },
          { title: t('columns.language'), dataIndex: 'language', render: (l: ArticleSummary['language']) => t(`languages.${l}`), width: 130 },
          { title: t('columns.owner'), dataIndex: 'owner', render: (id: string) => nameOf.get(id) ?? id, width: 120 },
          { title: t('columns.tags'), dataIndex: 'tags', render: (list: string[]) => list.map((tag) => <Tag key={tag}>{tag}</Tag>) },
          { title: t('columns.reviewBy'), dataIndex: 'reviewBy', width: 120, sorter: (a, b) => a.reviewBy.localeCompare(b.reviewBy) },
          { title: t('columns.words'), dataIndex: 'wordCount', align: 'right', width: 90, render: (n: number) => formatNumber(n, locale), sorter: (a, b) => a.wordCount - b.wordCount },
          { title: t('columns.updated'), dataIndex: 'updatedAt', width: 140, render: (iso: string) => <Tooltip title={formatDateTime(iso, locale)}>{formatRelative(iso, locale)}</Tooltip>, sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt), defaultSortOrder: 'descend' },
        ]}
      />
    </div>
  );
}
