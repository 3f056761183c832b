import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { draftRefusalSchema, type DraftRefusal } from '../../../../shared/domain/draft';
import { isJobFinished, type Job } from '../../../../shared/domain/jobs';
import { call, IpcError, onEvent } from '../../lib/ipc';
import { openDraft } from '../../lib/links';

const draftsResultSchema = z.object({
  drafts: z.array(z.object({ id: z.string(), topicId: z.string() }).loose()),
  refusals: z.array(draftRefusalSchema),
});

export type DraftState =
  | { status: 'idle' }
  | { status: 'running'; job: Job | null }
  | { status: 'refused'; refusal: DraftRefusal }
  | { status: 'failed'; error: unknown };

/** "Draft article" for one topic: starts the drafting job, follows it, opens the draft or says why not. */
export function useDraftArticle(topicId: string) {
  const [state, setState] = useState<DraftState>({ status: 'idle' });
  const unsubscribe = useRef<(() => void) | null>(null);
  useEffect(() => () => unsubscribe.current?.(), []);

  const follow = useCallback(
    (job: Job) => {
      if (!isJobFinished(job)) return setState({ status: 'running', job });
      unsubscribe.current?.();
      unsubscribe.current = null;
      if (job.state === 'cancelled') return setState({ status: 'idle' });
      if (job.state === 'failed') return setState({ status: 'failed', error: job.error ? new IpcError(job.error.code, job.error.message) : null });
      const result = draftsResultSchema.safeParse(job.result);
      const draft = result.success ? (result.data.drafts.find((d) => d.topicId === topicId) ?? result.data.drafts[0]) : undefined;
      if (draft) {
        setState({ status: 'idle' });
        return openDraft(draft.id);
      }
      const refusal = result.success ? result.data.refusals[0] : undefined;
      setState(refusal ? { status: 'refused', refusal } : { status: 'failed', error: null });
    },
    [topicId],
  );

  const start = useCallback(async () => {
    unsubscribe.current?.();
    // Events can arrive before the call returns the job's id: keep them until it does.
    const seen = new Map<string, Job>();
    let id: string | null = null;
    unsubscribe.current = onEvent('job:progress', (job) => {
      if (job.kind !== 'drafts.generate') return;
      if (id === null) seen.set(job.id, job);
      else if (job.id === id) follow(job);
    });
    setState({ status: 'running', job: null });
    try {
      const job = await call('drafts:generate', { topicIds: [topicId] });
      id = job.id;
      follow(seen.get(job.id) ?? job);
    } catch (error) {
      unsubscribe.current?.();
      unsubscribe.current = null;
      setState({ status: 'failed', error });
    }
  }, [topicId, follow]);

  const cancel = useCallback(() => {
    if (state.status === 'running' && state.job) void call('jobs:cancel', { id: state.job.id });
  }, [state]);

  return { state, start, cancel };
}
