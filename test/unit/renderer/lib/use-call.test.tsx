import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../shared/errors';
import type { GleanerBridge } from '../../../../shared/ipc/bridge';
import { useCall, type CallState } from '../../../../renderer/src/lib/use-call';
import type { CallOutput } from '../../../../shared/ipc/contract';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A bridge whose answers the test controls, with events it can push. */
function fakeBridge(answer: (channel: string, input: unknown) => unknown) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: GleanerBridge = {
    platform: 'linux',
    invoke: vi.fn(async (channel: string, input: unknown): Promise<Result<unknown>> => {
      const value = answer(channel, input);
      return value instanceof Error
        ? { ok: false, error: { code: 'E_NOT_FOUND', message: value.message } }
        : { ok: true, value };
    }),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  return { bridge, emit, listenerCount: (event: string) => listeners.get(event)?.size ?? 0 };
}

async function renderHook(render: () => void) {
  const host = document.createElement('div');
  const root = createRoot(host);
  function Probe() {
    render();
    return null;
  }
  await act(async () => root.render(<Probe />));
  return () => act(async () => root.unmount());
}

const flush = () => act(async () => new Promise((done) => setTimeout(done, 0)));

describe('useCall', () => {
  it('loads, and loads again when the workspace changes', async () => {
    let rows = 1;
    const fake = fakeBridge(() => [
      { dir: '/w', name: `W${rows}`, lastOpenedAt: null, isOpen: true },
    ]);
    window.gleaner = fake.bridge;
    const states: Array<CallState<CallOutput<'workspace:list'>>> = [];
    const unmount = await renderHook(() => states.push(useCall('workspace:list', {})));
    await flush();
    expect(states.at(-1)).toMatchObject({ loading: false, data: [{ name: 'W1' }] });
    rows = 2;
    await act(async () => fake.emit('workspace:changed', null));
    await flush();
    expect(states.at(-1)).toMatchObject({ loading: false, data: [{ name: 'W2' }] });
    expect(fake.bridge.invoke).toHaveBeenCalledTimes(2);
    await unmount();
    expect(fake.listenerCount('workspace:changed')).toBe(0);
  });

  it('keeps the error with its code, and reload() tries again', async () => {
    let fail = true;
    const fake = fakeBridge(() => (fail ? new Error('gone') : { cancelled: true }));
    window.gleaner = fake.bridge;
    let latest: CallState<CallOutput<'jobs:cancel'>> | undefined;
    const unmount = await renderHook(() => {
      latest = useCall('jobs:cancel', { id: 'j1' });
    });
    await flush();
    expect(latest).toMatchObject({
      loading: false,
      data: undefined,
      error: { code: 'E_NOT_FOUND' },
    });
    fail = false;
    await act(async () => latest?.reload());
    await flush();
    expect(latest).toMatchObject({ loading: false, data: { cancelled: true } });
    await unmount();
  });

  it('ignores an answer that arrives after a newer request', async () => {
    const resolvers: Array<(value: unknown) => void> = [];
    window.gleaner = {
      platform: 'linux',
      on: () => () => undefined,
      invoke: vi.fn(
        () => new Promise((resolve) => resolvers.push(resolve)),
      ) as GleanerBridge['invoke'],
    };
    let latest: CallState<CallOutput<'jobs:cancel'>> | undefined;
    let id = 'old';
    let rerender: (() => void) | undefined;
    const { useState } = await import('react');
    const unmount = await renderHook(() => {
      const [, setTick] = useState(0);
      rerender = () => setTick((t) => t + 1);
      latest = useCall('jobs:cancel', { id });
    });
    id = 'new';
    await act(async () => rerender?.());
    await act(async () => resolvers[1]?.({ ok: true, value: { cancelled: true } }));
    await act(async () => resolvers[0]?.({ ok: true, value: { cancelled: false } }));
    await flush();
    expect(latest?.data).toEqual({ cancelled: true });
    await unmount();
  });
});
