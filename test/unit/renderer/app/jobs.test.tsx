import { App as AntApp } from 'antd';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../../../shared/domain/jobs';
import type { Result } from '../../../../shared/errors';
import i18n from '../../../../renderer/src/app/i18n';
import { JobsPanel } from '../../../../renderer/src/app/JobsPanel';
import { TopBar } from '../../../../renderer/src/app/TopBar';
import { useJobs } from '../../../../renderer/src/state/jobs';
import { useUi } from '../../../../renderer/src/state/ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const job = (patch: Partial<Job>): Job => ({
  id: 'j1',
  kind: 'workspace.compact',
  state: 'running',
  done: 3,
  total: 12,
  phase: 'compact:transcripts',
  startedAt: '2026-11-24T10:00:00.000Z',
  finishedAt: null,
  etaSeconds: 42,
  error: null,
  ...patch,
});

function bridge() {
  const invoke = vi.fn(async (channel: string): Promise<Result<unknown>> => {
    if (channel === 'workspace:info') return { ok: true, value: null };
    if (channel === 'jobs:cancel') return { ok: true, value: { cancelled: true } };
    return { ok: false, error: { code: 'E_INTERNAL', message: `unexpected ${channel}` } };
  });
  window.gleaner = { platform: 'linux', invoke, on: () => () => undefined };
  return invoke;
}

async function render(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<AntApp>{node}</AntApp>));
  return async () => act(async () => root.unmount());
}

afterEach(async () => {
  useJobs.getState().replace([]);
  useUi.getState().setJobsOpen(false);
  await i18n.changeLanguage('en');
});

describe('jobs in the shell', () => {
  it('puts a badge with the number of running jobs on the Jobs button', async () => {
    bridge();
    useJobs
      .getState()
      .replace([
        job({ id: 'a' }),
        job({ id: 'b', state: 'queued' }),
        job({ id: 'c', state: 'done', finishedAt: '2026-11-24T10:01:00.000Z' }),
      ]);
    const unmount = await render(<TopBar />);
    const button = document.querySelector('button[aria-label^="Jobs"]');
    expect(button?.getAttribute('aria-label')).toBe('Jobs (2 running)');
    expect(button?.querySelector('.ant-scroll-number')?.getAttribute('title')).toBe('2');
    await act(async () =>
      useJobs
        .getState()
        .upsert(job({ id: 'a', state: 'done', finishedAt: '2026-11-24T10:02:00.000Z' })),
    );
    expect(button?.querySelector('.ant-scroll-number')?.getAttribute('title')).toBe('1');
    await unmount();
  });

  it('lists progress, phase and ETA, cancels through jobs:cancel, and translates a failure', async () => {
    const invoke = bridge();
    await i18n.changeLanguage('zh-CN');
    useJobs
      .getState()
      .replace([
        job({ id: 'run' }),
        job({
          id: 'bad',
          state: 'failed',
          finishedAt: '2026-11-24T10:00:05.000Z',
          error: { code: 'E_IO', message: 'disk full' },
        }),
      ]);
    useUi.getState().setJobsOpen(true);
    const unmount = await render(<JobsPanel />);
    const running = document.querySelector('[data-state="running"]');
    expect(running?.textContent).toContain('3 / 12');
    expect(running?.textContent).toContain('正在压缩 transcripts');
    expect(running?.textContent).toContain('剩余 42秒');
    expect(document.querySelector('[data-state="failed"]')?.textContent).toContain(
      '无法读取或写入文件：disk full',
    );
    const cancel = running?.querySelector('button');
    await act(async () => (cancel as HTMLButtonElement).click());
    expect(invoke).toHaveBeenCalledWith('jobs:cancel', { id: 'run' });
    await unmount();
  });
});
