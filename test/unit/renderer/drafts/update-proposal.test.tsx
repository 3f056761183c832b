import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../../renderer/src/app/i18n';
import { UpdateProposalCard } from '../../../../renderer/src/features/drafts/UpdateProposalCard';
import type { UpdateProposal } from '../../../../shared/domain/draft';
import { useUi } from '../../../../renderer/src/state/ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const proposal = (missing: string[]): UpdateProposal => ({
  articleId: 'a-1',
  articleTitle: 'Reset a card PIN',
  similarity: 0.82,
  missingSteps: missing.map((text) => ({ text, citations: [] })),
  diff: '',
});

async function mount(p: UpdateProposal) {
  await i18n.changeLanguage('en');
  const host = document.createElement('div');
  document.body.append(host);
  const onApply = vi.fn();
  const root = createRoot(host);
  await act(async () => root.render(<UpdateProposalCard proposal={p} busy={false} onApply={onApply} onNewAnyway={() => {}} />));
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  return { host, onApply, button, unmount: () => act(async () => root.unmount()) };
}

describe('the update proposal of a draft', () => {
  it('offers to add the missing steps to the existing article', async () => {
    const view = await mount(proposal(['Restart the app.']));
    expect(view.host.textContent).toContain('lacks 1 of the steps that worked');
    await act(async () => view.button('Add the missing steps')!.click());
    expect(view.onApply).toHaveBeenCalledOnce();
    await view.unmount();
  });

  it('opens the existing article instead of an empty apply when it already has every step', async () => {
    const view = await mount(proposal([]));
    expect(view.host.textContent).toContain('already has every step that worked');
    expect(view.button('Add the missing steps')).toBeUndefined();
    await act(async () => view.button('Open the existing article')!.click());
    expect(view.onApply).not.toHaveBeenCalled();
    expect(useUi.getState().screen).toBe('articles');
    await view.unmount();
  });
});
