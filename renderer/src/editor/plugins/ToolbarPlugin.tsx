import {
  BoldOutlined,
  CodeOutlined,
  InfoCircleOutlined,
  ItalicOutlined,
  LineOutlined,
  LinkOutlined,
  PictureOutlined,
  ProfileOutlined,
  RedoOutlined,
  SearchOutlined,
  StrikethroughOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $isCodeNode } from '@lexical/code';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { Button, Dropdown, Select, Tooltip } from 'antd';
import {
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_TYPES, insertBlock, setBlockType, type BlockType, type KcsHeadings } from '../blocks';
import { IMAGE_TYPES } from './ImagesPlugin';

const FORMATS: Array<{ format: TextFormatType; icon: ReactNode; key: 'bold' | 'italic' | 'underline' | 'strikethrough' | 'inlineCode'; shortcut?: string }> = [
  { format: 'bold', icon: <BoldOutlined />, key: 'bold', shortcut: 'Ctrl+B' },
  { format: 'italic', icon: <ItalicOutlined />, key: 'italic', shortcut: 'Ctrl+I' },
  { format: 'underline', icon: <UnderlineOutlined />, key: 'underline', shortcut: 'Ctrl+U' },
  { format: 'strikethrough', icon: <StrikethroughOutlined />, key: 'strikethrough' },
  { format: 'code', icon: <CodeOutlined />, key: 'inlineCode' },
];

interface ToolbarState {
  formats: Set<TextFormatType>;
  block: BlockType;
  link: string | null;
}

const sameToolbarState = (a: ToolbarState, b: ToolbarState): boolean =>
  a.block === b.block && a.link === b.link && a.formats.size === b.formats.size && [...a.formats].every((f) => b.formats.has(f));

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top =
    anchor.getKey() === 'root'
      ? anchor
      : ($findMatchingParent(anchor, (node) => {
          const parent = node.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) ?? anchor.getTopLevelElementOrThrow());
  let block: BlockType = 'paragraph';
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    block = list.getListType();
  } else if ($isHeadingNode(top)) {
    const tag = top.getTag();
    block = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  } else if ($isCodeNode(top)) block = 'code';
  else if (top.getType() === 'quote') block = 'quote';
  const linkNode = $findMatchingParent(anchor, $isLinkNode);
  const formats = new Set(FORMATS.map((f) => f.format).filter((format) => selection.hasFormat(format)));
  return { formats, block, link: linkNode && $isLinkNode(linkNode) ? linkNode.getURL() : null };
}

interface ToolbarButtonProps {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
  first?: boolean;
}

function ToolbarButton({ label, icon, onClick, pressed, disabled, shortcut, first }: ToolbarButtonProps) {
  return (
    <Tooltip title={shortcut ? `${label} (${shortcut})` : label}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={pressed}
        disabled={disabled}
        tabIndex={first ? 0 : -1}
        data-toolbar-item=""
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );
}

/** The formatting toolbar: a WAI-ARIA toolbar (Tab enters it once, arrow keys move inside). */
export function ToolbarPlugin({ kcs, onLink, onFind }: { kcs: KcsHeadings; onLink: (currentUrl: string) => void; onFind: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('editor');
  const [state, setState] = useState<ToolbarState>({ formats: new Set(), block: 'paragraph', link: null });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          // Typing keeps the state; re-rendering the toolbar on every keystroke cost ~5 ms in a long article.
          if (next) setState((current) => (sameToolbarState(current, next) ? current : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (payload) => (setCanUndo(payload), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (payload) => (setCanRedo(payload), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const pickImage = useCallback(() => fileInput.current?.click(), []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    if ((event.target as HTMLElement).closest('.ant-select')) return;
    const items = Array.from(bar.current?.querySelectorAll<HTMLElement>('[data-toolbar-item]') ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length;
    event.preventDefault();
    items.forEach((item, i) => item.setAttribute('tabindex', i === next ? '0' : '-1'));
    items[next]?.focus();
  }, []);

  return (
    <div className="ge-toolbar" role="toolbar" aria-label={t('toolbar')} aria-controls="article-editor-content" ref={bar} onKeyDown={onKeyDown}>
      <ToolbarButton label={t('undo')} icon={<UndoOutlined />} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} disabled={!canUndo} shortcut="Ctrl+Z" first />
      <ToolbarButton label={t('redo')} icon={<RedoOutlined />} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} disabled={!canRedo} shortcut="Ctrl+Y" />
      <span className="ge-sep" aria-hidden />
      <Select
        size="small"
        aria-label={t('blockType')}
        data-toolbar-item=""
        value={state.block}
        style={{ width: 150 }}
        popupMatchSelectWidth={false}
        options={BLOCK_TYPES.map((type) => ({ value: type, label: t(`blocks.${type}`) }))}
        onChange={(type: BlockType) => setBlockType(editor, type)}
      />
      <span className="ge-sep" aria-hidden />
      {FORMATS.map(({ format, icon, key, shortcut }) =>
        <ToolbarButton key={format} label={t(key)} icon={icon} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)} pressed={state.formats.has(format)} shortcut={shortcut} />
      )}
      <ToolbarButton label={t('link')} icon={<LinkOutlined />} onClick={() => onLink(state.link ?? '')} pressed={state.link !== null} shortcut="Ctrl+K" />
      <span className="ge-sep" aria-hidden />
      <ToolbarButton label={t('blocks.table')} icon={<TableOutlined />} onClick={() => insertBlock(editor, 'table', kcs)} />
      <ToolbarButton label={t('blocks.image')} icon={<PictureOutlined />} onClick={pickImage} />
      <ToolbarButton label={t('blocks.rule')} icon={<LineOutlined />} onClick={() => insertBlock(editor, 'rule', kcs)} />
      <Dropdown
        trigger={['click']}
        menu={{
          items: (['note', 'tip', 'warning'] as const).map((variant) => ({ key: variant, label: t(`blocks.${variant}`) })),
          onClick: ({ key }) => insertBlock(editor, key as 'note' | 'tip' | 'warning', kcs),
        }}
      >
        <Button type="text" size="small" icon={<InfoCircleOutlined />} aria-label={t('blocks.note')} aria-haspopup="menu" tabIndex={-1} data-toolbar-item="" onMouseDown={(event) => event.preventDefault()} />
      </Dropdown>
      <ToolbarButton label={t('blocks.kcs')} icon={<ProfileOutlined />} onClick={() => insertBlock(editor, 'kcs', kcs)} />
      <span className="ge-sep" aria-hidden />
      <ToolbarButton label={t('find')} icon={<SearchOutlined />} onClick={onFind} shortcut="Ctrl+F" />
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_TYPES.join(',')}
        multiple
        hidden
        aria-hidden
        data-testid="image-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          if (files.length > 0) editor.dispatchCommand(DRAG_DROP_PASTE, files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
