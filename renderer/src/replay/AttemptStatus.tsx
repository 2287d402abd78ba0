// Where the attempt is in save → transcribe → score: the stage by name, the stretches and time left when
// main measured them, and a bar that fills with the stretches (indeterminate when their count is unknown).
import { isBusy, progressDetail, stageLabel, type DisplayStage, type StageProgress } from './stage';

interface AttemptStatusProps {
  stage: DisplayStage;
  scored: boolean;
  message: string | null;
  progress: StageProgress | undefined;
}

export function AttemptStatus({ stage, scored, message, progress }: AttemptStatusProps) {
  const busy = isBusy(stage);
  const detail = busy ? progressDetail(progress) : null;
  const fraction = detail?.fraction ?? null;
  return (
    <div
      className={`attempt-status stage-${stage}`}
      data-testid="attempt-status"
      data-stage={stage}
      data-scored={scored}
      role="status"
      aria-live="polite"
      aria-busy={busy}
    >
      <span className="attempt-status-label">
        {busy ? <span className="spinner" aria-hidden="true" /> : null}
        {stageLabel(stage, scored)}
        {detail ? (
          <span className="muted" data-testid="attempt-progress-detail">
            {' '}
            · {detail.text}
          </span>
        ) : null}
      </span>
      {message ? <span className="attempt-status-message">{message}</span> : null}
      {busy ? (
        <div className={`progress ${fraction === null ? 'progress-indeterminate' : ''}`} aria-hidden="true">
          <div className="progress-fill" style={fraction === null ? undefined : { width: `${Math.round(fraction * 100)}%` }} />
        </div>
      ) : null}
    </div>
  );
}
