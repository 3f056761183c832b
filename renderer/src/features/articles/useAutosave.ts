import { useCallback, useEffect, useRef, useState } from 'react';
import { articleConflictSchema, type Article, type ArticleConflict, type ArticleMeta, type LexicalState } from '../../../../shared/domain/article';
import { registerFlush } from '../../lib/flush';
import { call, IpcError } from '../../lib/ipc';

export const AUTOSAVE_DELAY_MS = 500;

export type SaveStatus = { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'conflict'; conflict: ArticleConflict };

interface Pending {
  content?: () => LexicalState;
  meta?: Partial<ArticleMeta>;
}

/**
 * Debounced autosave with an optimistic version check. Changes wait ~0.5 s, are flushed at once
 * when the window hides or unloads, go out one save at a time, and stop at a conflict until the
 * person chooses. Nothing is dropped: changes made during a save are sent right after it.
 */
/** Keeps the same state object while nothing changes, so typing does not re-render the page per keystroke. */
const stillUnsaved = (s: SaveStatus): SaveStatus => (s.kind === 'conflict' || s.kind === 'unsaved' ? s : { kind: 'unsaved' });

export function useAutosave(article: Article, onSaved: (article: Article) => void) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const baseVersion = useRef(article.version);
  const pending = useRef<Pending>({});
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const blocked = useRef(false);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  useEffect(() => {
    baseVersion.current = article.version;
  }, [article.id, article.version]);

  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const work = pending.current;
    if (blocked.current || (!work.content && !work.meta)) return;
    pending.current = {};
    setStatus({ kind: 'saving' });
    const content = work.content?.();
    const request = call('articles:save', { id: article.id, baseVersion: baseVersion.current, content, meta: work.meta, autosave: true }).then(
      (saved) => {
        baseVersion.current = saved.version;
        onSavedRef.current(saved);
        const more = pending.current.content || pending.current.meta;
        setStatus(more ? { kind: 'unsaved' } : { kind: 'saved' });
      },
      (error: unknown) => {
        pending.current = { content: pending.current.content ?? work.content, meta: { ...work.meta, ...pending.current.meta } };
        if (error instanceof IpcError && error.code === 'E_CONFLICT') {
          blocked.current = true;
          const parsed = articleConflictSchema.safeParse(error.details);
          if (parsed.success) return setStatus({ kind: 'conflict', conflict: parsed.data });
        }
        setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    inFlight.current = request.finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
    if (!blocked.current && (pending.current.content || pending.current.meta)) schedule();
  }, [article.id, schedule]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);
  useEffect(() => registerFlush(flush), [flush]);

  const changeContent = useCallback(
    (read: () => LexicalState) => {
      pending.current = { ...pending.current, content: read };
      setStatus(stillUnsaved);
      if (!blocked.current) schedule();
    },
    [schedule],
  );

  const changeMeta = useCallback(
    (meta: Partial<ArticleMeta>) => {
      pending.current = { ...pending.current, meta: { ...pending.current.meta, ...meta } };
      setStatus(stillUnsaved);
      if (!blocked.current) schedule();
    },
    [schedule],
  );

  /** After a conflict: continue from `version` (theirs), keeping or dropping what is pending. */
  const resolve = useCallback(
    (version: number, keepMine: boolean) => {
      baseVersion.current = version;
      blocked.current = false;
      if (!keepMine) pending.current = {};
      setStatus(keepMine ? { kind: 'unsaved' } : { kind: 'saved' });
      if (keepMine) void flush();
    },
    [flush],
  );

  /** Another write made a new version (a state change): later saves continue from it, pending edits kept. */
  const continueFrom = useCallback((version: number) => {
    baseVersion.current = version;
  }, []);

  useEffect(() => {
    const now = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('beforeunload', now);
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { status, changeContent, changeMeta, flush, resolve, continueFrom, baseVersion };
}
