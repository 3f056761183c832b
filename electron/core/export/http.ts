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

/** How long a 429 or 5xx asks to wait: Retry-After, else X-RateLimit-Reset (a UNIX time, as Intercom sends it). */
export function rateLimitWaitMs(headers: Headers, now = Date.now()): number | null {
  const retryAfter = retryAfterMs(headers.get('retry-after'), now);
  if (retryAfter !== null) return retryAfter;
  const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : null;
}

/** The human part of a help center's error body: Zendesk's description and details, Intercom's and Freshdesk's errors[]. */
export function vendorMessage(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body.slice(0, 300);
  }
  if (typeof parsed !== 'object' || parsed === null) return body.slice(0, 300);
  const record = parsed as { error?: unknown; description?: unknown; message?: unknown; errors?: unknown; details?: unknown };
  const parts: string[] = [];
  for (const value of [record.description, record.message]) if (typeof value === 'string') parts.push(value);
  if (parts.length === 0 && typeof record.error === 'string') parts.push(record.error);
  const entries = Array.isArray(record.errors) ? record.errors : [];
  if (record.details && typeof record.details === 'object') entries.push(...Object.values(record.details as Record<string, unknown>).flat());
  for (const entry of entries as Array<{ field?: unknown; message?: unknown; description?: unknown }>) {
    const text = typeof entry?.message === 'string' ? entry.message : typeof entry?.description === 'string' ? entry.description : null;
    if (text) parts.push(typeof entry.field === 'string' && !text.includes(entry.field) ? `${entry.field}: ${text}` : text);
  }
  return (parts.length > 0 ? parts.join('; ') : body).slice(0, 300);
}

export class HttpError extends GleanerError {
  constructor(
    readonly status: number,
    readonly body: string,
    method: string,
    url: string,
    vendor = new URL(url).host,
  ) {
    const detail = vendorMessage(body);
    super(
      status === 401 || status === 403 ? 'E_FORBIDDEN' : status === 404 ? 'E_NOT_FOUND' : 'E_NETWORK',
      status === 401
        ? `${vendor} refused the credentials (401: ${detail}). Check the URL and API token set for ${vendor}.`
        : `${vendor} answered ${status} to ${method} ${new URL(url).pathname}: ${detail}`,
      { status },
    );
  }
}

/** Whether an error is a help center's refusal of the credentials: every later request would be refused too. */
export const isAuthFailure = (error: unknown): boolean => error instanceof HttpError && error.status === 401;

/** Whether an error says the remote record is gone (deleted in the help center since the last export). */
export const isRemoteGone = (error: unknown): boolean => error instanceof HttpError && error.status === 404;

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
    const wait = rateLimitWaitMs(response.headers) ?? baseDelayMs * 2 ** attempt;
    await response.body?.cancel();
    await sleep(Math.min(maxDelayMs, wait), signal);
  }
}

/** JSON request helper for the help-center clients: retries, then throws an HttpError naming the vendor on a non-2xx answer. */
export async function requestJson<T>(
  vendor: string,
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
  if (!response.ok) throw new HttpError(response.status, text, method, url, vendor);
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    throw new GleanerError('E_PARSE', `${vendor}: ${method} ${url} answered with invalid JSON.`);
  }
}

export type JsonApi = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** One help center's API: requests to `root` + path with its auth headers and the retry policy. */
export const jsonApi =
  (vendor: string, root: string, headers: Record<string, string>, retry: RetryOptions = {}): JsonApi =>
  <T>(method: string, path: string, body?: unknown) =>
    requestJson<T>(vendor, method, `${root}${path}`, headers, body, retry);

/** GET that answers null on 404, for lookups of a record that may not exist. */
export async function getOrNull<T>(api: JsonApi, path: string): Promise<T | null> {
  try {
    return await api<T>('GET', path);
  } catch (error) {
    if (isRemoteGone(error)) return null;
    throw error;
  }
}
