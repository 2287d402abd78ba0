// The user's settings, kept in the store as one JSON value and merged over defaults, so a setting added in
// a later version simply takes its default for existing users.
import type { Settings } from '../../common/contract';
import { DEFAULT_FILLER_WORDS } from '../analysis/score';
import type { Store } from '../store';
import { DEFAULT_DRILL_LENGTH, windowOf } from '../../common/drill-lengths';

const KEY = 'settings';


export function defaultSettings(): Settings {
  return { fillerWords: [...DEFAULT_FILLER_WORDS], target: windowOf(DEFAULT_DRILL_LENGTH), modelPath: null, inputDeviceId: null, shortcutsEnabled: true };
}

export function loadSettings(store: Store): Settings {
  return { ...defaultSettings(), ...store.getSetting<Partial<Settings>>(KEY, {}) };
}

export function saveSettings(store: Store, patch: Partial<Settings>): Settings {
  const next = { ...loadSettings(store), ...patch };
  store.setSetting(KEY, next);
  return next;
}
