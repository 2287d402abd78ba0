// Whether a Whisper model is ready, and the actions that set one: pick a file, or use an installed model.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ModelStatus } from '../../../common/contract';
import { api } from '../api';
import { queryKeys } from '../data/queries';
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
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.modelStatus, queryFn: () => api().getModelStatus() });
  const [choosing, setChoosing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const show = useCallback((status: ModelStatus) => client.setQueryData(queryKeys.modelStatus, status), [client]);

  const choose = useCallback(() => {
    setChoosing(true);
    setActionError(null);
    api()
      .chooseModelFile()
      .then(show)
      .catch((e: unknown) => setActionError(errorMessage(e)))
      .finally(() => setChoosing(false));
  }, [show]);

  const activate = useCallback(
    async (name: string) => {
      setActionError(null);
      show(await api().useModel(name));
    },
    [show],
  );

  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: queryKeys.modelStatus }), [client]);
  const error = actionError ?? (query.error ? errorMessage(query.error) : null);

  return { status: query.data ?? null, choosing, error, choose, activate, refresh };
}
