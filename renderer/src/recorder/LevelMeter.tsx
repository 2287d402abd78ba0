// The live input level, so the user can check the microphone before recording.
import { useSyncExternalStore } from 'react';
import type { LevelMeterStore } from './levelMeterStore';

export function LevelMeter({ store, active }: { store: LevelMeterStore; active: boolean }) {
  const { level, clipping } = useSyncExternalStore(store.subscribe, store.get);
  const shown = active ? level : 0;
  return (
    <div className="level">
      <div
        className="level-meter"
        data-testid="level-meter"
        data-level={shown.toFixed(2)}
        data-clipping={clipping}
        role="meter"
        aria-label="Microphone level"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={shown}
      >
        <div className="level-cover" style={{ transform: `scaleX(${1 - shown})` }} />
      </div>
      <span className={`level-note ${clipping ? 'warn-text' : 'muted'}`} aria-live="polite">
        {!active ? 'Mic off' : clipping ? 'Too loud — move back a little' : shown > 0.05 ? 'Mic on' : 'Silent'}
      </span>
    </div>
  );
}
