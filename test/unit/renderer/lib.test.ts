import { describe, expect, it, vi } from 'vitest';
import { fuzzyScore } from '../../../renderer/src/app/fuzzy';
import { call, IpcError, onEvent } from '../../../renderer/src/lib/ipc';
import { formatDuration, formatRelative } from '../../../renderer/src/lib/format';

describe('ipc client', () => {
  it('returns the value of an ok envelope and throws an IpcError with the code otherwise', async () => {
    const invoke = vi.fn().mockResolvedValueOnce({ ok: true, value: { theme: 'dark' } }).mockResolvedValueOnce({ ok: false, error: { code: 'E_NO_WORKSPACE', message: 'No workspace is open.' } });
    window.gleaner = { invoke, on: vi.fn(), platform: 'linux' };
    await expect(call('settings:get', {})).resolves.toEqual({ theme: 'dark' });
    const failure = call('settings:get', {});
    await expect(failure).rejects.toBeInstanceOf(IpcError);
    await expect(failure).rejects.toMatchObject({ code: 'E_NO_WORKSPACE' });
    expect(invoke).toHaveBeenCalledWith('settings:get', {});
  });

  it('subscribes to events and fails clearly without a bridge', async () => {
    const off = vi.fn();
    const on = vi.fn().mockReturnValue(off);
    window.gleaner = { invoke: vi.fn(), on, platform: 'linux' };
    const listener = vi.fn();
    expect(onEvent('job:progress', listener)).toBeTypeOf('function');
    on.mock.calls[0]![1]({ id: 'j' });
    expect(listener).toHaveBeenCalledWith({ id: 'j' });
    delete (window as { gleaner?: unknown }).gleaner;
    await expect(call('settings:get', {})).rejects.toMatchObject({ code: 'E_INTERNAL' });
  });
});

describe('format', () => {
  it('formats relative times and durations in English and Chinese', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(formatRelative('2026-11-24T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-23T12:00:00Z', 'zh-CN', now)).toBe('昨天');
    expect(formatDuration(3725, 'en')).toBe('1h 2m');
    expect(formatDuration(42, 'en')).toBe('42s');
  });
});

describe('command palette matching', () => {
  it('prefers contiguous matches and rejects missing letters', () => {
    expect(fuzzyScore('expo', 'Go to Export')).toBeGreaterThan(fuzzyScore('gtex', 'Go to Export') ?? 0);
    expect(fuzzyScore('xyz', 'Go to Export')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });
});
