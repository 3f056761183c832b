import { BookOutlined, MessageOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/domain/search';
import { useErrorText } from '../../app/errors';
import { formatPercent } from '../../lib/format';
import { call, IpcError } from '../../lib/ipc';
import { openArticle } from '../../lib/links';

interface Found {
  conversations: SearchHit[];
  articles: SearchHit[];
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'found'; found: Found } | { kind: 'indexing' } | { kind: 'error'; message: string };

/**
 * "Find similar": the conversations closest to this one and the articles that may answer it, from the
 * search index (on demand: the first question may have to build the index).
 */
export function SimilarPanel({ conversationKey, onOpen }: { conversationKey: string; onOpen: (key: string) => void }) {
  const { t, i18n } = useTranslation('transcripts');
  const errorText = useErrorText();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const find = async () => {
    setState({ kind: 'busy' });
    try {
      const [conversations, articles] = await Promise.all([
        call('search:similar', { kind: 'transcript', id: conversationKey, limit: 5 }),
        call('search:similar', { kind: 'transcript', id: conversationKey, limit: 3, kinds: ['article'] }),
      ]);
      setState({ kind: 'found', found: { conversations, articles } });
    } catch (error) {
      setState(error instanceof IpcError && error.code === 'E_NOT_FOUND' ? { kind: 'indexing' } : { kind: 'error', message: errorText(error) });
    }
  };
  const score = (hit: SearchHit) => formatPercent(hit.score, i18n.language, 0);
  return (
    <section className="transcripts-similar" aria-label={t('similar.title')} data-testid="similar-panel">
      <div className="transcripts-similar-head">
        <Typography.Text strong>{t('similar.title')}</Typography.Text>
        <Button size="small" icon={<SearchOutlined />} loading={state.kind === 'busy'} onClick={() => void find()}>
          {state.kind === 'found' ? t('similar.again') : t('similar.find')}
        </Button>
      </div>
      {state.kind === 'idle' && <Typography.Text type="secondary">{t('similar.hint')}</Typography.Text>}
      {state.kind === 'indexing' && <Alert type="info" showIcon title={t('similar.indexing')} />}
      {state.kind === 'error' && <Alert type="warning" showIcon title={state.message} />}
      {state.kind === 'found' && (
        <>
          <List<SearchHit>
            size="small"
            header={<Typography.Text type="secondary">{t('similar.conversations')}</Typography.Text>}
            locale={{ emptyText: t('similar.none') }}
            dataSource={state.found.conversations}
            renderItem={(hit) => (
              <List.Item key={hit.id} className="transcripts-similar-item">
                <Button type="link" size="small" icon={<MessageOutlined />} className="transcripts-link-button" onClick={() => onOpen(hit.id)}>
                  {hit.title}
                </Button>
                <Typography.Text type="secondary" className="transcripts-similar-score" aria-label={t('similar.score', { score: score(hit) })}>{score(hit)}</Typography.Text>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="transcripts-similar-snippet">
                  {hit.snippet}
                </Typography.Paragraph>
              </List.Item>
            )}
          />
          <List<SearchHit>
            size="small"
            header={<Typography.Text type="secondary">{t('similar.articles')}</Typography.Text>}
            locale={{ emptyText: t('similar.noArticles') }}
            dataSource={state.found.articles}
            renderItem={(hit) => (
              <List.Item key={hit.id} className="transcripts-similar-item">
                <Button type="link" size="small" icon={<BookOutlined />} className="transcripts-link-button" onClick={() => openArticle(hit.id)}>
                  {hit.title}
                </Button>
                <Typography.Text type="secondary" className="transcripts-similar-score">{score(hit)}</Typography.Text>
              </List.Item>
            )}
          />
        </>
      )}
    </section>
  );
}
