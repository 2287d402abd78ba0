// The user's settings as main stores them. Updates go to main and the UI shows what main saved.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../common/contract';
import { api } from '../api';
import { errorMessage } from '../format/errors';

export type SettingsPatch = Partial<Omit<Settings, 'modelPath'>>;

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  reload: () => void;
  /** Rejects with the user-facing message when main refuses the change. */
  update: (patch: SettingsPatch) => Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api()
      .getSettings()
      .then((value) => {
        if (!live) return;
        setSettings(value);
        setLoadError(null);
      })
      .catch((error: unknown) => {
        if (live) setLoadError(errorMessage(error));
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings(await api().updateSettings(patch));
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { settings, loadError, reload, update };
}
