// Re-transcribing many attempts at once: what the scope holds ("12 attempts were transcribed with base.en"),
// a confirmation that says what happens to scores and corrections, then the run's progress (n of N, the
// attempt in hand) with Cancel, and how it ended. Nothing starts without the user's confirmation.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RetranscribeScope } from '../../../common/retranscribe';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import { progressDetail, progressFromEvent } from '../replay/stage';
import { activeBulkRun, correctionSentence, previewSentence, runSummary, type RunView } from './runs';
import { useActiveModel, useRetranscribePreview, useRetranscribeRuns } from './useRetranscribe';
import './retranscribe.css';

interface RetranscribeBulkProps {
  scope: RetranscribeScope;
  /** Names what the scope covers in the heading: "Attempts made with another model". */
  title: string;
  testId: string;
}

export function RetranscribeBulk({ scope, title, testId }: RetranscribeBulkProps) {
  const activeModel = useActiveModel();
  const preview = useRetranscribePreview(scope, activeModel);
  const runs = useRetranscribeRuns();
  const [runId, setRunId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Into the confirmation, focus goes to its button; back out, to the button that opened it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // A run started from here, or one already going when the control opened (the dialog was closed meanwhile).
  const run = (runId ? runs.get(runId) : undefined) ?? activeBulkRun(runs);
  const headingId = `${testId}-title`;
  const shell = (children: ReactNode) => (
    <section className="retranscribe-bulk" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>{title}</h3>
      {children}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );

  if (run && run.state === 'running')
    return shell(
      <RunProgress
        run={run}
        onCancel={() =>
          void api()
            .cancelRetranscribe(run.runId)
            .catch((e: unknown) => setError(errorMessage(e)))
        }
      />,
    );
  const ended = run ? (
    <div className="retranscribe-row" role="status" data-testid="retranscribe-summary" data-state={run.state}>
      <span>{runSummary(run)}</span>
      <button type="button" className="button button-ghost button-small" onClick={() => setRunId(null)}>
        OK
      </button>
    </div>
  ) : null;
  const shown = preview.data;
  if (!activeModel || !shown || shown.total === 0) return ended || error ? shell(ended) : null;

  const start = (): void => {
    setBusy(true);
    setError(null);
    api()
      .retranscribe(scope)
      .then((started) => {
        setRunId(started.runId);
        setConfirming(false);
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  const kept = correctionSentence(shown.corrected);
  const count = `${shown.total} attempt${shown.total === 1 ? '' : 's'}`;

  return shell(
    <>
      {ended}
      <p data-testid="retranscribe-preview">
        {previewSentence(shown)} Their numbers stay as they are unless you re-transcribe them with {activeModel}.
      </p>
      {confirming ? (
        <div className="retranscribe-confirm" role="group" aria-label="Confirm re-transcribing">
          <p>
            Re-transcribe {count} with {activeModel}? Each keeps its current transcript and scores until the new ones are stored,
            and the progress charts will mark the change of model. You can cancel at any time.
          </p>
          {kept ? <p className="muted small">{kept}</p> : null}
          <div className="row-end">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Not now
            </button>
            <button
              ref={confirmButton}
              type="button"
              className="button button-primary"
              data-testid="retranscribe-confirm"
              disabled={busy}
              aria-busy={busy}
              onClick={start}
            >
              Re-transcribe {count}
            </button>
          </div>
        </div>
      ) : (
        <div className="row-end">
          <button
            ref={openButton}
            type="button"
            className="button"
            data-testid="retranscribe-bulk-open"
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
          >
            Re-transcribe…
          </button>
        </div>
      )}
    </>,
  );
}

function RunProgress({ run, onCancel }: { run: RunView; onCancel: () => void }) {
  const current = run.current;
  const detail =
    current?.stage === 'transcribing' ? progressDetail(progressFromEvent({ ...current, stage: 'transcribing' })) : null;
  const percent = run.total === 0 ? 0 : Math.round((run.done / run.total) * 100);
  return (
    <>
      <div
        className="retranscribe-row"
        role="status"
        aria-live="polite"
        data-testid="retranscribe-run"
        data-done={run.done}
        data-total={run.total}
      >
        <span>
          Re-transcribing with {run.model}: {run.done} of {run.total} done
          {run.failed > 0 ? `, ${run.failed} failed (earlier results kept)` : ''}
          {detail ? <span className="muted"> · this attempt: {detail.text}</span> : null}
        </span>
        <button type="button" className="button button-small" data-testid="retranscribe-run-cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={`Re-transcribing with ${run.model}`}
        aria-valuemin={0}
        aria-valuemax={run.total}
        aria-valuenow={run.done}
        aria-valuetext={`${run.done} of ${run.total}`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </>
  );
}
