// "Your data": the whole library backed up to one file, restored from one, or deleted. Restore and delete
// each ask first, in place: restore says what the backup holds and what it replaces, and that a copy is
// kept; delete needs the word DELETE typed and says no copy is kept. Main asks where to save and which
// file to restore; the page never sees the file system.
import { useEffect, useRef, useState } from 'react';
import type { LibraryCounts, RestorePreview } from '../../../common/contract';
import { api, useVoicedrillEvent } from '../api';
import { errorMessage } from '../format/errors';
import { formatBytes } from '../format/time';

type Step =
  | { kind: 'idle'; done: string | null }
  | { kind: 'working'; label: string }
  | { kind: 'confirm-restore'; preview: RestorePreview }
  | { kind: 'confirm-delete' };

const CONFIRM_WORD = 'DELETE';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeCounts(counts: LibraryCounts): string {
  return `${plural(counts.questions, 'question')}, ${plural(counts.stories, 'story', 'stories')} and ${plural(counts.attempts, 'attempt')} (${formatBytes(counts.audioBytes)} of audio)`;
}

export function YourDataSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle', done: null });
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useVoicedrillEvent('backupProgress', setProgress);
  // Where focus returns when a question in place closes or an action ends: the button that started it.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (step.kind === 'idle') opener.current?.focus();
  }, [step.kind]);
  const remember = (event: { currentTarget: HTMLElement }): void => {
    opener.current = event.currentTarget;
  };

  const run = (label: string, work: () => Promise<string | null>): void => {
    setError(null);
    setProgress(null);
    setStep({ kind: 'working', label });
    work()
      .then((done) => setStep({ kind: 'idle', done }))
      .catch((reason: unknown) => {
        setError(errorMessage(reason));
        setStep({ kind: 'idle', done: null });
      });
  };

  const backUp = (event: { currentTarget: HTMLElement }) => {
    remember(event);
    run('Backing up…', async () => {
      const { path, bytes } = await api().backupLibrary();
      return path ? `Backed up to ${path} (${formatBytes(bytes)}).` : 'Backup cancelled.';
    });
  };

  const chooseBackup = (event: { currentTarget: HTMLElement }): void => {
    remember(event);
    setError(null);
    setStep({ kind: 'working', label: 'Checking the backup…' });
    api()
      .inspectBackup()
      .then((preview) => setStep(preview ? { kind: 'confirm-restore', preview } : { kind: 'idle', done: 'Restore cancelled.' }))
      .catch((reason: unknown) => {
        setError(errorMessage(reason));
        setStep({ kind: 'idle', done: null });
      });
  };

  const cancelRestore = (preview: RestorePreview): void => {
    setStep({ kind: 'idle', done: 'Restore cancelled. Your library is unchanged.' });
    api()
      .cancelRestore({ token: preview.token })
      .catch((reason: unknown) => setError(errorMessage(reason)));
  };

  const busy = step.kind === 'working';
  return (
    <section className="settings-section your-data" aria-labelledby="your-data-title" data-testid="your-data">
      <h3 id="your-data-title">Your data</h3>
      <p className="muted">
        Everything you make — questions, stories, every attempt with its recording, transcripts, scores, predictions, notes and
        settings — lives in one library in your data folder. A backup copies all of it into one file. Speech models are downloaded
        files and are not part of a backup: download them again on another computer.
      </p>
      <div className="row-end">
        <button type="button" className="button" data-testid="backup-library" disabled={busy} onClick={backUp}>
          Back up…
        </button>
        <button type="button" className="button" data-testid="restore-library" disabled={busy} onClick={chooseBackup}>
          Restore from a backup…
        </button>
        <button
          type="button"
          className="button"
          data-testid="delete-everything"
          disabled={busy}
          onClick={(event) => {
            remember(event);
            setError(null);
            setStep({ kind: 'confirm-delete' });
          }}
        >
          Delete everything…
        </button>
      </div>
      {step.kind === 'working' && progress && progress.total > 0 ? (
        <progress max={progress.total} value={progress.done} aria-label="Backup progress" />
      ) : null}
      {step.kind === 'confirm-restore' ? (
        <ConfirmRestore
          preview={step.preview}
          onCancel={() => cancelRestore(step.preview)}
          onConfirm={() =>
            run('Restoring…', async () => {
              const { safetyCopy, counts } = await api().restoreLibrary({ token: step.preview.token });
              return `Restored ${describeCounts(counts)}. Your previous library is kept at ${safetyCopy}.`;
            })
          }
        />
      ) : null}
      {step.kind === 'confirm-delete' ? (
        <ConfirmDelete
          onCancel={() => setStep({ kind: 'idle', done: 'Nothing was deleted.' })}
          onConfirm={() =>
            run('Deleting everything…', async () => {
              await api().eraseLibrary({ confirm: CONFIRM_WORD });
              return 'Everything was deleted. Your library is a fresh one, with the starter questions.';
            })
          }
        />
      ) : null}
      <p role="status" className="muted" data-testid="your-data-status">
        {step.kind === 'working' ? step.label : step.kind === 'idle' ? (step.done ?? '') : ''}
      </p>
      {error ? (
        <p className="inline-error" role="alert" data-testid="your-data-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** Focus goes to the question when it appears, so keyboard and screen reader users land on it. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function ConfirmRestore({
  preview,
  onCancel,
  onConfirm,
}: {
  preview: RestorePreview;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="confirm-panel" role="group" aria-labelledby="restore-confirm-title" data-testid="restore-confirm">
      <h4 id="restore-confirm-title" tabIndex={-1} ref={heading}>
        Replace your library with this backup?
      </h4>
      <p>
        The backup <span className="path-inline">{preview.file}</span> holds {describeCounts(preview.backup)}.
      </p>
      <p>
        It replaces everything in your current library: {describeCounts(preview.current)}. A copy of your current library is kept
        first, in <span className="path-inline">{preview.safetyFolder}</span>.
      </p>
      <div className="row-end">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" data-testid="confirm-restore" onClick={onConfirm}>
          Replace my library
        </button>
      </div>
    </div>
  );
}

function ConfirmDelete({ onCancel, onConfirm }: { onCancel: () => void; onConfirm: () => void }) {
  const input = useFocusOnMount<HTMLInputElement>();
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim() === CONFIRM_WORD;
  return (
    <form
      className="confirm-panel"
      aria-labelledby="delete-confirm-title"
      data-testid="delete-confirm"
      onSubmit={(event) => {
        event.preventDefault();
        if (confirmed) onConfirm();
      }}
    >
      <h4 id="delete-confirm-title">Delete everything?</h4>
      <p id="delete-confirm-detail">
        This deletes every question and story you added, every attempt with its recording, transcript, scores and notes, your
        predictions, drill sessions and settings, the automatic backups and safety copies in your data folder, and the log. The
        starter questions come back as on first launch. Downloaded speech models stay, and so does the model you chose.{' '}
        <strong>No copy is kept: this cannot be undone.</strong> Back up first if you may want any of it.
      </p>
      <label className="field">
        <span>Type {CONFIRM_WORD} to confirm</span>
        <input
          ref={input}
          className="textarea"
          data-testid="delete-confirm-input"
          aria-describedby="delete-confirm-detail"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </label>
      <div className="row-end">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-danger" data-testid="confirm-delete" disabled={!confirmed}>
          Delete everything
        </button>
      </div>
    </form>
  );
}
