import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://gleaner`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

export const mimeType = (path: string): string =>
  MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        stream: true,
      },
    },
  ]);
}

/** The file under root that an app:// URL names, or null when it would escape root. */
export function resolveAppPath(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${sep}${normalize(pathname === '/' ? '/index.html' : pathname)}`);
  return target === base || target.startsWith(base + sep) ? target : null;
}

/** Serves the built renderer from root over app://, with the CSP on every response. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(root, request.url);
    const headers = {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    };
    if (!path) return new Response('Forbidden', { status: 403, headers });
    try {
      const body = await readFile(path);
      return new Response(body, {
        status: 200,
        headers: { ...headers, 'content-type': mimeType(path) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}

export const rendererIndexUrl = (): string => `${APP_ORIGIN}/index.html`;
export const rendererRoot = (appPath: string): string => join(appPath, 'dist', 'renderer');
