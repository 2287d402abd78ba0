// Whether a Whisper model is ready, and the action that lets the user pick one.
import { useCallback, useEffect, useState } from 'react';
import type { ModelStatus } from '../../../electron/contract';
import { api } from '../api';
import { errorMessage } from '../format/errors';

export interface ModelState {
  status: ModelStatus | null;
  /** True while main's file dialog is open and the chosen file is being checked. */
  choosing: boolean;
  /** A failed call (not an invalid file, which is part of the status). */
  error: string | null;
  choose: () => void;
}

export function useModelStatus(): ModelState {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api()
      .getModelStatus()
      .then((value) => {
        if (live) setStatus(value);
      })
      .catch((e: unknown) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, []);

  const choose = useCallback(() => {
    setChoosing(true);
    setError(null);
    api()
      .chooseModelFile()
      .then(setStatus)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setChoosing(false));
  }, []);

  return { status, choosing, error, choose };
}
