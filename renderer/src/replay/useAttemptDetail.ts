// One attempt's stored detail, re-read whenever its pipeline moves on (so the transcript and scores
// appear when scoring is done). The previous detail stays on screen while the new one loads.
import { useCallback, useEffect, useState } from 'react';
import type { AttemptDetail } from '../../../common/library';
import { api } from '../api';
import { errorMessage } from '../format/errors';

export interface AttemptDetailState {
  detail: AttemptDetail | null;
  error: string | null;
}

export interface AttemptDetailHandle extends AttemptDetailState {
  /** Shows a detail main returned from a change (a corrected transcript), without reading it again. */
  replace: (detail: AttemptDetail) => void;
}

export function useAttemptDetail(attemptId: number, refreshKey: string): AttemptDetailHandle {
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

  const replace = useCallback(
    (detail: AttemptDetail) => {
      if (detail.id === attemptId) setState({ id: attemptId, detail, error: null });
    },
    [attemptId],
  );

  return state.id === attemptId ? { detail: state.detail, error: state.error, replace } : { detail: null, error: null, replace };
}
