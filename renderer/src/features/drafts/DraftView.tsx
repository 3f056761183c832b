import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Progress, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftSummary } from '../../../../shared/domain/draft';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { formatNumber, formatPercent } from '../../lib/format';
import { openArticle, openTopic } from '../../lib/links';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { DraftSections } from './DraftSections';
import { PolishDialog } from './PolishDialog';
import { UpdateProposalCard } from './UpdateProposalCard';

/** One draft: where it comes from, how sure it is, its sections with their evidence, and what to do with it. */
export function DraftView({ summary, onChanged }: { summary: DraftSummary; onChanged: () => void }) {
  const { t, i18n } = useTranslation('drafts');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const navigate = useUi((s) => s.navigate);
  const loaded = useCall('drafts:get', { id: summary.id });
  const [polished, setPolished] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = polished ?? loaded.data;
  if (!draft) return <Spin className="g-screen-spin" />;

  const open = (mode: 'new' | 'update') => {
    setBusy(true);
    call('drafts:open', { id: draft.id, mode })
      .then(({ articleId }) => {
        if (mode === 'update' && draft.updateProposal) void message.success(t('update.applied', { title: draft.updateProposal.articleTitle }));
        onChanged();
        openArticle(articleId);
      }, notifyError)
      .finally(() => setBusy(false));
  };
  const discard = () =>
    call('drafts:discard', { id: draft.id }).then(() => {
      void message.success(t('view.discarded'));
      navigate('drafts');
      onChanged();
    }, notifyError);

  return (
    <article className="drafts-view" aria-label={draft.title}>
      <Typography.Title level={4} className="drafts-view-title">
        {draft.title}
      </Typography.Title>
      <div className="drafts-view-meta">
        <span>
          {t('view.topic')}:{' '}
          <Typography.Link onClick={() => openTopic(draft.topicId)}>{summary.topicLabel}</Typography.Link>
        </span>
        <span className="g-num">{t('list.friction', { value: formatNumber(summary.friction, i18n.language, { maximumFractionDigits: 1 }) })}</span>
        <span>{t('view.builtFrom', { count: draft.successCount })}</span>
        <Tooltip title={t('view.confidenceHelp')}>
          <span className="drafts-view-confidence">
            {t('view.confidence')} <Progress percent={Math.round(draft.confidence * 100)} size="small" showInfo={false} style={{ width: 64 }} />
            <span className="g-num">{formatPercent(draft.confidence, i18n.language, 0)}</span>
          </span>
        </Tooltip>
        {draft.polished && <Tag color="purple">{t('view.polished')}</Tag>}
      </div>
      <Space className="drafts-view-actions" wrap>
        {summary.articleId ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => openArticle(summary.articleId!)}>
            {t('view.openExisting')}
          </Button>
        ) : (
          !draft.updateProposal && (
            <Button type="primary" icon={<EditOutlined />} loading={busy} onClick={() => open('new')}>
              {t('view.open')}
            </Button>
          )
        )}
        <PolishDialog draft={draft} onPolished={setPolished} />
        <Popconfirm title={t('view.discardConfirm')} onConfirm={discard}>
          <Button danger icon={<DeleteOutlined />}>
            {t('view.discard')}
          </Button>
        </Popconfirm>
      </Space>
      {draft.updateProposal && !summary.articleId && (
        <UpdateProposalCard proposal={draft.updateProposal} busy={busy} onApply={() => open('update')} onNewAnyway={() => open('new')} />
      )}
      <DraftSections draft={draft} />
    </article>
  );
}
