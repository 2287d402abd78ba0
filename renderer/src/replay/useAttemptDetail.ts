// One attempt's stored detail. Progress events for the attempt make it stale (see data/queries.ts), so the
// transcript and scores appear when scoring is done; the previous detail stays on screen while it reloads.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AttemptDetail } from '../../../common/library';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';

export interface AttemptDetailState {
  detail: AttemptDetail | null;
  error: string | null;
}

export interface AttemptDetailHandle extends AttemptDetailState {
  /** Shows a detail main returned from a change (a corrected transcript), without reading it again. */
  replace: (detail: AttemptDetail) => void;
}

export function useAttemptDetail(attemptId: number): AttemptDetailHandle {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.attempt(attemptId), queryFn: () => api().getAttempt(attemptId) });

  const replace = useCallback(
    (detail: AttemptDetail) => {
      if (detail.id === attemptId) client.setQueryData(queryKeys.attempt(attemptId), detail);
    },
    [client, attemptId],
  );

  return { detail: query.data ?? null, error: query.error ? errorMessage(query.error) : null, replace };
}
