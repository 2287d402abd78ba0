// The sealed scorecard: before the score is shown, the user predicts their duration, filler count, the
// chance they landed in the window and an overall 1–5, or skips. Any field may be left blank.
import { useState, type FormEvent } from 'react';
import type { Prediction } from '../../../common/progress';

interface PredictionFormProps {
  windowText: string;
  busy: boolean;
  error: string | null;
  onSubmit: (prediction: Prediction) => void;
  onSkip: () => void;
}

function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

export function PredictionForm({ windowText, busy, error, onSubmit, onSkip }: PredictionFormProps) {
  const [duration, setDuration] = useState('');
  const [fillers, setFillers] = useState('');
  const [chance, setChance] = useState('');
  const [overall, setOverall] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const percent = numberOrNull(chance);
    onSubmit({
      durationSec: numberOrNull(duration),
      fillerCount: numberOrNull(fillers),
      inWindowChance: percent === null ? null : percent / 100,
      overall: numberOrNull(overall),
    });
  };
  return (
    <form className="prediction" aria-labelledby="prediction-title" onSubmit={submit} data-testid="prediction-form">
      <h2 id="prediction-title">Before you see the score: how did it go?</h2>
      <p className="muted">
        Your guesses are scored against what happened, so you can see your sense of your own delivery sharpen.
      </p>
      <div className="prediction-fields">
        <label>
          Duration (seconds)
          <input inputMode="decimal" value={duration} onChange={(e) => setDuration(e.target.value)} disabled={busy} />
        </label>
        <label>
          Fillers (count)
          <input inputMode="numeric" value={fillers} onChange={(e) => setFillers(e.target.value)} disabled={busy} />
        </label>
        <label>
          Chance you landed in {windowText} (%)
          <input inputMode="numeric" value={chance} onChange={(e) => setChance(e.target.value)} disabled={busy} />
        </label>
        <fieldset disabled={busy}>
          <legend>Overall</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="prediction-overall">
              <input
                type="radio"
                name="overall"
                value={value}
                checked={overall === String(value)}
                onChange={() => setOverall(String(value))}
              />
              {value}
            </label>
          ))}
        </fieldset>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="prediction-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Reveal the score
        </button>
        <button type="button" className="button" onClick={onSkip} disabled={busy}>
          Skip
        </button>
      </div>
    </form>
  );
}
