import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { ClickableLinkPlugin } from '@lexical/react/LexicalClickableLinkPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexicalState } from '../../../shared/domain/article';
import type { CitationPayload } from '../../../shared/lexical/nodes/CitationNode';
import { ARTICLE_TRANSFORMERS } from '../../../shared/lexical/transformers';
import { validateUrl } from '../../../shared/lexical/url';
import type { KcsHeadings } from './blocks';
import { ARTICLE_NODES } from './nodes';
import { CitationPlugin } from './plugins/CitationPlugin';
import { EditorRefPlugin } from './plugins/EditorRefPlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { ImagesPlugin, type ImageStore } from './plugins/ImagesPlugin';
import { LinkDialog } from './plugins/LinkDialog';
import { PasteSanitizePlugin } from './plugins/PasteSanitizePlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { articleTheme } from './themes/articleTheme';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export interface ArticleEditorProps {
  /** The body to start from; later changes of this prop are ignored (remount with a new `key`). */
  initialState: LexicalState;
  /** Every content change; serialize lazily (`state.toJSON()`), a long article is large. */
  onChange: (state: EditorState) => void;
  images: ImageStore;
  onOpenCitation?: (citation: CitationPayload) => void;
  /** A user-facing problem (image too big, upload failed). */
  onProblem?: (message: string) => void;
  onReady?: (editor: LexicalEditor) => void;
  /** The language of the body, for the spell checker and for CJK line breaking. */
  lang?: string;
  /** The KCS section titles, in the article's language. */
  kcs?: KcsHeadings;
}

const isValidUrl = (url: string): boolean => validateUrl(url) !== null;

/** The article editor: rich text with lists, tables, images, callouts and citations, all by keyboard too. */
export function ArticleEditor({ initialState, onChange, images, onOpenCitation, onProblem, onReady, lang, kcs }: ArticleEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState('');
  const [findOpen, setFindOpen] = useState(false);
  const config = useMemo<InitialConfigType>(
    () => ({
      namespace: 'gleaner-article',
      nodes: [...ARTICLE_NODES],
      theme: articleTheme,
      editorState: JSON.stringify(initialState),
      onError: (error) => {
        throw error;
      },
    }),
    // The initial state is read once, as Lexical does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  // The template's headings are part of the article, so they follow its language, not the UI's.
  const tBody = lang ? i18n.getFixedT(lang, 'editor') : t;
  const headings = kcs ?? { issue: tBody('kcs.issue'), environment: tBody('kcs.environment'), resolution: tBody('kcs.resolution'), cause: tBody('kcs.cause') };
  const openLink = useCallback((url: string) => {
    setLinkUrl(url);
    setLinkOpen(true);
  }, []);
  const openLinkFromShortcut = useCallback(() => openLink(''), [openLink]);
  const openFind = useCallback(() => setFindOpen(true), []);
  const onImageError = useCallback(
    ({ tooLarge, message }: { tooLarge: boolean; message: string }) =>
      onProblem?.(tooLarge ? t('imageTooLarge', { mb: MAX_IMAGE_BYTES / 1048576 }) : t('imageFailed', { message })),
    [onProblem, t],
  );

  return (
    <LexicalComposer initialConfig={config}>
      <div className="ge-root">
        <ToolbarPlugin kcs={headings} onLink={openLink} onFind={openFind} />
        <FindReplacePlugin open={findOpen} onClose={() => setFindOpen(false)} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              id="article-editor-content"
              className="ge-content"
              aria-label={t('label')}
              aria-multiline
              role="textbox"
              spellCheck
              lang={lang}
              aria-placeholder={t('placeholder')}
              placeholder={<div className="ge-placeholder">{t('placeholder')}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <LinkPlugin validateUrl={isValidUrl} />
        <ClickableLinkPlugin />
        <TablePlugin />
        <TabIndentationPlugin />
        <MarkdownShortcutPlugin transformers={ARTICLE_TRANSFORMERS} />
        <PasteSanitizePlugin />
        <ImagesPlugin store={images} maxBytes={MAX_IMAGE_BYTES} onError={onImageError} />
        <ShortcutsPlugin onLink={openLinkFromShortcut} onFind={openFind} />
        <SlashMenuPlugin kcs={headings} />
        {onOpenCitation && <CitationPlugin onOpen={onOpenCitation} label={t('citation')} />}
        <OnChangePlugin onChange={onChange} ignoreSelectionChange ignoreHistoryMergeTagChange />
        {onReady && <EditorRefPlugin onReady={onReady} />}
        <LinkDialog open={linkOpen} initialUrl={linkUrl} onClose={() => setLinkOpen(false)} />
        <WordCountPlugin />
      </div>
    </LexicalComposer>
  );
}
