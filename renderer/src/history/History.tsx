// The question's attempts, newest first, with delete behind an in-app confirmation.
import { useState } from 'react';
import type { AttemptSummary } from '../../../common/library';
import type { AttemptLink } from '../../../common/practice';
import { threadAttempts } from '../library/threads';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import { formatClock, formatWhen } from '../format/time';
import type { StageProgress } from '../replay/stage';
import { Modal } from '../ui/Modal';
import { HistoryRow } from './HistoryRow';

interface HistoryProps {
  attempts: AttemptSummary[] | null;
  /** Threads and notes: a follow-up answer shows under the answer it followed up on. */
  links: ReadonlyMap<number, AttemptLink>;
  error: string | null;
  progress: ReadonlyMap<number, StageProgress>;
  selectedId: number | null;
  onOpen: (attemptId: number) => void;
  onDeleted: (attemptId: number) => void;
}

export function History({ attempts, links, error, progress, selectedId, onOpen, onDeleted }: HistoryProps) {
  const [pending, setPending] = useState<AttemptSummary | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const close = (): void => {
    if (deleting) return;
    setPending(null);
    setDeleteError(null);
  };

  const confirm = (): void => {
    if (!pending) return;
    const id = pending.id;
    setDeleting(true);
    setDeleteError(null);
    api()
      .deleteAttempt(id)
      .then(() => {
        setPending(null);
        onDeleted(id);
      })
      .catch((e: unknown) => setDeleteError(errorMessage(e)))
      .finally(() => setDeleting(false));
  };

  return (
    <section className="card history" aria-labelledby="history-title" data-testid="history">
      <header className="card-header">
        <h2 className="card-title" id="history-title">
          History
        </h2>
        {attempts && attempts.length > 0 ? (
          <span className="muted small">
            {attempts.length} {attempts.length === 1 ? 'attempt' : 'attempts'}
          </span>
        ) : null}
      </header>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      {attempts === null && !error ? <p className="muted">Loading…</p> : null}
      {attempts?.length === 0 ? (
        <p className="muted" data-testid="history-empty">
          No attempts yet. Press Record (or Space) and answer out loud.
        </p>
      ) : null}
      {attempts && attempts.length > 0 ? (
        <>
          <div className="history-head" aria-hidden="true">
            <span>When</span>
            <span>Length</span>
            <span className="h-num">WPM</span>
            <span className="h-num">Fillers/min</span>
            <span className="h-check">Metric</span>
            <span className="h-check">Reflect.</span>
            <span>Status</span>
            <span />
          </div>
          <ul className="history-list" aria-label="Attempts, newest first">
            {threadAttempts(attempts, links).map(({ attempt, depth, link }) => (
              <HistoryRow
                key={attempt.id}
                attempt={attempt}
                depth={depth}
                link={link}
                progress={progress.get(attempt.id)}
                selected={attempt.id === selectedId}
                onOpen={onOpen}
                onDelete={(a) => {
                  setDeleteError(null);
                  setPending(a);
                }}
              />
            ))}
          </ul>
        </>
      ) : null}

      <Modal open={pending !== null} onClose={close} labelledBy="delete-title" testId="delete-dialog">
        <h2 id="delete-title">Delete this attempt?</h2>
        {pending ? (
          <p>
            The recording from {formatWhen(pending.startedAt)}
            {pending.durationSec !== null ? ` (${formatClock(pending.durationSec)})` : ''}, its transcript and scores will be
            removed. This can’t be undone.
          </p>
        ) : null}
        {deleteError ? (
          <p className="error-text" role="alert">
            {deleteError}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" data-testid="cancel-delete" onClick={close} disabled={deleting}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            data-testid="confirm-delete"
            onClick={confirm}
            disabled={deleting}
          >
            {deleting ? 'Deleting…' : 'Delete'}
          </button>
        </div>
      </Modal>
    </section>
  );
}
