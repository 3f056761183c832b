import { AuditOutlined } from '@ant-design/icons';
import { Alert, Badge, DatePicker, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STATES, type LifecycleState } from '../../../../shared/domain/lifecycle';
import { QUEUE_VIEWS, type QueueItem, type QueueView as View } from '../../../../shared/domain/review';
import { EmptyState } from '../../app/EmptyState';
import { openReview } from '../../lib/links';
import { useUi } from '../../state/ui';
import { StateTags } from './LifecycleActions';
import { useReviewNav } from './nav';
import { usePeople } from './people';
import { useReviewCall } from './useReviewCall';

/** The review queue: four views with counts, filters by state, reviewer and due date. */
export function QueueView() {
  const { t } = useTranslation('review');
  const people = usePeople((s) => s.people);
  const navigate = useUi((s) => s.navigate);
  const view = useReviewNav((s) => s.view);
  const setView = useReviewNav((s) => s.setView);
  const [states, setStates] = useState<LifecycleState[]>([]);
  const [assigneeId, setAssigneeId] = useState<string | undefined>();
  const [dueBy, setDueBy] = useState<Dayjs | null>(null);
  const queue = useReviewCall('review:queue', {
    view,
    ...(states.length ? { states } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(dueBy ? { dueBy: dueBy.format('YYYY-MM-DD') } : {}),
  });
  const counts = queue.data?.counts;
  const steps = t('empty.steps', { returnObjects: true }) as Record<string, string>;
  const nothingYet = counts !== undefined && Object.values(counts).every((n) => n === 0) && !states.length && !assigneeId && !dueBy;
  if (nothingYet) {
    return (
      <EmptyState
        icon={<AuditOutlined />}
        title={t('empty.title')}
        body={t('empty.body')}
        steps={Object.values(steps)}
        action={{ label: t('empty.action'), onClick: () => navigate('drafts') }}
      />
    );
  }

  const columns = [
    {
      key: 'article',
      title: t('queue.article'),
      render: (_: unknown, item: QueueItem) => (
        <Space size={6} wrap>
          <a href={`#/review/${encodeURIComponent(item.article.id)}`} onClick={(e) => { e.preventDefault(); openReview(item.article.id); }}>
            {item.article.title || '—'}
          </a>
          {item.aiDraft && <Tag bordered={false} color="purple">{t('queue.aiDraft')}</Tag>}
          {item.overdue && <Tag bordered={false} color="error">{t('queue.overdue')}</Tag>}
        </Space>
      ),
    },
    { key: 'state', title: t('queue.state'), width: 250, render: (_: unknown, item: QueueItem) => <StateTags state={item.article.state} /> },
    { key: 'reviewer', title: t('queue.reviewer'), width: 130, render: (_: unknown, item: QueueItem) => item.assignment?.reviewerName ?? '—' },
    view === 'due'
      ? { key: 'reviewBy', title: t('queue.reviewBy'), width: 120, render: (_: unknown, item: QueueItem) => item.article.reviewBy }
      : { key: 'due', title: t('queue.due'), width: 120, render: (_: unknown, item: QueueItem) => <span className={item.overdue ? 'review-warn' : undefined}>{item.assignment?.due ?? '—'}</span> },
    {
      key: 'decision',
      title: t('queue.decision'),
      width: 200,
      render: (_: unknown, item: QueueItem) =>
        item.lastDecision ? t('queue.decidedBy', { decision: t(`decisions.${item.lastDecision.decision}`), name: item.lastDecision.reviewerName }) : '—',
    },
  ];

  return (
    <div className="review-queue">
      {queue.data && queue.data.flagged > 0 && <Alert type="warning" showIcon closable title={t('queue.flagged', { count: queue.data.flagged })} className="review-gap" />}
      <div className="review-queue-bar">
        <Segmented
          value={view}
          onChange={(v) => setView(v as View)}
          options={QUEUE_VIEWS.map((v) => ({
            value: v,
            label: (
              <span data-view={v}>
                {t(`views.${v}`)} <Badge count={counts?.[v] ?? 0} showZero color={v === 'assigned' && (counts?.[v] ?? 0) > 0 ? undefined : 'var(--g-subtle)'} size="small" />
              </span>
            ),
          }))}
        />
        <Space wrap>
          <Select
            mode="multiple"
            allowClear
            aria-label={t('queue.filterState')}
            placeholder={t('queue.filterState')}
            value={states}
            onChange={setStates}
            options={LIFECYCLE_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
            style={{ minWidth: 180 }}
            maxTagCount="responsive"
          />
          <Select
            allowClear
            aria-label={t('queue.filterAssignee')}
            placeholder={t('queue.filterAssignee')}
            value={assigneeId}
            onChange={setAssigneeId}
            options={people.filter((p) => p.role !== 'author').map((p) => ({ value: p.id, label: p.name }))}
            style={{ minWidth: 160 }}
          />
          <DatePicker aria-label={t('queue.dueBy')} placeholder={t('queue.dueBy')} value={dueBy} onChange={setDueBy} />
        </Space>
      </div>
      <Table<QueueItem>
        size="middle"
        rowKey={(item) => item.article.id}
        loading={queue.loading}
        dataSource={queue.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        onRow={(item) => ({ onDoubleClick: () => openReview(item.article.id) })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Typography.Text type="secondary">{t(`viewEmpty.${view}`)}</Typography.Text>} /> }}
      />
    </div>
  );
}
