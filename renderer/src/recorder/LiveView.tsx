// Live view while recording (a setting, off by default): the words of each stretch as soon as main has
// transcribed it, a running filler count and pace, and a chime at the end of the target window. It only
// listens: Stop never waits for it.
import { useEffect, useRef, useState } from 'react';
import type { Events, TargetWindow } from '../../../common/contract';
import { useVoicedrillEvent } from '../api';
import { chimeDue, shownWords } from './liveView';

function playChime(): void {
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.12, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.6);
  oscillator.connect(gain).connect(context.destination);
  oscillator.onended = () => void context.close();
  oscillator.start();
  oscillator.stop(context.currentTime + 0.6);
}

export function LiveView({ active, elapsedSec, target }: { active: boolean; elapsedSec: number; target: TargetWindow }) {
  const [live, setLive] = useState<Events['liveWords'] | null>(null);
  useVoicedrillEvent('liveWords', (event) => {
    if (active) setLive(event);
  });
  // A new recording starts with an empty view.
  useEffect(() => {
    if (active) setLive(null);
  }, [active]);

  const previous = useRef(elapsedSec);
  useEffect(() => {
    if (active && chimeDue(previous.current, elapsedSec, target)) playChime();
    previous.current = elapsedSec;
  }, [active, elapsedSec, target]);

  if (!active) return null;
  const { hidden, shown } = shownWords(live?.words ?? []);
  return (
    <section className="live-view" aria-label="Live view" data-testid="live-view">
      <p className="live-counts small" data-testid="live-counts">
        <span>
          Fillers: <strong data-testid="live-fillers">{live?.fillerCount ?? 0}</strong>
        </span>
        <span>
          Pace: <strong>{live?.wordsPerMinute != null ? `${Math.round(live.wordsPerMinute)} wpm` : '—'}</strong>
        </span>
      </p>
      <p className="live-words" data-testid="live-words" data-count={live?.words.length ?? 0}>
        {shown.length === 0 ? (
          <span className="muted">Your words appear here after each pause.</span>
        ) : (
          <>
            {hidden > 0 ? '… ' : ''}
            {shown.join(' ')}
          </>
        )}
      </p>
    </section>
  );
}
