// The recording of an attempt: the waveform (with the "um"s Whisper dropped marked on it), the STAR bar
// lined up under it, and the playback controls.
import type { RefObject } from 'react';
import type { PlayFrom } from './EvidenceChip';
import { PlayerControls } from './PlayerControls';
import type { ShownReport } from './report';
import { StarBar } from './StarBar';
import type { Player } from './useWaveform';
import { WaveformMarks } from './WaveformMarks';

interface AttemptPlayerProps {
  player: Player;
  /** The element wavesurfer draws into. */
  waveformBox: RefObject<HTMLDivElement | null>;
  report: ShownReport | null;
  onPlay: PlayFrom;
  rate: number;
  onRateChange: (rate: number) => void;
}

export function AttemptPlayer({ player, waveformBox, report, onPlay, rate, onRateChange }: AttemptPlayerProps) {
  // The waveform spans the decoded audio; before it is decoded the report's length stands in.
  const durationSec = player.duration > 0 ? player.duration : (report?.durationSec ?? 0);
  return (
    <div className="player">
      <div
        className="waveform"
        data-testid="waveform"
        data-status={player.status}
        tabIndex={player.status === 'ready' ? 0 : -1}
        role="group"
        aria-label="Waveform. Left and right arrows skip 5 seconds."
        onKeyDown={(event) => {
          if (event.key === 'ArrowLeft') player.skip(-5);
          if (event.key === 'ArrowRight') player.skip(5);
        }}
      >
        {/* wavesurfer owns this element's children; React keeps to the placeholder and marks beside it. */}
        <div className="waveform-canvas" ref={waveformBox} />
        {player.status === 'ready' && report?.vocalizedFillers ? (
          <WaveformMarks spans={report.vocalizedFillers.items} durationSec={durationSec} />
        ) : null}
        {player.status === 'loading' || player.status === 'idle' ? (
          <div className="waveform-placeholder muted">
            {player.status === 'loading'
              ? `Loading audio${player.loadPercent > 0 && player.loadPercent < 100 ? ` ${player.loadPercent}%` : '…'}`
              : 'Saving audio…'}
          </div>
        ) : null}
      </div>
      {report?.star ? <StarBar star={report.star} durationSec={durationSec} onPlay={onPlay} /> : null}
      {player.status === 'error' ? (
        <div className="inline-error" role="alert">
          <span>{player.error}</span>
          <button type="button" className="button" onClick={player.retry}>
            Try again
          </button>
        </div>
      ) : null}
      <PlayerControls player={player} rate={rate} onRateChange={onRateChange} />
    </div>
  );
}
