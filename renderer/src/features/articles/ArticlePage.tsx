import { ArrowLeftOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Spin, Typography } from 'antd';
import { $getRoot, type EditorState } from 'lexical';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitationPayload } from '../../../../shared/lexical/nodes/CitationNode';
import { lexicalStateSchema, type Article, type ArticleMeta } from '../../../../shared/domain/article';
import { useErrorText } from '../../app/errors';
import { ArticleEditor } from '../../editor/ArticleEditor';
import { call } from '../../lib/ipc';
import { useCall } from '../../lib/use-call';
import { openTranscripts } from '../../lib/links';
import { useUi } from '../../state/ui';
import { LifecycleActions } from '../review/LifecycleActions';
import { ConflictBanner } from './ConflictBanner';
import { HistoryDrawer } from './HistoryDrawer';
import { workspaceImages } from './images';
import { MetaPanel } from './MetaPanel';
import { SaveIndicator } from './SaveIndicator';
import { useAutosave } from './useAutosave';

/** One article: title, editor and details, saved as you type. */
export function ArticlePage({ id }: { id: string }) {
  const loaded = useCall('articles:get', { id }, { reloadOn: [] });
  if (loaded.error) return <Typography.Text type="danger">{loaded.error.message}</Typography.Text>;
  if (!loaded.data) return <Spin />;
  return <LoadedArticle key={loaded.data.id} initial={loaded.data} />;
}

function LoadedArticle({ initial }: { initial: Article }) {
  const { t } = useTranslation('articles');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useUi((s) => s.navigate);
  const [article, setArticle] = useState(initial);
  const [editorKey, setEditorKey] = useState(0);
  const [body, setBody] = useState(initial.content);
  const [historyOpen, setHistoryOpen] = useState(false);
  const latestState = useRef<EditorState | null>(null);
  const autosave = useAutosave(initial, setArticle);
  const people = useCall('people:list', {});
  const { changeContent, changeMeta } = autosave;

  const onChange = useCallback(
    (state: EditorState) => {
      latestState.current = state;
      changeContent(() => lexicalStateSchema.parse(state.toJSON()));
    },
    [changeContent],
  );
  const onMeta = useCallback((meta: Partial<ArticleMeta>) => changeMeta(meta), [changeMeta]);

  const replaceBody = (next: Article) => {
    setArticle(next);
    setBody(next.content);
    setEditorKey((k) => k + 1);
  };

  const restore = async (versionId: string) => {
    try {
      await autosave.flush();
      const restored = await call('articles:restore', { id: article.id, versionId, baseVersion: autosave.baseVersion.current });
      autosave.resolve(restored.version, false);
      replaceBody(restored);
      message.success(t('history.restored', { version: restored.version }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const addTranslation = async () => {
    try {
      const translation = await call('articles:create', { title: article.title, language: article.language === 'en' ? 'zh-CN' : 'en', translationOf: article.id, content: article.content });
      navigate('articles', translation.id);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const status = autosave.status;
  /** A state change is a new version: later autosaves continue from it. */
  const onLifecycle = (next: Article) => {
    autosave.continueFrom(next.version);
    setArticle((current) => ({ ...current, state: next.state, kcsState: next.kcsState, version: next.version }));
  };
  const openCitation = useCallback((c: CitationPayload) => openTranscripts({ key: c.transcriptId, turn: c.turn }), []);
  return (
    <div className="g-screen g-article-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('articles')}>
          {t('page.back')}
        </Button>
        <Space>
          <LifecycleActions article={article} onChanged={onLifecycle} />
          <SaveIndicator status={status} />
          <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
            {t('page.history')}
          </Button>
        </Space>
      </Space>
      {status.kind === 'conflict' && (
        <ConflictBanner
          conflict={status.conflict}
          who={people.data?.find((p) => p.id === status.conflict.theirs.updatedBy)?.name ?? status.conflict.theirs.updatedBy}
          mineText={() => latestState.current?.read(() => $getRoot().getTextContent()) ?? ''}
          onKeepMine={() => autosave.resolve(status.conflict.theirs.version, true)}
          onTakeTheirs={() => {
            autosave.resolve(status.conflict.theirs.version, false);
            replaceBody(status.conflict.theirs);
          }}
        />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 280px', gap: 16 }}>
        <div>
          <Input.TextArea
            key={`title-${editorKey}`}
            variant="borderless"
            autoSize
            aria-label={t('page.titlePlaceholder')}
            placeholder={t('page.titlePlaceholder')}
            defaultValue={article.title}
            style={{ fontSize: 24, fontWeight: 600, marginBottom: 8, paddingLeft: 0, resize: 'none' }}
            onChange={(e) => onMeta({ title: e.target.value.replace(/\n/g, ' ') })}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          />
          <ArticleEditor key={editorKey} initialState={body} onChange={onChange} images={workspaceImages} onProblem={(m) => message.error(m)} lang={article.language} onOpenCitation={openCitation} />
        </div>
        <MetaPanel key={`meta-${editorKey}`} article={article} onChange={onMeta} onAddTranslation={addTranslation} />
      </div>
      <HistoryDrawer articleId={article.id} version={article.version} open={historyOpen} onClose={() => setHistoryOpen(false)} onRestore={(v) => void restore(v)} />
    </div>
  );
}
