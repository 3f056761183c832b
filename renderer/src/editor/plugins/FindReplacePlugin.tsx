import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { Button, Input, Typography } from 'antd';
import { $createRangeSelection, $getRoot, $isTextNode, $setSelection, type LexicalNode, type TextNode } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Match {
  key: string;
  start: number;
  end: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function $textNodes(): TextNode[] {
  const out: TextNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isTextNode(node)) out.push(node);
    else if ('getChildren' in node && typeof node.getChildren === 'function') (node.getChildren() as LexicalNode[]).forEach(walk);
  };
  walk($getRoot());
  return out;
}

/** Case-insensitive matches inside single text runs (a match across differently formatted runs is not found). */
function $findMatches(query: string): Match[] {
  if (!query) return [];
  const pattern = new RegExp(escape(query), 'gi');
  return $textNodes().flatMap((node) =>
    [...node.getTextContent().matchAll(pattern)].map((m) => ({ key: node.getKey(), start: m.index, end: m.index + m[0].length })),
  );
}

/** Find (Ctrl+F) and replace: selects each match in turn; replace one or all as one undo step. */
export function FindReplacePlugin({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('editor');
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    if (!open) return;
    const recompute = () => setMatches(editor.getEditorState().read(() => $findMatches(query)));
    recompute();
    return editor.registerTextContentListener(recompute);
  }, [editor, open, query]);

  const select = useCallback(
    (index: number) => {
      const match = matches[index];
      if (!match) return;
      setCurrent(index);
      editor.update(() => {
        const selection = $createRangeSelection();
        selection.anchor.set(match.key, match.start, 'text');
        selection.focus.set(match.key, match.end, 'text');
        $setSelection(selection);
      });
      editor.getElementByKey(match.key)?.scrollIntoView({ block: 'center' });
    },
    [editor, matches],
  );

  const replaceOne = () => {
    const match = matches[current];
    if (!match) return;
    editor.update(() => {
      const selection = $createRangeSelection();
      selection.anchor.set(match.key, match.start, 'text');
      selection.focus.set(match.key, match.end, 'text');
      $setSelection(selection);
      selection.insertText(replacement);
    });
  };

  const replaceAll = () => {
    const pattern = new RegExp(escape(query), 'gi');
    editor.update(() => {
      for (const node of $textNodes()) {
        const text = node.getTextContent();
        if (pattern.test(text)) node.setTextContent(text.replace(pattern, () => replacement));
        pattern.lastIndex = 0;
      }
    });
  };

  if (!open) return null;
  const status = matches.length === 0 ? t('noMatches') : t('matches', { current: Math.min(current + 1, matches.length), count: matches.length });
  return (
    <div className="ge-find" role="search" aria-label={t('find')} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <Input size="small" autoFocus style={{ width: 180 }} aria-label={t('findLabel')} placeholder={t('findLabel')} value={query} onChange={(e) => setQuery(e.target.value)} onPressEnter={() => select((current + 1) % Math.max(matches.length, 1))} />
      <Typography.Text type="secondary" aria-live="polite">{query ? status : ''}</Typography.Text>
      <Button size="small" type="text" icon={<UpOutlined />} aria-label={t('previous')} onClick={() => select((current - 1 + matches.length) % Math.max(matches.length, 1))} />
      <Button size="small" type="text" icon={<DownOutlined />} aria-label={t('next')} onClick={() => select((current + 1) % Math.max(matches.length, 1))} />
      <Input size="small" style={{ width: 180 }} aria-label={t('replaceLabel')} placeholder={t('replaceLabel')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      <Button size="small" onClick={replaceOne} disabled={matches.length === 0}>{t('replaceOne')}</Button>
      <Button size="small" onClick={replaceAll} disabled={matches.length === 0}>{t('replaceAll')}</Button>
      <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('close')} onClick={onClose} />
    </div>
  );
}
