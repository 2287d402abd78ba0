// The user's settings, kept in the store as one JSON value and merged over defaults, so a setting added in
// a later version simply takes its default for existing users.
import type { Settings, SettingsPatch } from '../../common/contract';
import { DEFAULT_FILLER_WORDS } from '../analysis/score';
import type { Store } from '../store';
import { DEFAULT_DRILL_LENGTH, windowOf } from '../../common/drill-lengths';

const KEY = 'settings';

export function defaultSettings(): Settings {
  return {
    fillerWords: [...DEFAULT_FILLER_WORDS],
    target: windowOf(DEFAULT_DRILL_LENGTH),
    modelPath: null,
    inputDeviceId: null,
    shortcutsEnabled: true,
    liveView: false,
    sealScorecard: true,
  };
}

export function loadSettings(store: Store): Settings {
  return { ...defaultSettings(), ...store.getSetting<Partial<Settings>>(KEY, {}) };
}

export function saveSettings(store: Store, patch: Partial<Settings>): Settings {
  // A key sent as undefined leaves the setting as it is rather than erasing it.
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const next = { ...loadSettings(store), ...defined };
  store.setSetting(KEY, next);
  return next;
}

/** The settings as a service: what the renderer may change, and the model, which only the model service sets. */
export class SettingsService {
  constructor(private readonly store: Store) {}

  get(): Settings {
    return loadSettings(this.store);
  }

  update(patch: SettingsPatch): Settings {
    return saveSettings(this.store, patch);
  }

  setModelPath(modelPath: string | null): void {
    saveSettings(this.store, { modelPath });
  }
}
