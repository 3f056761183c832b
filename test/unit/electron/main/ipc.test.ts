import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc/contract';
import { isTrustedSender, registerIpc } from '../../../../electron/main/ipc';

type Handler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;

describe('registerIpc', () => {
  const handlers = new Map<string, Handler>();
  const dispatch = vi.fn().mockResolvedValue({ ok: true, value: 'ok' });
  registerIpc(
    { handle: (channel: string, h: Handler) => void handlers.set(channel, h) } as never,
    dispatch,
  );

  it('registers every contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a call from a frame that is not the app page', async () => {
    const result = await handlers.get('settings:get')!(
      { senderFrame: { url: 'https://evil.example/' } },
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await handlers.get('settings:get')!({ senderFrame: null }, {})).toMatchObject({
      ok: false,
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes a call from the app page to dispatch', async () => {
    expect(
      await handlers.get('settings:set')!(
        { senderFrame: { url: 'app://gleaner/index.html' } },
        { theme: 'dark' },
      ),
    ).toEqual({ ok: true, value: 'ok' });
    expect(dispatch).toHaveBeenCalledWith('settings:set', { theme: 'dark' });
    expect(isTrustedSender({ senderFrame: { url: 'file:///index.html' } } as never)).toBe(false);
  });

  it('uses the sender check it is given', async () => {
    const own = new Map<string, Handler>();
    const ownDispatch = vi.fn().mockResolvedValue({ ok: true, value: 1 });
    registerIpc(
      { handle: (channel: string, h: Handler) => void own.set(channel, h) } as never,
      ownDispatch,
      () => false,
    );
    const call = own.get('settings:get')!({ senderFrame: { url: 'app://gleaner/index.html' } }, {});
    expect(await call).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(ownDispatch).not.toHaveBeenCalled();
  });
});
