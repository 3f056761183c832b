import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallOutput, Channel } from '../../../shared/ipc/contract';
import { call, onEvent, type IpcError } from './ipc';

export interface CallState<T> {
  data: T | undefined;
  error: IpcError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Calls a channel, keeps its answer, and calls again when the input changes or the workspace changes. */
export function useCall<C extends Channel>(
  channel: C,
  input: CallInput<C>,
  options: { reloadOn?: Array<'workspace:changed' | 'settings:changed'> } = {},
): CallState<CallOutput<C>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data?: CallOutput<C>; error?: IpcError; loading: boolean }>({
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    call(channel, JSON.parse(key) as CallInput<C>).then(
      (data) => id === latest.current && setState({ data, loading: false }),
      (error: IpcError) => id === latest.current && setState({ error, loading: false }),
    );
  }, [channel, key, tick]);

  const events = (options.reloadOn ?? ['workspace:changed']).join(',');
  useEffect(() => {
    const offs = events
      .split(',')
      .filter(Boolean)
      .map((event) => onEvent(event as 'workspace:changed', reload));
    return () => offs.forEach((off) => off());
  }, [events, reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
