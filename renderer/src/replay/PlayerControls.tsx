// Play/pause, position and speed under the waveform.
import { useSyncExternalStore } from 'react';
import { formatClock } from '../format/time';
import { Kbd } from '../ui/Kbd';
import type { Player } from './useWaveform';

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const;

interface PlayerControlsProps {
  player: Player;
  rate: number;
  onRateChange: (rate: number) => void;
}

export function PlayerControls({ player, rate, onRateChange }: PlayerControlsProps) {
  const ready = player.status === 'ready';
  return (
    <div className="player-controls">
      <button
        type="button"
        className="button play-button"
        data-testid="play-button"
        data-playing={player.playing}
        aria-label={player.playing ? 'Pause playback' : 'Play recording'}
        disabled={!ready}
        onClick={player.playPause}
      >
        <span className={player.playing ? 'icon-pause' : 'icon-play'} aria-hidden="true" />
        {player.playing ? 'Pause' : 'Play'}
      </button>
      <PlaybackTime player={player} />
      <span className="hint">
        <Kbd>P</Kbd> play/pause
      </span>
      <label className="speed">
        <span className="field-label">Speed</span>
        <select
          className="select select-small"
          data-testid="speed-select"
          aria-label="Playback speed"
          value={String(rate)}
          onChange={(event) => onRateChange(Number(event.target.value))}
        >
          {PLAYBACK_RATES.map((r) => (
            <option key={r} value={String(r)}>
              {r}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function PlaybackTime({ player }: { player: Player }) {
  const time = useSyncExternalStore(player.clock.subscribe, player.clock.get);
  return (
    <span className="playback-time" data-testid="playback-time" data-time={time.toFixed(2)}>
      {formatClock(time)} <span className="muted">/ {formatClock(player.duration)}</span>
    </span>
  );
}
