// Whether a Whisper model is ready, and the actions that set one: pick a file, or use an installed model.
import { useCallback, useEffect, useState } from 'react';
import type { ModelStatus } from '../../../common/contract';
import { api } from '../api';
import { errorMessage } from '../format/errors';

export interface ModelState {
  status: ModelStatus | null;
  /** True while main's file dialog is open and the chosen file is being checked. */
  choosing: boolean;
  /** A failed call (not an invalid file, which is part of the status). */
  error: string | null;
  choose: () => void;
  /** Makes an installed model the one in use; rejects with the user-facing message. */
  activate: (name: string) => Promise<void>;
  /** Re-reads the status, e.g. after the model in use was deleted. */
  refresh: () => void;
}

export function useModelStatus(): ModelState {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

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
  }, [version]);

  const choose = useCallback(() => {
    setChoosing(true);
    setError(null);
    api()
      .chooseModelFile()
      .then(setStatus)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setChoosing(false));
  }, []);

  const activate = useCallback(async (name: string) => {
    setError(null);
    setStatus(await api().useModel(name));
  }, []);

  const refresh = useCallback(() => setVersion((n) => n + 1), []);

  return { status, choosing, error, choose, activate, refresh };
}
