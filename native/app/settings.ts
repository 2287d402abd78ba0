// The user's settings, kept in the store as one JSON value and merged over defaults, so a setting added in
// a later version simply takes its default for existing users.
import type { Settings } from '../../electron/contract';
import { DEFAULT_FILLER_WORDS } from '../analysis/score';
import type { DrillLength, Store } from '../store';

const KEY = 'settings';

export const DRILL_TARGETS: Record<DrillLength, { minSec: number; maxSec: number }> = {
  elevator: { minSec: 20, maxSec: 35 },
  full: { minSec: 60, maxSec: 90 },
  deep: { minSec: 150, maxSec: 180 },
};

export function defaultSettings(): Settings {
  return { fillerWords: [...DEFAULT_FILLER_WORDS], target: { ...DRILL_TARGETS.full }, modelPath: null, inputDeviceId: null };
}

export function loadSettings(store: Store): Settings {
  return { ...defaultSettings(), ...store.getSetting<Partial<Settings>>(KEY, {}) };
}

export function saveSettings(store: Store, patch: Partial<Settings>): Settings {
  const next = { ...loadSettings(store), ...patch };
  store.setSetting(KEY, next);
  return next;
}

/** The drill length a target window belongs to, for grouping attempts across sessions. */
export function drillLengthFor(target: { minSec: number; maxSec: number }): DrillLength {
  if (target.maxSec <= 45) return 'elevator';
  if (target.maxSec >= 150) return 'deep';
  return 'full';
}
