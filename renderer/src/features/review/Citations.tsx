import { LinkOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LexicalState } from '../../../../shared/domain/article';
import type { CitationPayload } from '../../../../shared/lexical/nodes/CitationNode';
import { openTranscripts } from '../../lib/links';
import { useCall } from '../../lib/use-call';

/** Every citation chip in a body, once each, in reading order. */
export function citationsIn(content: LexicalState): CitationPayload[] {
  const found = new Map<string, CitationPayload>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const record = node as { type?: unknown; transcriptId?: unknown; turn?: unknown; children?: unknown };
    if (record.type === 'citation' && typeof record.transcriptId === 'string') {
      const turn = Number(record.turn) || 0;
      found.set(`${record.transcriptId}\u0000${turn}`, { transcriptId: record.transcriptId, turn });
    }
    if (Array.isArray(record.children)) record.children.forEach(walk);
  };
  walk(content.root);
  return [...found.values()];
}

function CitedTurn({ citation, active }: { citation: CitationPayload; active: boolean }) {
  const { t } = useTranslation('review');
  const { data, error, loading } = useCall('transcripts:get', { key: citation.transcriptId }, { reloadOn: [] });
  const turn = data?.turns[citation.turn];
  return (
    <article className={`review-citation${active ? ' review-citation-active' : ''}`} data-citation-key={citation.transcriptId} data-turn={citation.turn}>
      <div className="review-citation-head">
        <Typography.Text type="secondary" className="review-citation-id">
          {data?.externalId ?? citation.transcriptId} · {t('citations.turn', { turn: citation.turn + 1 })}
        </Typography.Text>
        <Button size="small" type="link" icon={<LinkOutlined />} onClick={() => openTranscripts({ key: citation.transcriptId, turn: citation.turn })}>
          {t('citations.open')}
        </Button>
      </div>
      {loading && !data && <Skeleton active paragraph={{ rows: 1 }} title={false} />}
      {error && <Typography.Text type="secondary">{t('citations.missing')}</Typography.Text>}
      {turn && (
        <Typography.Paragraph className="review-citation-text">
          <Typography.Text strong>{t(`citations.roles.${turn.role}`)}: </Typography.Text>
          {turn.text}
        </Typography.Paragraph>
      )}
    </article>
  );
}

/** The conversations the article cites, each with the cited turn and a link to the whole conversation. */
export function Citations({ content, active }: { content: LexicalState; active: CitationPayload | null }) {
  const { t } = useTranslation('review');
  const citations = citationsIn(content);
  if (citations.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('citations.none')} />;
  return (
    <div className="review-citations">
      {citations.map((c) => (
        <CitedTurn key={`${c.transcriptId}:${c.turn}`} citation={c} active={active?.transcriptId === c.transcriptId && active.turn === c.turn} />
      ))}
    </div>
  );
}
