import { useEffect } from 'react';
import type { CallInput, Channel } from '../../../../shared/ipc/contract';
import { useCall } from '../../lib/use-call';
import { usePeople } from './people';

/** useCall that also reloads when the acting profile changes or a review action happened. */
export function useReviewCall<C extends Channel>(channel: C, input: CallInput<C>) {
  const state = useCall(channel, input);
  const tick = usePeople((s) => s.tick);
  const personId = usePeople((s) => s.current?.id);
  const { reload } = state;
  useEffect(() => {
    if (tick > 0 || personId) reload();
  }, [tick, personId, reload]);
  return state;
}
