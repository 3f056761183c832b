import { useEffect, useRef } from 'react';
import type { CallInput, Channel } from '../../../../shared/ipc/contract';
import { useCall } from '../../lib/use-call';
import { usePeople } from './people';

/** useCall that also reloads when the acting profile changes or a review action happened. */
export function useReviewCall<C extends Channel>(channel: C, input: CallInput<C>) {
  const state = useCall(channel, input);
  const key = `${usePeople((s) => s.tick)}:${usePeople((s) => s.current?.id ?? '')}`;
  const seen = useRef(key);
  const { reload } = state;
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    reload();
  }, [key, reload]);
  return state;
}
