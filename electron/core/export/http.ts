import { baseUrlProblem } from '../../../shared/domain/export';
import { GleanerError } from '../../../shared/errors';

export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Remote help centers are reached over HTTPS only; loopback is allowed for local tests and proxies. */
export function assertSafeBaseUrl(raw: string): URL {
  const problem = baseUrlProblem(raw);
  if (problem === 'invalid') throw new GleanerError('E_VALIDATION', `"${raw}" is not a valid URL.`);
  const url = new URL(raw);
  if (problem === 'https') throw new GleanerError('E_VALIDATION', `Help-center URLs must use HTTPS (got ${url.protocol}//${url.hostname}).`);
  return url;
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new GleanerError('E_CANCELLED', 'The export was cancelled.'));
    });
  });

/** Seconds or an HTTP date, as in RFC 9110 Retry-After. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export class HttpError extends GleanerError {
  constructor(
    readonly status: number,
    readonly body: string,
    method: string,
    url: string,
  ) {
    super(status === 401 || status === 403 ? 'E_FORBIDDEN' : status === 404 ? 'E_NOT_FOUND' : 'E_NETWORK', `${method} ${url} answered ${status}: ${body.slice(0, 300)}`, { status });
  }
}

/** fetch with retries on 429 (honouring Retry-After) and 5xx, exponential backoff otherwise. */
export async function fetchWithRetry(url: string, init: RequestInit, options: RetryOptions = {}): Promise<Response> {
  const { retries = 4, baseDelayMs = 500, maxDelayMs = 30_000, signal, sleep = defaultSleep } = options;
  for (let attempt = 0; ; attempt += 1) {
    if (signal?.aborted) throw new GleanerError('E_CANCELLED', 'The export was cancelled.');
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal, redirect: 'error' });
    } catch (error) {
      if (signal?.aborted) throw new GleanerError('E_CANCELLED', 'The export was cancelled.');
      if (attempt >= retries) throw new GleanerError('E_NETWORK', `${init.method ?? 'GET'} ${url} failed: ${(error as Error).message}`);
      await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** attempt), signal);
      continue;
    }
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt >= retries) return response;
    const wait = retryAfterMs(response.headers.get('retry-after')) ?? baseDelayMs * 2 ** attempt;
    await response.body?.cancel();
    await sleep(Math.min(maxDelayMs, wait), signal);
  }
}

/** JSON request helper for the help-center clients: retries, then throws an HttpError on a non-2xx answer. */
export async function requestJson<T>(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: unknown,
  options: RetryOptions = {},
): Promise<T> {
  const response = await fetchWithRetry(
    url,
    {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    options,
  );
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, text, method, url);
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    throw new GleanerError('E_PARSE', `${method} ${url} answered with invalid JSON.`);
  }
}
