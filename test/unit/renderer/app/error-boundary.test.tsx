import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../../renderer/src/app/i18n';
import { ErrorBoundary } from '../../../../renderer/src/app/ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom at row 7');
  return <p>working again</p>;
}

describe('ErrorBoundary', () => {
  it('shows a translated message with the detail, and Reload renders the screen again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await i18n.changeLanguage('zh-CN');
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <ErrorBoundary resetKey="insights">
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    expect(host.textContent).toContain('此页面出错了');
    expect(host.textContent).toContain('boom at row 7');
    broken = false;
    const reload = [...host.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('重新加载'),
    );
    expect(reload).toBeDefined();
    await act(async () => reload?.click());
    expect(host.textContent).toContain('working again');
    await act(async () => root.unmount());
    await i18n.changeLanguage('en');
  });
});
