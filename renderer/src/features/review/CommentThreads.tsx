import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/domain/review';
import { RelativeTime } from '../../app/RelativeTime';

export interface Thread {
  id: string;
  quote: string;
  anchorId: string | null;
  resolved: boolean;
  comments: Comment[];
}

export function threadsOf(comments: readonly Comment[]): Thread[] {
  const threads = new Map<string, Thread>();
  for (const comment of comments) {
    const thread = threads.get(comment.threadId) ?? { id: comment.threadId, quote: comment.quote, anchorId: comment.anchorId, resolved: comment.resolved, comments: [] };
    thread.comments.push(comment);
    thread.resolved = comment.resolved;
    threads.set(comment.threadId, thread);
  }
  return [...threads.values()];
}

function ReplyBox({ placeholder, submitLabel, onSubmit, onCancel, autoFocus }: { placeholder: string; submitLabel: string; onSubmit: (body: string) => Promise<void>; onCancel?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation('review');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!body.trim()) return;
    setBusy(true);
    try {
      await onSubmit(body.trim());
      setBody('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="review-reply">
      <Input.TextArea
        aria-label={placeholder}
        placeholder={placeholder}
        value={body}
        autoFocus={autoFocus}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
          if (e.key === 'Escape') onCancel?.();
        }}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={10_000}
      />
      <Space size={4}>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            {t('comments.cancel')}
          </Button>
        )}
        <Button size="small" type="primary" loading={busy} disabled={!body.trim()} onClick={() => void send()}>
          {submitLabel}
        </Button>
      </Space>
    </div>
  );
}

/** Comment threads beside the text: the quoted words, the replies, reply and resolve. */
export function CommentThreads({
  threads,
  detached,
  activeThreadId,
  pending,
  onActivate,
  onCreate,
  onCancelPending,
  onReply,
  onResolve,
}: {
  threads: Thread[];
  detached: ReadonlySet<string>;
  activeThreadId: string | null;
  /** The selected text a new thread will be anchored to, or '' for a general comment; null when not composing. */
  pending: string | null;
  onActivate: (threadId: string) => void;
  /** A new thread; `quote` when a keyboard user typed the words to anchor it to. */
  onCreate: (body: string, quote?: string) => Promise<void>;
  onCancelPending: () => void;
  onReply: (threadId: string, body: string) => Promise<void>;
  onResolve: (threadId: string, resolved: boolean) => Promise<void>;
}) {
  const { t } = useTranslation('review');
  const [showResolved, setShowResolved] = useState(false);
  const [typedQuote, setTypedQuote] = useState('');
  const resolvedCount = threads.filter((th) => th.resolved).length;
  const visible = threads.filter((th) => showResolved || !th.resolved);
  return (
    <div className="review-threads" data-testid="comment-threads">
      {pending !== null && (
        <div className="review-thread review-thread-new">
          {pending && <Typography.Text type="secondary" className="review-quote">{t('comments.on', { quote: pending })}</Typography.Text>}
          {!pending && (
            <Input
              size="small"
              className="review-quote-input"
              aria-label={t('comments.quoteLabel')}
              placeholder={t('comments.quoteLabel')}
              value={typedQuote}
              onChange={(e) => setTypedQuote(e.target.value)}
              maxLength={2000}
            />
          )}
          <ReplyBox
            placeholder={t('comments.newPlaceholder')}
            submitLabel={t('comments.post')}
            onSubmit={async (body) => {
              await onCreate(body, pending ? undefined : typedQuote.trim() || undefined);
              setTypedQuote('');
            }}
            onCancel={onCancelPending}
            autoFocus={Boolean(pending)}
          />
        </div>
      )}
      {visible.length === 0 && pending === null && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('comments.none')} />}
      {visible.map((thread) => (
        <article
          key={thread.id}
          className={`review-thread${thread.id === activeThreadId ? ' review-thread-active' : ''}${thread.resolved ? ' review-thread-resolved' : ''}`}
          data-thread={thread.id}
          aria-label={thread.quote ? t('comments.on', { quote: thread.quote }) : t('comments.general')}
          onFocus={() => onActivate(thread.id)}
          onClick={() => onActivate(thread.id)}
        >
          <div className="review-thread-head">
            {thread.quote ? <Typography.Text className="review-quote">“{thread.quote}”</Typography.Text> : <Typography.Text type="secondary">{t('comments.general')}</Typography.Text>}
            {thread.resolved ? (
              <Button size="small" type="text" icon={<UndoOutlined />} onClick={() => void onResolve(thread.id, false)}>
                {t('comments.reopen')}
              </Button>
            ) : (
              <Button size="small" type="text" icon={<CheckOutlined />} onClick={() => void onResolve(thread.id, true)}>
                {t('comments.resolve')}
              </Button>
            )}
          </div>
          {thread.resolved && <Tag bordered={false} color="success">{t('comments.resolved')}</Tag>}
          {!thread.resolved && thread.quote && detached.has(thread.id) && <Typography.Text type="warning" className="review-detached">{t('comments.detached')}</Typography.Text>}
          {thread.comments.map((comment) => (
            <div key={comment.id} className="review-comment">
              <div className="review-comment-meta">
                <Typography.Text strong>{comment.authorName}</Typography.Text>
                <Typography.Text type="secondary">
                  <RelativeTime iso={comment.createdAt} />
                </Typography.Text>
              </div>
              <Typography.Paragraph className="review-comment-body">{comment.body}</Typography.Paragraph>
            </div>
          ))}
          {!thread.resolved && thread.id === activeThreadId && (
            <ReplyBox placeholder={t('comments.replyPlaceholder')} submitLabel={t('comments.reply')} onSubmit={(body) => onReply(thread.id, body)} />
          )}
        </article>
      ))}
      {resolvedCount > 0 && (
        <label className="review-show-resolved">
          <Switch size="small" checked={showResolved} onChange={setShowResolved} /> {t('comments.showResolved', { count: resolvedCount })}
        </label>
      )}
    </div>
  );
}
