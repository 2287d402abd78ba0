// A question's attempts, newest first. Progress events for the question make the list stale (see
// data/queries.ts), so statuses and scores fill in as attempts finish; the list stays on screen meanwhile.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AttemptSummary } from '../../../common/library';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';
import { newestFirst } from './order';

export interface AttemptsState {
  attempts: AttemptSummary[] | null;
  error: string | null;
  reload: () => void;
}

export function useAttempts(questionId: number): AttemptsState {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.attempts(questionId),
    queryFn: () => api().listAttempts(questionId),
    select: newestFirst,
  });
  const reload = useCallback(
    () => void client.invalidateQueries({ queryKey: queryKeys.attempts(questionId), exact: true }),
    [client, questionId],
  );
  return { attempts: query.data ?? null, error: query.error ? errorMessage(query.error) : null, reload };
}
