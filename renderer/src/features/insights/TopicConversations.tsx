import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicConversation } from '../../../../shared/ipc/calls/insights';
import { formatDateTime, formatNumber } from '../../lib/format';
import { openTranscripts } from '../../lib/links';

const SHOWN = 6;

function ConversationList({ conversations }: { conversations: readonly TopicConversation[] }) {
  const { t, i18n } = useTranslation('insights');
  if (conversations.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topic.conversations.none')} />;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {conversations.slice(0, SHOWN).map((c) => (
        <li key={c.key}>
          <button type="button" className="insights-conversation" onClick={() => openTranscripts({ key: c.key })} aria-label={t('topic.conversations.open', { text: c.snippet || c.key })}>
            <span className="insights-conversation-text">{c.snippet || t('topic.conversations.noText')}</span>
            <span className="insights-conversation-meta">
              {[c.startedAt ? formatDateTime(c.startedAt, i18n.language) : null, c.channel || null, c.language || null].filter(Boolean).join(' · ')}
              {c.escalated && (
                <Tag color="orange" style={{ marginLeft: 8, fontSize: 11, lineHeight: '16px' }}>
                  {t('topic.conversations.escalated')}
                </Tag>
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** What customers say, and the conversations closest to the topic's centre (all, then escalated). */
export function TopicConversations({
  topicId,
  utterances,
  conversations,
  representativeKeys,
  escalatedKeys,
  total,
}: {
  topicId: string;
  utterances: readonly string[];
  conversations: readonly TopicConversation[];
  representativeKeys: readonly string[];
  escalatedKeys: readonly string[];
  total: number;
}) {
  const { t, i18n } = useTranslation('insights');
  const byKey = new Map(conversations.map((c) => [c.key, c]));
  const pick = (keys: readonly string[]) => keys.flatMap((key) => byKey.get(key) ?? []);
  const seeAll = (
    <Typography.Link onClick={() => openTranscripts({ topicId })}>{t('topic.conversations.seeAll', { n: formatNumber(total, i18n.language) })}</Typography.Link>
  );
  return (
    <>
      <Card size="small" title={t('topic.utterances.title')}>
        {utterances.length === 0 ? (
          <Typography.Text type="secondary">{t('topic.utterances.none')}</Typography.Text>
        ) : (
          utterances.map((u, i) => (
            <blockquote key={i} className="insights-utterance">
              {u}
            </blockquote>
          ))
        )}
      </Card>
      <Card size="small" title={t('topic.conversations.representative')} extra={seeAll}>
        <ConversationList conversations={pick(representativeKeys)} />
      </Card>
      <Card size="small" title={t('topic.conversations.escalatedTitle', { n: escalatedKeys.length })}>
        <ConversationList conversations={pick(escalatedKeys)} />
      </Card>
    </>
  );
}
