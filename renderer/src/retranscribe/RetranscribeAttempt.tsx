// Re-transcribing one attempt from replay: which model made its transcript, a button to transcribe it again
// with the model in use, its progress (the old transcript stays on screen until the new one is stored), a
// Cancel, and a failure's reason with Try again. A correction the user made is kept, and the control says so.
import { useState } from 'react';
import type { AttemptDetail } from '../../../common/library';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import { progressDetail, progressFromEvent } from '../replay/stage';
import { attemptInRuns } from './runs';
import { useActiveModel, useRetranscribeRuns } from './useRetranscribe';
import './retranscribe.css';

interface RetranscribeAttemptProps {
  detail: AttemptDetail;
  onOpenModels: () => void;
}

export function RetranscribeAttempt({ detail, onOpenModels }: RetranscribeAttemptProps) {
  const activeModel = useActiveModel();
  const live = attemptInRuns(useRetranscribeRuns(), detail.id);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (detail.report === null || !detail.hasRecording) return null;

  const act = (work: () => Promise<unknown>): void => {
    setStarting(true);
    setError(null);
    work()
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setStarting(false));
  };
  const start = (): void => act(() => api().retranscribe({ kind: 'attempts', attemptIds: [detail.id] }));
  const pending = detail.retranscription?.state === 'pending';
  const failed = detail.retranscription?.state === 'failed' ? detail.retranscription : null;
  const corrected = detail.transcriptSource === 'corrected';

  return (
    <div className="retranscribe" role="group" aria-label="Re-transcribe" data-testid="retranscribe-attempt">
      {live || pending ? (
        <Busy
          model={live?.run.model ?? detail.retranscription?.model ?? ''}
          stage={live?.stage ?? 'queued'}
          detail={
            live?.current && live.stage === 'transcribing'
              ? progressDetail(progressFromEvent({ ...live.current, stage: 'transcribing' }))
              : null
          }
          onCancel={live ? () => act(() => api().cancelRetranscribe(live.run.runId)) : null}
          bulk={live !== null && live.run.total > 1}
        />
      ) : (
        <>
          {failed ? (
            <p className="retranscribe-failed" data-testid="retranscribe-failed">
              <strong>Re-transcribing with {failed.model} did not finish.</strong> {failed.error}
            </p>
          ) : null}
          <div className="retranscribe-row">
            <span className="muted small" data-testid="transcribed-with">
              Transcribed with {detail.model ?? 'an unrecorded model'}
              {detail.model !== null && detail.model === activeModel ? ' (the model in use)' : ''}.
            </span>
            {activeModel ? (
              <button
                type="button"
                className="button button-small"
                data-testid="retranscribe-button"
                disabled={starting}
                aria-busy={starting}
                aria-describedby={corrected ? `retranscribe-kept-${detail.id}` : undefined}
                onClick={start}
              >
                {failed ? 'Try again' : `Re-transcribe with ${activeModel}`}
              </button>
            ) : (
              <button type="button" className="button button-small" onClick={onOpenModels}>
                Choose a model to re-transcribe
              </button>
            )}
            {failed ? (
              <button
                type="button"
                className="button button-ghost button-small"
                data-testid="retranscribe-dismiss"
                onClick={() => act(() => api().dismissRetranscribeFailure(detail.id))}
              >
                Dismiss
              </button>
            ) : null}
          </div>
          {corrected && activeModel ? (
            <p className="muted small" id={`retranscribe-kept-${detail.id}`} data-testid="retranscribe-keeps-correction">
              Your corrected transcript is kept: it is re-timed to the new words and stays what is scored. “Revert to Whisper’s”
              then shows the new model’s words.
            </p>
          ) : null}
        </>
      )}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface BusyProps {
  model: string;
  stage: string;
  detail: { text: string; fraction: number | null } | null;
  onCancel: (() => void) | null;
  bulk: boolean;
}

function Busy({ model, stage, detail, onCancel, bulk }: BusyProps) {
  const label =
    stage === 'queued'
      ? `Queued to re-transcribe with ${model}`
      : stage === 'scoring'
        ? 'Scoring the new transcript'
        : `Re-transcribing with ${model}`;
  return (
    <div className="retranscribe-row" role="status" aria-live="polite" data-testid="retranscribe-status" data-stage={stage}>
      <span>
        <span className="spinner" aria-hidden="true" /> {label}
        {detail ? <span className="muted"> · {detail.text}</span> : null}
        <span className="muted"> · the current transcript stays until the new one is ready.</span>
      </span>
      {onCancel ? (
        <button type="button" className="button button-ghost button-small" data-testid="retranscribe-cancel" onClick={onCancel}>
          {bulk ? 'Cancel the whole run' : 'Cancel'}
        </button>
      ) : null}
    </div>
  );
}
