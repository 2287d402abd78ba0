// Marks drawn over the waveform: the "um"s Whisper left out of the transcript. Plain positioned elements
// (the overlay matches the waveform's drawing area), so they follow resizes without wavesurfer plugins.
import type { TimeSpan } from '../../../common/report';

/** Narrower marks would vanish between the waveform's bars. */
const MIN_WIDTH_PX = 4;

export function WaveformMarks({ spans, durationSec }: { spans: readonly TimeSpan[]; durationSec: number }) {
  if (durationSec <= 0 || spans.length === 0) return null;
  const pct = (sec: number): number => Math.min(100, Math.max(0, (sec / durationSec) * 100));
  return (
    <div className="waveform-marks" aria-hidden="true">
      {spans.map((span) => (
        <span
          key={span.start}
          className="waveform-mark"
          data-testid="vocalized-marker"
          data-start={span.start.toFixed(2)}
          style={{ left: `${pct(span.start)}%`, width: `max(${MIN_WIDTH_PX}px, ${pct(span.end) - pct(span.start)}%)` }}
        />
      ))}
    </div>
  );
}
