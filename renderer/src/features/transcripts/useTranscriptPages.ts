import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptFilter, TranscriptSummary } from '../../../../shared/domain/transcript';
import { call, type IpcError } from '../../lib/ipc';

export const PAGE_SIZE = 100;

export interface TranscriptPages {
  /** null until the first page of this filter arrived. */
  total: number | null;
  item(index: number): TranscriptSummary | undefined;
  /** Asks for the pages that hold rows first..last (the ones on screen). */
  want(first: number, last: number): void;
  error: IpcError | undefined;
  reload(): void;
}

/**
 * The conversations matching a filter, fetched a page at a time as the list scrolls, so that a
 * workspace of 100,000 conversations costs only the pages looked at.
 */
export function useTranscriptPages(filter: TranscriptFilter): TranscriptPages {
  const key = JSON.stringify(filter);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<IpcError>();
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, TranscriptSummary[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [tick, setTick] = useState(0);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      pending.current.add(page);
      const mine = generation.current;
      call('transcripts:list', {
        filter: JSON.parse(key) as TranscriptFilter,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }).then(
        (result) => {
          if (mine !== generation.current) return;
          pending.current.delete(page);
          pages.current.set(page, result.items);
          setTotal(result.total);
          setError(undefined);
          setVersion((v) => v + 1);
        },
        (e: IpcError) => {
          if (mine !== generation.current) return;
          pending.current.delete(page);
          setError(e);
        },
      );
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    setError(undefined);
    load(0);
  }, [key, tick, load]);

  const want = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) load(p);
    },
    [load],
  );

  return {
    total,
    item: (index) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    want,
    error,
    reload: useCallback(() => setTick((t) => t + 1), []),
  };
}
