// The renderer's view of re-transcription: the runs main reports on (kept for the window's lifetime, so a
// dialog opened mid-run shows it), the preview of a scope, and the model in use.
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { RetranscribeScope } from '../../../common/retranscribe';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { ValueStore } from '../ui/store';
import { applyProgress, type Runs } from './runs';

const runs = new ValueStore<Runs>(new Map());
let listening = false;

/** Subscribes once, on first use, and for good: a run's events matter whether or not a control is on screen. */
function listen(): void {
  if (listening) return;
  listening = true;
  api().on('retranscribeProgress', (event) => runs.set(applyProgress(runs.get(), event)));
}

export function useRetranscribeRuns(): Runs {
  listen();
  return useSyncExternalStore(runs.subscribe, runs.get);
}

/** What re-transcribing the scope would do with the model in use; fetched again when a control showing it mounts. */
export function useRetranscribePreview(scope: RetranscribeScope, activeModel: string | null) {
  return useQuery({
    queryKey: [...queryKeys.retranscribePreview(scope), activeModel],
    queryFn: () => api().retranscribePreview(scope),
    enabled: activeModel !== null,
    staleTime: 0,
  });
}

/** The file name of the model in use, or null when none is ready. */
export function useActiveModel(): string | null {
  const query = useQuery({ queryKey: queryKeys.modelStatus, queryFn: () => api().getModelStatus() });
  return query.data?.state === 'ready' ? query.data.name : null;
}
