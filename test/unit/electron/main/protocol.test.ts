import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security';

describe('app:// protocol', () => {
  let root: string;
  let handler: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gleaner-proto-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    handleAppProtocol(
      { handle: (_scheme: string, h: typeof handler) => void (handler = h) } as never,
      root,
    );
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('registers app:// as a secure standard scheme before ready', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged.mock.calls[0]![0][0]).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
  });

  it('serves the renderer with its MIME type and the CSP', async () => {
    const page = await handler(new Request('app://gleaner/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await handler(new Request('app://gleaner/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handler(new Request('app://gleaner/missing.js'))).status).toBe(404);
  });

  it('never resolves a path outside the renderer folder', async () => {
    for (const url of [
      'app://gleaner/%2e%2e/%2e%2e/etc/passwd',
      'app://gleaner/..%2f..%2fetc%2fpasswd',
      'app://gleaner/..\\..\\etc\\passwd',
      'app://gleaner/assets/../../../x',
    ]) {
      const path = resolveAppPath(root, url);
      expect(path === null || path.startsWith(`${root}/`), url).toBe(true);
    }
    expect(resolveAppPath(root, 'app://gleaner/a%00.js')).toBeNull();
    expect(resolveAppPath(root, 'app://gleaner/')).toBe(join(root, 'index.html'));
    expect((await handler(new Request('app://gleaner/a%00.js'))).status).toBe(403);
    expect((await handler(new Request('app://gleaner/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
  });
});
