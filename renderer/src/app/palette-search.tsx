import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/domain/search';
import { call } from '../lib/ipc';

const DEBOUNCE_MS = 180;
const LIMIT = 12;
const INDEX_POLL_MS = 1500;

export interface PaletteSearch {
  /** The query these results answer; a different one from the input's means an answer is pending. */
  query: string;
  hits: SearchHit[];
  searching: boolean;
  /** The search index is being built (first run or a model switch with nothing indexed yet). */
  indexing: boolean;
  error: boolean;
}

const IDLE: PaletteSearch = { query: '', hits: [], searching: false, indexing: false, error: false };

/** A query worth sending: two characters, or one Han/kana character (a whole word in Chinese). */
export const isSearchable = (query: string): boolean => {
  const q = query.trim();
  return q.length >= 2 || /[\u3040-\u30ff\u3400-\u9fff]/.test(q);
};

/** Conversations and articles matching the query, fetched after typing pauses; stale answers are dropped. */
export function usePaletteSearch(query: string): PaletteSearch {
  const [state, setState] = useState<PaletteSearch>(IDLE);
  const [retry, setRetry] = useState(0);
  const q = query.trim();
  useEffect(() => {
    if (!isSearchable(q)) {
      setState(IDLE);
      return;
    }
    let stale = false;
    let again: ReturnType<typeof setTimeout> | undefined;
    if (retry === 0) setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const hits = await call('search:query', { query: q, limit: LIMIT });
          const indexing =
            hits.length === 0 && (await call('embed:status', {})).building !== null;
          if (stale) return;
          setState({ query: q, hits, searching: false, indexing, error: false });
          // Ask again while the first index builds, so results appear without retyping.
          if (indexing) again = setTimeout(() => setRetry((n) => n + 1), INDEX_POLL_MS);
        } catch {
          if (!stale) setState({ query: q, hits: [], searching: false, indexing: false, error: true });
        }
      })();
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
      clearTimeout(again);
    };
  }, [q, retry]);
  useEffect(() => setRetry(0), [q]);
  return { ...state, searching: state.searching || (isSearchable(q) && state.query !== q) };
}

/** Text with its [start, end) ranges marked; stored text is rendered as text, never as HTML. */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
