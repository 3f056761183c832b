import { BookOutlined, MessageOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, List, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
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

interface HitListProps {
  header: string;
  empty: string;
  hits: SearchHit[];
  icon: ReactNode;
  onOpen: (id: string) => void;
  /** Show each hit's text under its title. */
  snippets?: boolean;
}

function HitList({ header, empty, hits, icon, onOpen, snippets = false }: HitListProps) {
  const { t, i18n } = useTranslation('transcripts');
  return (
    <List<SearchHit>
      size="small"
      header={<Typography.Text type="secondary">{header}</Typography.Text>}
      locale={{ emptyText: empty }}
      dataSource={hits}
      renderItem={(hit) => {
        const score = formatPercent(hit.score, i18n.language, 0);
        return (
          <List.Item key={hit.id} className="transcripts-similar-item">
            <Button type="link" size="small" icon={icon} className="transcripts-link-button" onClick={() => onOpen(hit.id)}>
              {hit.title}
            </Button>
            <Typography.Text type="secondary" className="transcripts-similar-score" aria-label={t('similar.score', { score })}>
              {score}
            </Typography.Text>
            {snippets && (
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="transcripts-similar-snippet">
                {hit.snippet}
              </Typography.Paragraph>
            )}
          </List.Item>
        );
      }}
    />
  );
}

/**
 * "Find similar": the conversations closest to this one and the articles that may answer it, from the
 * search index (on demand: the first question may have to build the index).
 */
export function SimilarPanel({ conversationKey, onOpen }: { conversationKey: string; onOpen: (key: string) => void }) {
  const { t } = useTranslation('transcripts');
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
          <HitList header={t('similar.conversations')} empty={t('similar.none')} hits={state.found.conversations} icon={<MessageOutlined />} onOpen={onOpen} snippets />
          <HitList header={t('similar.articles')} empty={t('similar.noArticles')} hits={state.found.articles} icon={<BookOutlined />} onOpen={openArticle} />
        </>
      )}
    </section>
  );
}
