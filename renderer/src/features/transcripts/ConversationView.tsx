import { Alert, Button, Descriptions, Empty, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptDetail, Turn } from '../../../../shared/domain/transcript';
import { useErrorText } from '../../app/errors';
import { formatDateTime, formatDuration, formatTime } from '../../lib/format';
import { useCall } from '../../lib/use-call';
import { Highlight } from './Highlight';
import { OutcomeBadges } from './OutcomeBadges';
import { SimilarPanel } from './SimilarPanel';
import { languageName } from './TranscriptFilters';

/** Metadata values are whatever the export held: shown as text, never as markup. */
const metadataText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

interface TurnItemProps {
  turn: Turn;
  index: number;
  escalation: boolean;
  linked: boolean;
  needle: string | undefined;
}

function TurnItem({ turn, index, escalation, linked, needle }: TurnItemProps) {
  const { t, i18n } = useTranslation('transcripts');
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (linked) ref.current?.scrollIntoView({ block: 'center' });
  }, [linked]);
  const classes = [
    'transcripts-turn',
    `transcripts-turn-${turn.role}`,
    escalation && 'transcripts-turn-escalation',
    linked && 'transcripts-turn-linked',
  ].filter(Boolean);
  return (
    <li
      ref={ref}
      className={classes.join(' ')}
      data-turn={index}
      aria-current={linked ? 'true' : undefined}
      tabIndex={linked ? -1 : undefined}
    >
      <div className="transcripts-turn-head">
        <span className="transcripts-turn-role">{t(`conversation.roles.${turn.role}`)}</span>
        {turn.at && (
          <time className="transcripts-turn-time" dateTime={turn.at}>
            {formatTime(turn.at, i18n.language)}
          </time>
        )}
        {escalation && (
          <Tag color="warning" bordered={false}>
            {t('conversation.escalatedHere')}
          </Tag>
        )}
        {linked && (
          <Tag color="processing" bordered={false}>
            {t('conversation.linkedTurn')}
          </Tag>
        )}
      </div>
      <div className="transcripts-turn-text">
        <Highlight text={turn.text} needle={needle} />
      </div>
    </li>
  );
}

function Details({ c, onOpen }: { c: TranscriptDetail; onOpen: (key: string) => void }) {
  const { t, i18n } = useTranslation('transcripts');
  const items = [
    { key: 'source', label: t('conversation.source'), children: c.source },
    { key: 'id', label: t('conversation.externalId'), children: c.externalId },
    c.channel && { key: 'channel', label: t('conversation.channel'), children: c.channel },
    {
      key: 'language',
      label: t('conversation.language'),
      children: languageName(c.language, i18n.language),
    },
    c.startedAt && {
      key: 'started',
      label: t('conversation.started'),
      children: formatDateTime(c.startedAt, i18n.language),
    },
    c.endedAt && {
      key: 'ended',
      label: t('conversation.ended'),
      children: formatDateTime(c.endedAt, i18n.language),
    },
    c.handleSeconds !== null && {
      key: 'handle',
      label: t('conversation.handle'),
      children: formatDuration(c.handleSeconds, i18n.language),
    },
    c.previousContactKey && {
      key: 'previous',
      label: t('conversation.previous'),
      children: (
        <Button
          type="link"
          size="small"
          className="transcripts-link-button"
          aria-label={t('conversation.openPrevious')}
          onClick={() => onOpen(c.previousContactKey!)}
        >
          {c.previousContactKey.replace(/^[^:]+:/, '')}
        </Button>
      ),
    },
    ...Object.entries(c.metadata).map(([name, value]) => ({
      key: `meta-${name}`,
      label: name,
      children: <span className="transcripts-meta-value">{metadataText(value)}</span>,
    })),
  ].filter(Boolean) as Array<{ key: string; label: string; children: ReactNode }>;
  return (
    <Descriptions
      size="small"
      column={1}
      title={t('conversation.metadata')}
      items={items}
      className="transcripts-details"
    />
  );
}

interface ConversationViewProps {
  conversationKey: string | undefined;
  turn: number | undefined;
  onOpen: (key: string) => void;
  /** The search words, marked in the turns. */
  needle?: string;
}

/** One conversation: its turns by role with times, the escalation turn and a linked turn highlighted, its details. */
export function ConversationView({ conversationKey, turn, onOpen, needle }: ConversationViewProps) {
  const { t } = useTranslation('transcripts');
  if (!conversationKey)
    return (
      <section className="transcripts-conversation transcripts-conversation-empty" aria-label={t('conversation.label')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('conversation.pick')} />
      </section>
    );
  return <Conversation conversationKey={conversationKey} turn={turn} onOpen={onOpen} needle={needle} />;
}

function Conversation({
  conversationKey,
  turn,
  onOpen,
  needle,
}: ConversationViewProps & { conversationKey: string }) {
  const { t } = useTranslation('transcripts');
  const errorText = useErrorText();
  const detail = useCall('transcripts:get', { key: conversationKey });
  const c = detail.data?.key === conversationKey ? detail.data : undefined;
  if (!c)
    return (
      <section className="transcripts-conversation" aria-label={t('conversation.label')} aria-busy={detail.loading}>
        {detail.error && !detail.loading ? (
          <Alert
            type="warning"
            showIcon
            title={detail.error.code === 'E_NOT_FOUND' ? t('conversation.notFound') : errorText(detail.error)}
          />
        ) : (
          <Spin className="g-screen-spin" />
        )}
      </section>
    );

  const customer = c.customerId
    ? t('conversation.customer', { id: c.customerId })
    : t('conversation.anonymous');
  return (
    <section className="transcripts-conversation" aria-label={t('conversation.label')} data-key={c.key}>
      <header className="transcripts-conversation-head">
        <Typography.Title level={4} className="transcripts-conversation-title">
          {c.externalId}
        </Typography.Title>
        <Typography.Text type="secondary">{customer}</Typography.Text>
        <OutcomeBadges conversation={c} escalationRule={c.escalationRule} />
      </header>
      <div className="transcripts-conversation-body">
        <ol className="transcripts-turns">
          {c.turns.map((item, index) => (
            <TurnItem
              key={index}
              turn={item}
              index={index}
              escalation={c.escalated && c.escalationTurn === index}
              linked={turn === index}
              needle={needle}
            />
          ))}
        </ol>
        <div className="transcripts-side">
          <Details c={c} onOpen={onOpen} />
          <SimilarPanel key={c.key} conversationKey={c.key} onOpen={onOpen} />
        </div>
      </div>
    </section>
  );
}
