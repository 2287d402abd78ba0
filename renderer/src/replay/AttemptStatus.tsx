// Where the attempt is in save → transcribe → score, with a progress bar while it is under way.
import { isBusy, stageLabel, stageStep, type DisplayStage } from './stage';

interface AttemptStatusProps {
  stage: DisplayStage;
  scored: boolean;
  message: string | null;
}

export function AttemptStatus({ stage, scored, message }: AttemptStatusProps) {
  const step = stageStep(stage);
  const busy = isBusy(stage);
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
        {step ? <span className="muted"> · step {step.step} of {step.of}</span> : null}
      </span>
      {message ? <span className="attempt-status-message">{message}</span> : null}
      {busy ? (
        <div className="progress" aria-hidden="true">
          <div className="progress-fill" style={{ width: `${step ? ((step.step - 0.5) / step.of) * 100 : 0}%` }} />
        </div>
      ) : null}
    </div>
  );
}
