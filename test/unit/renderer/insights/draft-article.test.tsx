import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { Job } from '../../../../shared/domain/jobs';
import type { Result } from '../../../../shared/errors';
import { useDraftArticle, type DraftState } from '../../../../renderer/src/features/insights/useDraftArticle';
import { useUi } from '../../../../renderer/src/state/ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const job = (patch: Partial<Job>): Job => ({
  id: 'j1',
  kind: 'drafts.generate',
  state: 'running',
  done: 1,
  total: 4,
  phase: 'draft',
  startedAt: '2026-11-24T10:00:00.000Z',
  finishedAt: null,
  etaSeconds: null,
  error: null,
  ...patch,
});

/** A bridge whose drafts:generate answers `started` after `before` progress events were sent. */
function bridge(before: Job[] = []) {
  const listeners: Array<(payload: unknown) => void> = [];
  const emit = (payload: Job) => listeners.forEach((l) => l(payload));
  const invoke = vi.fn(async (channel: string): Promise<Result<unknown>> => {
    if (channel === 'drafts:generate') {
      before.forEach(emit);
      return { ok: true, value: job({ state: 'queued', done: 0 }) };
    }
    return { ok: false, error: { code: 'E_INTERNAL', message: `unexpected ${channel}` } };
  });
  window.gleaner = { platform: 'linux', invoke, on: (_event: string, listener: (payload: unknown) => void) => (listeners.push(listener), () => listeners.splice(listeners.indexOf(listener), 1)) };
  return { invoke, emit: (payload: Job) => act(async () => emit(payload)) };
}

async function mount() {
  const seen: { state: DraftState; start: () => Promise<void> } = { state: { status: 'idle' }, start: async () => undefined };
  function Probe() {
    const { state, start } = useDraftArticle('t3');
    seen.state = state;
    seen.start = start;
    return null;
  }
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<Probe />));
  return seen;
}

describe('Draft article from a topic', () => {
  it('follows the job and opens the draft', async () => {
    const { invoke, emit } = bridge();
    const seen = await mount();
    await act(() => seen.start());
    expect(invoke).toHaveBeenCalledWith('drafts:generate', { topicIds: ['t3'] });
    expect(seen.state).toMatchObject({ status: 'running' });
    await emit(job({ done: 2 }));
    expect(seen.state).toMatchObject({ status: 'running', job: { done: 2 } });
    await emit(job({ state: 'done', done: 4, result: { drafts: [{ id: 'd9', topicId: 't3', title: 'x', update: null }], refusals: [] } }));
    expect(window.location.hash).toBe('#/drafts/d9');
    expect(useUi.getState()).toMatchObject({ screen: 'drafts', param: 'd9' });
  });

  it('says why when the topic is refused, even if the job ended before the call returned', async () => {
    const refusal = { topicId: 't3', reason: 'too_few_successful', successCount: 1, minimum: 3, rejected: { escalated: 4 } };
    bridge([job({ state: 'done', result: { drafts: [], refusals: [refusal] } })]);
    const seen = await mount();
    await act(() => seen.start());
    expect(seen.state).toEqual({ status: 'refused', refusal });
  });

  it('reports a failed job with its error', async () => {
    const { emit } = bridge();
    const seen = await mount();
    await act(() => seen.start());
    await emit(job({ state: 'failed', error: { code: 'E_CANCELLED', message: 'stopped' } }));
    expect(seen.state.status).toBe('failed');
  });
});
