// The renderer's one query layer: what main's data is cached under, and which events make which of it
// stale. Plain TypeScript (no React) so the mapping is tested under Node.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import type { EventName, Events } from '../../../common/contract';
import type { RetranscribeScope } from '../../../common/retranscribe';

export const queryKeys = {
  questions: ['questions'],
  attempts: (questionId: number) => ['attempts', questionId],
  attempt: (attemptId: number) => ['attempt', attemptId],
  settings: ['settings'],
  modelStatus: ['modelStatus'],
  models: ['models'],
  retranscribePreview: (scope: RetranscribeScope) => ['retranscribePreview', scope],
} as const satisfies Record<string, QueryKey | ((id: number) => QueryKey) | ((scope: RetranscribeScope) => QueryKey)>;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Main is local: a failed call is shown at once rather than retried, and focus changes fetch nothing.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/** The queries an event from main makes stale. */
export function staleAfter<E extends EventName>(name: E, payload: Events[E]): QueryKey[] {
  if (name === 'attemptProgress') {
    const progress = payload as Events['attemptProgress'];
    return [queryKeys.attempts(progress.questionId), queryKeys.attempt(progress.attemptId)];
  }
  if (name === 'rescoreProgress') {
    // Once an upgrade's re-scoring ends, every history and scorecard shows the new verdicts.
    const { done, total } = payload as Events['rescoreProgress'];
    return done === total ? [['attempts'], ['attempt']] : [];
  }
  // The empty key matches every query: after a restore or a deletion nothing cached is true any more.
  if (name === 'libraryReplaced') return [[]];
  if (name === 'retranscribeProgress') {
    // An attempt queued or through: its detail (old or new transcript, notice) and every chart and preview.
    const { attemptId, questionId, stage } = payload as Events['retranscribeProgress'];
    if (attemptId === null || questionId === null || stage === 'transcribing' || stage === 'scoring') return [];
    return [queryKeys.attempts(questionId), queryKeys.attempt(attemptId), ['progress'], ['retranscribePreview']];
  }
  if (name === 'modelDownload') {
    const { state } = payload as Events['modelDownload'];
    return state === 'downloading' || state === 'verifying' ? [] : [queryKeys.models];
  }
  return [];
}

export function invalidateFor<E extends EventName>(client: QueryClient, name: E, payload: Events[E]): void {
  // By prefix: ['attempts', 1] matches only itself, ['attempts'] every question's attempts.
  for (const queryKey of staleAfter(name, payload)) void client.invalidateQueries({ queryKey });
}
