import { HistoryOutlined, InboxOutlined, MessageOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';
import { ScreenHeader } from '../../app/ScreenHeader';
import { call, onEvent } from '../../lib/ipc';
import { parseTranscriptsParam, transcriptsParam } from '../../lib/links';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { ConversationView } from './ConversationView';
import { EMPTY_FILTERS, toTranscriptFilter, type FilterState } from './filters';
import { ImportDrawer } from './import/ImportDrawer';
import { ImportHistory } from './import/ImportHistory';
import { TranscriptFilters } from './TranscriptFilters';
import { TranscriptList } from './TranscriptList';
import { useTranscriptPages } from './useTranscriptPages';

const shellQuote = (text: string): string =>
  /^[\w./:@-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;

const hasFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

/** Paths of dropped files: Electron gives them through the preload (webUtils); a browser cannot. */
const droppedPaths = (event: DragEvent): string[] =>
  [...event.dataTransfer.files]
    .map((file) => window.gleaner?.pathForFile?.(file) ?? '')
    .filter((path) => path !== '');

export default function TranscriptsScreen() {
  const { t } = useTranslation(['transcripts', 'nav']);
  const { message } = App.useApp();
  const param = useUi((s) => s.param);
  const navigate = useUi((s) => s.navigate);
  const link = useMemo(() => parseTranscriptsParam(param), [param]);
  const [filters, setFilters] = useState<FilterState>({ ...EMPTY_FILTERS, topicId: link.topicId ?? null });
  useEffect(() => {
    if (link.topicId) setFilters((f) => (f.topicId === link.topicId ? f : { ...f, topicId: link.topicId! }));
  }, [link.topicId]);

  const info = useCall('workspace:info', {});
  const facets = useCall('transcripts:facets', {});
  const topics = useCall('insights:topicList', {});
  const filter = useMemo(() => toTranscriptFilter(filters), [filters]);
  const pages = useTranscriptPages(filter);
  const [importOpen, setImportOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [imports, setImports] = useState(0);
  const [dropped, setDropped] = useState<{ paths: string[]; at: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const { reload: reloadPages } = pages;
  const { reload: reloadFacets } = facets;
  const refresh = useCallback(() => {
    reloadPages();
    reloadFacets();
    setImports((n) => n + 1);
  }, [reloadPages, reloadFacets]);
  useEffect(() => onEvent('workspace:changed', reloadPages), [reloadPages]);
  useEffect(
    () =>
      onEvent('job:progress', (job) => {
        if ((job.kind === 'ingest.files' || job.kind === 'demo.build') && job.state === 'done') refresh();
      }),
    [refresh],
  );

  // A conversation opened by a link (not by a click in the list) is brought into view in the list.
  const clicked = useRef<string | null>(null);
  const [reveal, setReveal] = useState<{ index: number; at: number } | null>(null);
  const linkedKey = link.key;
  useEffect(() => {
    if (!linkedKey || clicked.current === linkedKey) return;
    let live = true;
    call('transcripts:list', { filter, offset: 0, limit: 1, locate: linkedKey }).then(
      (result) => {
        if (live && typeof result.position === 'number') setReveal({ index: result.position, at: Date.now() });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [linkedKey, filter]);

  const select = (key: string) => {
    clicked.current = key;
    navigate('transcripts', transcriptsParam({ key, topicId: filters.topicId ?? undefined }));
  };

  const drop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const paths = droppedPaths(event);
    if (paths.length === 0) {
      void message.warning(t('import.dropNoPath'));
      return;
    }
    setDropped({ paths, at: Date.now() });
    setImportOpen(true);
  };
  const dragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };
  const dragLeave = (event: DragEvent) => {
    if (event.currentTarget === event.target || !event.currentTarget.contains(event.relatedTarget as Node)) setDragging(false);
  };

  const openImport = () => setImportOpen(true);
  const empty = facets.data?.total === 0;
  const command = `gleaner ingest conversations.jsonl${info.data ? ` --workspace ${shellQuote(info.data.dir)}` : ''}`;
  const steps = t('empty.steps', { returnObjects: true }) as Record<string, string>;

  return (
    <div
      className={`g-screen transcripts-screen${empty ? '' : ' transcripts-screen-full'}`}
      onDragOver={dragOver}
      onDragLeave={dragLeave}
      onDrop={drop}
    >
      <ScreenHeader
        title={t('nav:transcripts')}
        subtitle={t('subtitle')}
        actions={
          <Space>
            <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
              {t('actions.history')}
            </Button>
            <Button type="primary" icon={<UploadOutlined />} onClick={openImport}>
              {t('actions.import')}
            </Button>
          </Space>
        }
      />
      {facets.loading && !facets.data ? (
        <Spin className="g-screen-spin" />
      ) : empty ? (
        <EmptyState
          icon={<MessageOutlined />}
          title={t('empty.title')}
          body={t('empty.body')}
          steps={Object.values(steps)}
          action={{ label: t('empty.action'), onClick: openImport }}
          command={{ label: t('empty.commandLabel'), text: command }}
        />
      ) : (
        <>
          <TranscriptFilters
            value={filters}
            onChange={setFilters}
            facets={facets.data}
            topics={(topics.data ?? []).filter((topic) => !topic.hidden)}
          />
          <div className="transcripts-split">
            <TranscriptList pages={pages} selectedKey={link.key} onSelect={select} needle={filter.query} reveal={reveal} />
            <ConversationView conversationKey={link.key} turn={link.turn} onOpen={select} needle={filter.query} />
          </div>
        </>
      )}
      <ImportDrawer open={importOpen} onClose={() => setImportOpen(false)} dropped={dropped} onImported={refresh} />
      <ImportHistory open={historyOpen} onClose={() => setHistoryOpen(false)} reloadKey={imports} />
      {dragging && (
        <div className="transcripts-drop-overlay" aria-hidden>
          <InboxOutlined className="transcripts-dropzone-icon" />
          <Typography.Title level={4}>{t('import.drop')}</Typography.Title>
          <Typography.Text type="secondary">{t('import.dropHint')}</Typography.Text>
        </div>
      )}
    </div>
  );
}
