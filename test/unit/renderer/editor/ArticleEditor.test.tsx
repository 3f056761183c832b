import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { $createParagraphNode, $createTextNode, $getRoot, KEY_DOWN_COMMAND, type EditorState, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../../renderer/src/app/i18n';
import { ArticleEditor } from '../../../../renderer/src/editor/ArticleEditor';
import { emptyLexicalState } from '../../../../shared/domain/article';
import { $createCitationNode } from '../../../../shared/lexical/nodes/CitationNode';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const waitFor = <T,>(fn: () => T, options: { timeout?: number } = {}) => vi.waitFor(fn, { timeout: options.timeout ?? 1000, interval: 20 });

function byLabel(role: string, name: string): HTMLElement {
  const selector = role === 'button' ? 'button' : `[role="${role}"], input`;
  const found = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((el) => (el.getAttribute('aria-label') === name || (role === 'button' && el.textContent === name)) && (role !== 'textbox' || el.tagName === 'INPUT' || el.getAttribute('role') === 'textbox'));
  if (!found) throw new Error(`no ${role} named ${name}`);
  return found;
}
const screen = {
  getByRole: (role: string, { name }: { name: string }) => byLabel(role, name),
  getAllByRole: (role: string, { name }: { name: string }) =>
    Array.from(document.querySelectorAll<HTMLElement>(role === 'button' ? 'button' : `[role="${role}"]`)).filter((el) => el.getAttribute('aria-label') === name || el.textContent === name),
  getByTestId: (id: string) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!el) throw new Error(`no ${id}`);
    return el;
  },
  getByText: (text: string) => {
    const el = Array.from(document.querySelectorAll<HTMLElement>('span, div')).find((e) => e.textContent === text && e.children.length === 0);
    if (!el) throw new Error(`no text ${text}`);
    return el;
  },
};
const fireEvent = {
  click: (el: HTMLElement) => act(() => el.click()),
  change: (el: HTMLElement, { target: { value } }: { target: { value: string } }) =>
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }),
};
const mounted: Array<{ root: Root; host: HTMLElement }> = [];
function render(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  mounted.push({ root, host });
  act(() => root.render(node));
}
// Unmounting clears the editors' pending timers (the word count's), which would otherwise fire after the DOM is gone.
afterEach(() => {
  for (const { root, host } of mounted.splice(0)) {
    act(() => root.unmount());
    host.remove();
  }
});

const images = { put: vi.fn(async () => 'gleaner-media:x.png'), resolve: vi.fn(async () => 'data:image/png;base64,') };

async function mount(props: Partial<Parameters<typeof ArticleEditor>[0]> = {}) {
  let editor: LexicalEditor | undefined;
  let last: EditorState | undefined;
  render(<ArticleEditor initialState={emptyLexicalState()} images={images} onChange={(s) => (last = s)} onReady={(e) => (editor = e)} {...props} />);
  await waitFor(() => expect(editor).toBeDefined());
  await act(async () => {});
  const ed = editor as LexicalEditor;
  const write = (text: string) =>
    act(() => {
      ed.update(
        () => {
          const paragraph = $createParagraphNode().append($createTextNode(text));
          $getRoot().clear().append(paragraph);
          paragraph.select(0, text.length);
        },
        { discrete: true },
      );
    });
  return { editor: ed, write, json: () => JSON.stringify((last ?? ed.getEditorState()).toJSON()) };
}

describe('ArticleEditor', () => {
  it('is labelled for assistive technology and spell-checked', async () => {
    await i18n.changeLanguage('en');
    await mount();
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    expect(toolbar).toBeTruthy();
    for (const name of ['Undo', 'Redo', 'Bold', 'Italic', 'Underline', 'Strikethrough', 'Inline code', 'Link', 'Table', 'Image', 'Divider', 'KCS template', 'Find and replace']) {
      expect(screen.getByRole('button', { name }), name).toBeTruthy();
    }
    const body = screen.getByRole('textbox', { name: 'Article body' });
    expect(body.getAttribute('spellcheck')).toBe('true');
    expect(body.getAttribute('contenteditable')).toBe('true');
  });

  it('formats through the toolbar and through shortcuts', async () => {
    await i18n.changeLanguage('en');
    const { editor, write, json } = await mount();
    await write('Restart the router');
    fireEvent.click(screen.getByRole('button', { name: 'Bold' }));
    await waitFor(() => expect(json()).toMatch(/"format":1,.*"text":"Restart the router"/));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true'));
    act(() => {
      editor.dispatchCommand(KEY_DOWN_COMMAND, new KeyboardEvent('keydown', { code: 'Digit2', key: '2', ctrlKey: true, altKey: true }));
    });
    await waitFor(() => expect(json()).toContain('"tag":"h2"'));
  });

  it('inserts the KCS sections in the UI language and counts CJK characters as words', async () => {
    await i18n.changeLanguage('zh-CN');
    const { write, json } = await mount();
    await write('退款需要五个工作日 after approval');
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('11 字'), { timeout: 2000 });
    fireEvent.click(screen.getByRole('button', { name: 'KCS 模板' }));
    await waitFor(() => expect(json()).toMatch(/问题[\s\S]*环境[\s\S]*解决方案[\s\S]*原因/));
    await i18n.changeLanguage('en');
  });

  it('writes the KCS headings in the article\'s language, whatever the UI speaks', async () => {
    await i18n.changeLanguage('en');
    const { json } = await mount({ lang: 'zh-CN' });
    fireEvent.click(screen.getAllByRole('button', { name: 'KCS template' }).at(-1)!);
    await waitFor(() => expect(json()).toMatch(/问题[\s\S]*环境[\s\S]*解决方案[\s\S]*原因/));
    expect(json()).not.toContain('Resolution');
  });

  it('replaces every match and opens a cited conversation on click', async () => {
    await i18n.changeLanguage('en');
    const onOpenCitation = vi.fn();
    const { editor, write, json } = await mount({ onOpenCitation });
    await write('Refund takes 5 days; refund status shows pending');
    fireEvent.click(screen.getByRole('button', { name: 'Find and replace' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Find' }), { target: { value: 'refund' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Replace with' }), { target: { value: 'Return' } });
    await waitFor(() => expect(screen.getByText('1 of 2')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Replace all' }));
    await waitFor(() => expect(json()).toContain('Return takes 5 days; Return status shows pending'));
    act(() => {
      editor.update(() => $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().append($createCitationNode({ transcriptId: 'chat-42', turn: 3 })), { discrete: true });
    });
    const chip = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('[data-citation="chat-42"]');
      if (!element) throw new Error('no chip yet');
      return element;
    });
    fireEvent.click(chip);
    expect(onOpenCitation).toHaveBeenCalledWith({ transcriptId: 'chat-42', turn: 3 });
  });
});
