// One attempt's stored detail, re-read whenever its pipeline moves on (so the transcript and scores
// appear when scoring is done). The previous detail stays on screen while the new one loads.
import { useEffect, useState } from 'react';
import type { AttemptDetail } from '../../../native/store/types';
import { api } from '../api';
import { errorMessage } from '../format/errors';

export interface AttemptDetailState {
  detail: AttemptDetail | null;
  error: string | null;
}

export function useAttemptDetail(attemptId: number, refreshKey: string): AttemptDetailState {
  const [state, setState] = useState<AttemptDetailState & { id: number }>({ id: attemptId, detail: null, error: null });

  useEffect(() => {
    let live = true;
    api()
      .getAttempt(attemptId)
      .then((detail) => {
        if (live) setState({ id: attemptId, detail, error: null });
      })
      .catch((error: unknown) => {
        if (live) setState((s) => ({ id: attemptId, detail: s.id === attemptId ? s.detail : null, error: errorMessage(error) }));
      });
    return () => {
      live = false;
    };
  }, [attemptId, refreshKey]);

  return state.id === attemptId ? state : { detail: null, error: null };
}
