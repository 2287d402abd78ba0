// The user's settings as main stores them. Updates go to main and the UI shows what main saved.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Settings, SettingsPatch } from '../../../common/contract';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';

export type { SettingsPatch } from '../../../common/contract';

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  reload: () => void;
  /** Rejects with the user-facing message when main refuses the change. */
  update: (patch: SettingsPatch) => Promise<void>;
}

export function useSettings(): SettingsState {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.settings, queryFn: () => api().getSettings() });

  const update = useCallback(
    async (patch: SettingsPatch) => {
      client.setQueryData(queryKeys.settings, await api().updateSettings(patch));
    },
    [client],
  );

  const reload = useCallback(() => void client.invalidateQueries({ queryKey: queryKeys.settings }), [client]);

  return { settings: query.data ?? null, loadError: query.error ? errorMessage(query.error) : null, reload, update };
}
