// A failed attempt, in words the user can act on: what happened (the sentence main stored), Retry, and
// "Choose another model" when the model is the likely cause. The developer detail is in the log file.
import { useState } from 'react';
import { api } from '../api';
import { errorMessage } from '../format/errors';

interface FailedAttemptProps {
  attemptId: number;
  reason: string | null;
  onOpenModels: () => void;
}

export function FailedAttempt({ attemptId, reason, onOpenModels }: FailedAttemptProps) {
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = (): void => {
    setRetrying(true);
    setError(null);
    // Progress events then move the attempt on; the button stays busy until this view is replaced.
    api()
      .retryAttempt(attemptId)
      .catch((e: unknown) => {
        setError(errorMessage(e));
        setRetrying(false);
      });
  };
  return (
    <div className="failed-attempt" role="group" aria-labelledby={`failed-${attemptId}`} data-testid="failed-attempt">
      <p id={`failed-${attemptId}`} className="failed-attempt-reason">
        <strong>This attempt couldn’t be transcribed.</strong> {reason ?? 'Something went wrong while transcribing it.'}
      </p>
      <div className="row-end">
        <button type="button" className="button" data-testid="choose-another-model" onClick={onOpenModels}>
          Choose another model
        </button>
        <button type="button" className="button button-primary" data-testid="retry-attempt" disabled={retrying} onClick={retry}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
