// The setting behind the sealed scorecard: predict your delivery before the score is shown (on by default).
import { useState } from 'react';
import type { SettingsPatch } from '../../../common/contract';
import { errorMessage } from '../format/errors';

export function SealToggle({ enabled, update }: { enabled: boolean; update: (patch: SettingsPatch) => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby="seal-title">
      <h3 id="seal-title">Scorecard</h3>
      <div className="settings-toggle">
        <label className="checkbox-label">
          <input
            type="checkbox"
            data-testid="seal-scorecard"
            checked={enabled}
            onChange={(event) => {
              setError(null);
              update({ sealScorecard: event.target.checked }).catch((reason: unknown) => setError(errorMessage(reason)));
            }}
          />
          Predict before the score is shown
        </label>
        <p className="muted small">
          After each recording, guess your duration, fillers and chance of landing in the window, or skip. Progress shows how your
          sense of your own delivery sharpens.
        </p>
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
