// Plays a search hit from its moment: the attempt's recording, started at the matched word once loaded.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../common/progress';
import { PlayerControls } from '../replay/PlayerControls';
import { useWaveform } from '../replay/useWaveform';

export function HitPlayer({ hit }: { hit: SearchHit }) {
  const box = useRef<HTMLDivElement>(null);
  const [rate, setRate] = useState(1);
  const player = useWaveform(box, hit.attemptId, true, rate);
  const started = useRef<string | null>(null);
  const key = `${hit.attemptId}@${hit.atSec}`;
  const { status, playFrom } = player;
  useEffect(() => {
    // Once per hit: later play/pause is the user's.
    if (status === 'ready' && started.current !== key) {
      started.current = key;
      playFrom(hit.atSec);
    }
  }, [status, playFrom, hit.atSec, key]);
  return (
    <section className="hit-player" aria-label={`Recording of ${hit.question}`} data-testid="hit-player" data-status={status}>
      <div className="waveform" data-status={status}>
        <div className="waveform-canvas" ref={box} />
      </div>
      {status === 'error' ? (
        <p className="inline-error" role="alert">
          {player.error}
        </p>
      ) : null}
      <PlayerControls player={player} rate={rate} onRateChange={setRate} />
    </section>
  );
}
