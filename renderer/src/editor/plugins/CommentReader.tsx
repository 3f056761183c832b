import { MarkNode } from '@lexical/mark';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo } from 'react';
import type { LexicalState } from '../../../../shared/domain/article';
import type { CitationPayload } from '../../../../shared/lexical/nodes/CitationNode';
import { ARTICLE_NODES } from '../nodes';
import { articleTheme } from '../themes/articleTheme';
import { CitationPlugin } from './CitationPlugin';
import { CommentMarksPlugin, type CommentAnchor, type TextSelectionAnchor } from './CommentMarksPlugin';

export interface CommentReaderProps {
  content: LexicalState;
  label: string;
  citationLabel: string;
  lang?: string;
  anchors: readonly CommentAnchor[];
  activeThreadId: string | null;
  onSelectThread: (threadId: string) => void;
  onSelection: (selection: TextSelectionAnchor | null) => void;
  onDetached: (threadIds: string[]) => void;
  onOpenCitation: (citation: CitationPayload) => void;
}

/** An article body, read-only, with its comment threads drawn as marks; remount with a new `key` for new content. */
export function CommentReader({ content, label, citationLabel, lang, onOpenCitation, ...marks }: CommentReaderProps) {
  const config = useMemo<InitialConfigType>(
    () => ({
      namespace: 'gleaner-review',
      nodes: [...ARTICLE_NODES, MarkNode],
      theme: { ...articleTheme, mark: 'review-mark', markOverlap: 'review-mark-overlap' },
      editable: false,
      editorState: JSON.stringify(content),
      onError: (error) => {
        throw error;
      },
    }),
    // Read once, as Lexical does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={config}>
      <div className="ge-root review-reader">
        <RichTextPlugin
          contentEditable={<ContentEditable className="ge-content review-reader-content" aria-label={label} aria-readonly lang={lang} data-testid="review-text" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <CitationPlugin onOpen={onOpenCitation} label={citationLabel} />
        <CommentMarksPlugin {...marks} />
      </div>
    </LexicalComposer>
  );
}
