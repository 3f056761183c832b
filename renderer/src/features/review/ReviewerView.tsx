import { ArrowLeftOutlined, CommentOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSources } from '../../../../shared/domain/review';
import type { CitationPayload } from '../../../../shared/lexical/nodes/CitationNode';
import { useNotifyError } from '../../app/errors';
import { CommentReader } from '../../editor/plugins/CommentReader';
import type { CommentAnchor, TextSelectionAnchor } from '../../editor/plugins/CommentMarksPlugin';
import { call } from '../../lib/ipc';
import { openArticle } from '../../lib/links';
import { useUi } from '../../state/ui';
import { Citations } from './Citations';
import { CommentThreads, threadsOf } from './CommentThreads';
import { DecisionHistory } from './DecisionHistory';
import { DiffPanel } from './DiffPanel';
import { LifecycleActions } from './LifecycleActions';
import { usePeople } from './people';
import { useReviewCall } from './useReviewCall';

/** `#/review/<articleId>`: what the AI wrote, what changed, the evidence, the comments and the decision. */
export function ReviewerView({ articleId }: { articleId: string }) {
  const { t } = useTranslation('review');
  const sources = useReviewCall('review:sources', { articleId });
  if (sources.error) {
    return (
      <div className="g-screen">
        <BackButton />
        <Alert type="error" showIcon title={sources.error.code === 'E_NOT_FOUND' ? t('reviewer.notFound') : sources.error.message} />
      </div>
    );
  }
  if (!sources.data) return <Spin className="g-screen-spin" />;
  return <Loaded sources={sources.data} reload={sources.reload} />;
}

function BackButton() {
  const { t } = useTranslation('review');
  const navigate = useUi((s) => s.navigate);
  return (
    <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('review')}>
      {t('reviewer.back')}
    </Button>
  );
}

function Loaded({ sources, reload }: { sources: ReviewSources; reload: () => void }) {
  const { t } = useTranslation('review');
  const notifyError = useNotifyError();
  const changed = usePeople((s) => s.changed);
  const { article, assignment } = sources;
  const comments = useReviewCall('comments:list', { articleId: article.id });
  const threads = useMemo(() => threadsOf(comments.data ?? []), [comments.data]);
  const lastDecision = useReviewCall('review:decisions', { articleId: article.id }).data?.at(-1);
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSelectionAnchor | null>(null);
  const [pending, setPending] = useState<TextSelectionAnchor | { quote: ''; occurrence: 0 } | null>(null);
  const [detached, setDetached] = useState<ReadonlySet<string>>(new Set());
  const [citation, setCitation] = useState<CitationPayload | null>(null);
  const [side, setSide] = useState('comments');

  const anchors: CommentAnchor[] = useMemo(
    () => threads.filter((th) => !th.resolved && th.quote).map((th) => ({ threadId: th.id, quote: th.quote, occurrence: Number(th.anchorId) || 0 })),
    [threads],
  );
  const onDetached = useCallback((ids: string[]) => setDetached(new Set(ids)), [setDetached]);
  const onSelectThread = useCallback((id: string) => {
    setActive(id);
    setSide('comments');
  }, [setActive, setSide]);
  const onOpenCitation = useCallback((c: CitationPayload) => {
    setCitation(c);
    setSide('citations');
  }, [setCitation, setSide]);

  const after = async (work: Promise<unknown>) => {
    try {
      await work;
      comments.reload();
      changed();
    } catch (error) {
      notifyError(error);
      throw error;
    }
  };
  const create = async (body: string, typedQuote?: string) => {
    if (!pending) return;
    if (typedQuote && !article.text.includes(typedQuote)) {
      notifyError(new Error(t('comments.quoteMissing', { quote: typedQuote })));
      throw new Error('quote not in text');
    }
    const anchor = typedQuote ? { quote: typedQuote, occurrence: 0 } : pending;
    const comment = await call('comments:add', { articleId: article.id, body, quote: anchor.quote, anchorId: anchor.quote ? String(anchor.occurrence) : null }).catch((error: unknown) => {
      notifyError(error);
      throw error;
    });
    setPending(null);
    setSelection(null);
    window.getSelection()?.removeAllRanges();
    setActive(comment.threadId);
    comments.reload();
    changed();
  };

  return (
    <div className="g-screen review-view">
      <div className="review-view-top">
        <BackButton />
        <Button icon={<EditOutlined />} onClick={() => openArticle(article.id)}>
          {t('reviewer.openEditor')}
        </Button>
      </div>
      <div className="review-view-head">
        <div>
          <Typography.Title level={3} className="review-view-title">
            {article.title || '—'}
          </Typography.Title>
          <Typography.Text type="secondary">
            {assignment ? t('reviewer.assigned', { name: assignment.reviewerName, due: assignment.due }) : t('reviewer.unassigned')}
          </Typography.Text>
        </div>
        <LifecycleActions article={article} onChanged={reload} />
      </div>
      {article.state === 'changes_requested' && lastDecision?.decision === 'request_changes' && (
        <Alert
          type="warning"
          showIcon
          className="review-gap"
          data-testid="changes-requested"
          title={t('reviewer.changesRequested', { name: lastDecision.reviewerName })}
          description={<span className="review-comment-body">{lastDecision.reason}</span>}
        />
      )}
      <div className="review-view-grid">
        <div className="review-view-main">
          <DiffPanel key={`${article.version}`} sources={sources} />
          <section className="review-card" aria-label={t('reviewer.text')}>
            <div className="review-card-head">
              <Space>
                <Typography.Text strong>{t('reviewer.text')}</Typography.Text>
                <Typography.Text type="secondary">{t('reviewer.textHint')}</Typography.Text>
              </Space>
              <Space>
                <Button size="small" icon={<CommentOutlined />} onClick={() => setPending({ quote: '', occurrence: 0 })}>
                  {t('comments.general')}
                </Button>
                <Button
                  size="small"
                  type="primary"
                  icon={<CommentOutlined />}
                  disabled={!selection}
                  onClick={() => {
                    setPending(selection);
                    setSide('comments');
                  }}
                  data-testid="comment-selection"
                >
                  {t('comments.add')}
                </Button>
              </Space>
            </div>
            {selection && <Typography.Text type="secondary" className="review-selection">{t('comments.selection', { quote: selection.quote })}</Typography.Text>}
            <CommentReader
              key={article.version}
              content={article.content}
              lang={article.language}
              label={t('reviewer.text')}
              citationLabel={t('citations.open')}
              anchors={anchors}
              activeThreadId={active}
              onSelectThread={onSelectThread}
              onSelection={setSelection}
              onDetached={onDetached}
              onOpenCitation={onOpenCitation}
            />
          </section>
        </div>
        <aside className="review-view-side">
          <Tabs
            size="small"
            activeKey={side}
            onChange={setSide}
            items={[
              {
                key: 'comments',
                label: (
                  <span>
                    {t('comments.title')} <Tag bordered={false}>{threads.filter((th) => !th.resolved).length}</Tag>
                  </span>
                ),
                children: (
                  <CommentThreads
                    threads={threads}
                    detached={detached}
                    activeThreadId={active}
                    pending={pending ? pending.quote : null}
                    onActivate={setActive}
                    onCreate={create}
                    onCancelPending={() => setPending(null)}
                    onReply={(threadId, body) => after(call('comments:add', { articleId: article.id, threadId, body }))}
                    onResolve={(threadId, resolved) => after(call('comments:resolve', { articleId: article.id, threadId, resolved }))}
                  />
                ),
              },
              { key: 'citations', label: t('citations.title'), children: <Citations content={article.content} active={citation} /> },
              { key: 'decisions', label: t('decision.history'), children: <DecisionHistory articleId={article.id} /> },
            ]}
          />
          {!comments.data && comments.loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Spin size="small" />} />}
        </aside>
      </div>
    </div>
  );
}
