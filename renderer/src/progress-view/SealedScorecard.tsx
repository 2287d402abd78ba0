// The sealed scorecard: after Stop, the score of a fresh attempt stays hidden until the user has
// predicted their delivery or skipped; then the prediction is shown beside what happened.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { AttemptDetail } from '../../../common/library';
import type { Prediction, PredictionOutcome } from '../../../common/progress';
import { api } from '../api';
import { queryKeys } from '../data/queries';
import { errorMessage } from '../format/errors';
import { formatWindow } from '../format/time';
import { PredictionForm } from './PredictionForm';
import { predictionLines } from './prediction-text';
import { progressKeys } from './useProgress';

/** Attempts recorded in this window: only these are sealed, never an old attempt opened from history. */
const fresh = new Set<number>();

export function markFreshAttempt(attemptId: number): void {
  fresh.add(attemptId);
}

/** Sealed: the setting is on, the attempt was just recorded, and there is no prediction (or skip) yet. */
export function isSealed(attempt: AttemptDetail, enabled: boolean): boolean {
  return enabled && attempt.selfEstimate === null && fresh.has(attempt.id);
}

interface SealedScorecardProps {
  attempt: AttemptDetail;
  /** The user's setting (on by default). */
  enabled: boolean;
  children: ReactNode;
}

export function SealedScorecard({ attempt, enabled, children }: SealedScorecardProps) {
  const client = useQueryClient();
  const [result, setResult] = useState<{ prediction: Prediction; outcome: PredictionOutcome } | null>(null);
  const predict = useMutation({
    mutationFn: (prediction: Prediction | { skipped: true }) => api().predictAttempt(attempt.id, prediction),
    onSuccess: (outcome, prediction) => {
      fresh.delete(attempt.id);
      if (outcome && !('skipped' in prediction)) setResult({ prediction, outcome });
      void client.invalidateQueries({ queryKey: queryKeys.attempt(attempt.id), exact: true });
      void client.invalidateQueries({ queryKey: progressKeys.all });
    },
  });
  if (isSealed(attempt, enabled)) {
    if (attempt.status !== 'scored') {
      return (
        <p className="muted" data-testid="scorecard-sealed">
          {attempt.status === 'failed'
            ? 'This attempt could not be scored.'
            : 'The scorecard stays sealed until you have guessed how it went: you will be asked once it is scored.'}
        </p>
      );
    }
    return (
      <PredictionForm
        windowText={formatWindow(attempt.targetMinSec, attempt.targetMaxSec)}
        busy={predict.isPending}
        error={predict.error ? errorMessage(predict.error) : null}
        onSubmit={(prediction) => predict.mutate(prediction)}
        onSkip={() => predict.mutate({ skipped: true })}
      />
    );
  }
  return (
    <>
      {result ? (
        <section className="prediction-result" aria-label="Your prediction against what happened" data-testid="prediction-result">
          {predictionLines(result.prediction, result.outcome).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ) : null}
      {children}
    </>
  );
}
