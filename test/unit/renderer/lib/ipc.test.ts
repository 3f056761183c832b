import { describe, expect, it, vi } from 'vitest';
import { call, IpcError, onEvent } from '../../../../renderer/src/lib/ipc';

describe('ipc client', () => {
  it('returns the value of an ok envelope and throws an IpcError with the code otherwise', async () => {
    const invoke = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { theme: 'dark' } })
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'E_NO_WORKSPACE', message: 'No workspace is open.', details: { hint: 1 } },
      });
    window.gleaner = { invoke, on: vi.fn(), platform: 'linux' };
    await expect(call('settings:get', {})).resolves.toEqual({ theme: 'dark' });
    const failure = call('settings:get', {});
    await expect(failure).rejects.toBeInstanceOf(IpcError);
    await expect(failure).rejects.toMatchObject({
      code: 'E_NO_WORKSPACE',
      message: 'No workspace is open.',
      details: { hint: 1 },
    });
    expect(invoke).toHaveBeenNthCalledWith(1, 'settings:get', {});
  });

  it('passes the input through unchanged', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: { cancelled: true } });
    window.gleaner = { invoke, on: vi.fn(), platform: 'linux' };
    await call('jobs:cancel', { id: 'job-1' });
    expect(invoke).toHaveBeenCalledWith('jobs:cancel', { id: 'job-1' });
  });

  it('subscribes to events and hands back the unsubscribe function', () => {
    const off = vi.fn();
    const on = vi.fn().mockReturnValue(off);
    window.gleaner = { invoke: vi.fn(), on, platform: 'linux' };
    const listener = vi.fn();
    const unsubscribe = onEvent('job:progress', listener);
    expect(on).toHaveBeenCalledWith('job:progress', expect.any(Function));
    on.mock.calls[0]![1]({ id: 'j' });
    expect(listener).toHaveBeenCalledWith({ id: 'j' });
    unsubscribe();
    expect(off).toHaveBeenCalledOnce();
  });

  it('fails with E_INTERNAL when the bridge is missing', async () => {
    await expect(call('settings:get', {})).rejects.toMatchObject({ code: 'E_INTERNAL' });
    expect(() => onEvent('job:progress', () => undefined)).toThrow(IpcError);
  });
});
