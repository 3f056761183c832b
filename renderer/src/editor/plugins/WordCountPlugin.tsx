import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords, readingMinutes } from '../../../../shared/domain/article';

const RECOUNT_AFTER_MS = 400;

/** Words (each CJK character counts as one) and reading time, recounted when typing pauses. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('editor');
  const [counts, setCounts] = useState({ words: 0, minutes: 1 });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = (text: string) => setCounts({ words: countWords(text), minutes: readingMinutes(text) });
    recount(editor.getEditorState().read(() => $getRoot().getTextContent()));
    const off = editor.registerTextContentListener((text) => {
      clearTimeout(timer);
      timer = setTimeout(() => recount(text), RECOUNT_AFTER_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [editor]);
  return (
    <div className="ge-footer" aria-live="polite">
      <span data-testid="word-count">{t('words', { count: counts.words })}</span>
      <span>{t('reading', { minutes: counts.minutes })}</span>
    </div>
  );
}
