// Elapsed time against the target window: a clock, a thin bar with the window marked, and a word or two.
import type { TargetWindow } from '../../../common/contract';
import { formatClock, formatWindow } from '../format/time';
import { timerBar, timerZone, zoneLabel } from './target';

export function RecordingTimer({ elapsedSec, target, active }: { elapsedSec: number; target: TargetWindow; active: boolean }) {
  const zone = timerZone(elapsedSec, target);
  const bar = timerBar(elapsedSec, target);
  return (
    <div className={`timer zone-${zone}`} data-active={active}>
      <div className="timer-row">
        <span
          className="timer-clock"
          data-testid="recording-timer"
          data-zone={zone}
          data-elapsed={elapsedSec.toFixed(2)}
          role="timer"
          aria-label={`Elapsed ${formatClock(elapsedSec)}`}
        >
          {formatClock(elapsedSec)}
        </span>
        <span className="timer-target muted">target {formatWindow(target.minSec, target.maxSec)}</span>
        <span className="timer-zone-label">{active ? zoneLabel(elapsedSec, target) : ''}</span>
      </div>
      <div className="timer-bar" aria-hidden="true">
        <div className="timer-window" style={{ left: `${bar.windowStart}%`, width: `${bar.windowEnd - bar.windowStart}%` }} />
        <div className="timer-fill" style={{ width: `${bar.fill}%` }} />
      </div>
    </div>
  );
}
