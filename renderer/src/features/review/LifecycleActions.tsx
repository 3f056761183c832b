import { AuditOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleSchema, type Article, type ArticleSummary } from '../../../../shared/domain/article';
import { availableActions, kcsStateOf, type LifecycleAction, type LifecycleState } from '../../../../shared/domain/lifecycle';
import { useNotifyError } from '../../app/errors';
import { call, IpcError } from '../../lib/ipc';
import { openReview } from '../../lib/links';
import { useUi } from '../../state/ui';
import { DecisionDialog, type DecisionKind } from './DecisionDialog';
import { usePeople } from './people';
import { SubmitDialog } from './SubmitDialog';

export const STATE_COLORS: Record<LifecycleState, string> = {
  draft: 'default',
  in_review: 'processing',
  changes_requested: 'warning',
  approved: 'success',
  published: 'cyan',
  needs_review: 'orange',
  archived: 'default',
};

/** The lifecycle state and its KCS state, as two tags. */
export function StateTags({ state }: { state: LifecycleState }) {
  const { t } = useTranslation('review');
  return (
    <Space size={4} wrap>
      <Tag color={STATE_COLORS[state]} bordered={false} data-testid="lifecycle-state" data-state={state}>
        {t(`states.${state}`)}
      </Tag>
      <Tooltip title="Knowledge-Centered Service">
        <Tag bordered={false}>{t('kcsLabel', { state: t(`kcs.${kcsStateOf(state)}`) })}</Tag>
      </Tooltip>
    </Space>
  );
}

/** The author of an article as a profile id: its owner, by id or (older articles) by name. */
export function useAuthorId(owner: string): string {
  const people = usePeople((s) => s.people);
  return (people.find((p) => p.id === owner) ?? people.find((p) => p.name === owner))?.id ?? owner;
}

const DIRECT: readonly LifecycleAction[] = ['publish', 'flag_for_review', 'reopen'];

/**
 * The article's state and KCS state, and the lifecycle actions the current profile may take now:
 * submit (with a reviewer), approve or request changes (the decision dialog), publish, archive, reopen.
 */
export function LifecycleActions({ article, onChanged }: { article: ArticleSummary; onChanged: (article: Article) => void }) {
  const { t } = useTranslation('review');
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const me = usePeople((s) => s.current);
  const changed = usePeople((s) => s.changed);
  const separate = useUi((s) => s.settings?.requireSeparateReviewer ?? true);
  const onReviewScreen = useUi((s) => s.screen === 'review');
  const authorId = useAuthorId(article.owner);
  const [dialog, setDialog] = useState<'submit' | DecisionKind | null>(null);
  const [busy, setBusy] = useState<LifecycleAction | null>(null);
  if (!me) return <StateTags state={article.state} />;
  const actions = availableActions(article.state, { role: me.role, actorId: me.id, authorId, requireSeparateReviewer: separate });

  const done = (next: Article, action: LifecycleAction, name = '') => {
    setDialog(null);
    message.success(t(`actions.done.${action}`, { name }));
    changed();
    onChanged(next);
  };
  const failed = (error: unknown) => {
    notifyError(error);
    // A stale version: show what is stored now rather than keep acting on the old one.
    if (error instanceof IpcError && error.code === 'E_CONFLICT') {
      const theirs = articleSchema.safeParse((error.details as { theirs?: unknown } | undefined)?.theirs);
      if (theirs.success) onChanged(theirs.data);
    }
  };
  const run = async (action: Exclude<LifecycleAction, 'approve' | 'request_changes' | 'submit'>) => {
    setBusy(action);
    try {
      done(await call('review:transition', { articleId: article.id, action, baseVersion: article.version }), action);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };
  const onAction = (action: LifecycleAction) => {
    if (action === 'submit' || action === 'approve' || action === 'request_changes') return setDialog(action);
    if (action === 'archive') {
      return void modal.confirm({ title: t('actions.confirmArchive', { title: article.title }), okText: t('actions.archive'), okButtonProps: { danger: true }, onOk: () => run('archive') });
    }
    if (DIRECT.includes(action)) void run(action as 'publish' | 'flag_for_review' | 'reopen');
  };

  return (
    <div className="review-lifecycle" role="group" aria-label={t('actions.label')}>
      <StateTags state={article.state} />
      <Space size={8} wrap>
        {!onReviewScreen && article.state !== 'draft' && (
          <Tooltip title={t('actions.openReview')}>
            <Button icon={<AuditOutlined />} aria-label={t('actions.openReview')} onClick={() => openReview(article.id)} />
          </Tooltip>
        )}
        {actions.length === 0 && <Typography.Text type="secondary">{t('actions.none', { role: t(`profile.roles.${me.role}`) })}</Typography.Text>}
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'approve' || action === 'submit' || action === 'publish' ? 'primary' : 'default'}
            danger={action === 'archive'}
            loading={busy === action}
            onClick={() => onAction(action)}
            data-action={action}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      </Space>
      {dialog === 'submit' && <SubmitDialog article={article} authorId={authorId} onClose={() => setDialog(null)} onDone={(next, name) => done(next, 'submit', name)} />}
      {(dialog === 'approve' || dialog === 'request_changes') && (
        <DecisionDialog article={article} initial={dialog} onClose={() => setDialog(null)} onDone={(next) => done(next, dialog)} />
      )}
    </div>
  );
}
