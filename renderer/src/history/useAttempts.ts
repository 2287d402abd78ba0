// A question's attempts, newest first. Reloaded on every progress event for that question so statuses
// and scores fill in as attempts finish; the current list stays on screen while reloading.
import { useCallback, useEffect, useState } from 'react';
import type { AttemptSummary } from '../../../common/library';
import { api, useVoicedrillEvent } from '../api';
import { errorMessage } from '../format/errors';
import { newestFirst } from './order';

export interface AttemptsState {
  attempts: AttemptSummary[] | null;
  error: string | null;
  reload: () => void;
}

export function useAttempts(questionId: number): AttemptsState {
  const [state, setState] = useState<{ questionId: number; attempts: AttemptSummary[] | null; error: string | null }>({
    questionId,
    attempts: null,
    error: null,
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useVoicedrillEvent('attemptProgress', (progress) => {
    if (progress.questionId === questionId) reload();
  });

  useEffect(() => {
    let live = true;
    api()
      .listAttempts(questionId)
      .then((attempts) => {
        if (live) setState({ questionId, attempts: newestFirst(attempts), error: null });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState((s) => ({
          questionId,
          attempts: s.questionId === questionId ? s.attempts : null,
          error: errorMessage(error),
        }));
      });
    return () => {
      live = false;
    };
  }, [questionId, version]);

  return state.questionId === questionId
    ? { attempts: state.attempts, error: state.error, reload }
    : { attempts: null, error: null, reload };
}
