import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyTooltip } from '../../../../renderer/src/app/LazyTooltip';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const tooltips = () => document.querySelectorAll('[role="tooltip"]');

afterEach(() => void document.body.replaceChildren());

describe('LazyTooltip', () => {
  it('mounts no tooltip until the pointer comes, then shows its title at once', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(<LazyTooltip title="12 of 40 conversations">30%</LazyTooltip>),
    );
    expect(host.textContent).toBe('30%');
    expect(tooltips()).toHaveLength(0);
    const target = host.querySelector('.g-tooltip-target')!;
    await act(
      async () => void target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })),
    );
    await act(async () => new Promise((ok) => setTimeout(ok, 50)));
    expect([...tooltips()].map((t) => t.textContent)).toEqual(['12 of 40 conversations']);
    expect(host.textContent).toBe('30%');
    root.unmount();
  });

  it('opens on keyboard focus too', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <LazyTooltip title="Refunds">
          <button type="button">open</button>
        </LazyTooltip>,
      ),
    );
    await act(async () => host.querySelector('button')!.focus());
    await act(async () => new Promise((ok) => setTimeout(ok, 50)));
    expect([...tooltips()].map((t) => t.textContent)).toEqual(['Refunds']);
    root.unmount();
  });
});
