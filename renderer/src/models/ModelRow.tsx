// One model in the manager: what it is, where it stands here, and the actions that state allows.
// Deleting asks first, in the row itself, since the dialog is already a modal.
import { useState } from 'react';
import type { DownloadProgress, ModelEntry } from '../../../common/contract';
import { errorMessage } from '../format/errors';
import { formatBytes } from '../format/time';
import { DownloadBar } from './DownloadBar';
import { formatByteProgress, rowState, type RowState } from './downloads';

interface ModelRowProps {
  entry: ModelEntry;
  progress: DownloadProgress | undefined;
  onDownload: (entry: ModelEntry, options: { allowUnverified: boolean }) => void;
  onCancel: (name: string) => Promise<void>;
  onRemove: (name: string) => Promise<void>;
  onActivate: (name: string) => Promise<void>;
}

export function ModelRow({ entry, progress, onDownload, onCancel, onRemove, onActivate }: ModelRowProps) {
  const state = rowState(entry, progress);
  const [confirming, setConfirming] = useState(false);
  const [confirmingUnverified, setConfirmingUnverified] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (action: () => Promise<void>): void => {
    setBusy(true);
    setError(null);
    action()
      .then(() => setConfirming(false))
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  return (
    <li className="model-row" data-testid="model-row" data-name={entry.name} data-state={state} data-active={entry.active}>
      <div className="model-info">
        <div className="model-title">
          <span className="model-name">{entry.name}</span>
          {entry.recommended ? <span className="badge badge-accent">Recommended</span> : null}
          {entry.active ? (
            <span className="badge badge-ok" data-testid="model-active">
              In use
            </span>
          ) : null}
          {entry.unverified ? (
            <span
              className="badge badge-warn"
              title="No checksum is known for this file: only its size and structure can be checked"
            >
              Unverified
            </span>
          ) : null}
        </div>
        <p className="model-description muted">{entry.description}</p>
        <p className="model-meta muted">
          {formatBytes(entry.sizeBytes)}
          {state === 'partial' ? ` · ${formatByteProgress(entry.receivedBytes, entry.sizeBytes)} downloaded` : ''}
        </p>
      </div>
      {confirmingUnverified ? (
        <UnverifiedConfirm
          entry={entry}
          onConfirm={() => {
            setConfirmingUnverified(false);
            onDownload(entry, { allowUnverified: true });
          }}
          onKeep={() => setConfirmingUnverified(false)}
        />
      ) : confirming ? (
        <DeleteConfirm
          entry={entry}
          busy={busy}
          onConfirm={() => run(() => onRemove(entry.name))}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <RowActions
          entry={entry}
          state={state}
          busy={busy}
          onDownload={() => (entry.unverified ? setConfirmingUnverified(true) : onDownload(entry, { allowUnverified: false }))}
          onCancel={() => run(() => onCancel(entry.name))}
          onActivate={() => run(() => onActivate(entry.name))}
          onDelete={() => setConfirming(true)}
        />
      )}
      {progress && (state === 'downloading' || state === 'verifying') ? <DownloadBar progress={progress} /> : null}
      {state === 'failed' && progress?.error ? (
        <p className="model-error error-text" data-testid="model-download-error" role="alert">
          {progress.error}
        </p>
      ) : null}
      {error ? (
        <p className="model-error error-text" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

interface RowActionsProps {
  entry: ModelEntry;
  state: RowState;
  busy: boolean;
  onDownload: () => void;
  onCancel: () => void;
  onActivate: () => void;
  onDelete: () => void;
}

function RowActions({ entry, state, busy, onDownload, onCancel, onActivate, onDelete }: RowActionsProps) {
  // Resume is offered only when main can continue the partial file; otherwise the download starts over.
  const resumable = entry.resumable && entry.receivedBytes > 0;
  const downloadLabel =
    state === 'failed'
      ? resumable
        ? 'Resume'
        : 'Retry'
      : state === 'partial'
        ? resumable
          ? 'Resume'
          : 'Download again'
        : 'Download';
  return (
    <div className="model-actions">
      {state === 'available' || state === 'partial' || state === 'failed' ? (
        <button
          type="button"
          className={`button ${entry.recommended && state === 'available' ? 'button-primary' : ''}`}
          data-testid="model-download"
          aria-label={`${downloadLabel} ${entry.name}`}
          disabled={busy}
          onClick={onDownload}
        >
          {downloadLabel}
        </button>
      ) : null}
      {state === 'downloading' ? (
        <button
          type="button"
          className="button"
          data-testid="model-cancel"
          aria-label={`Cancel downloading ${entry.name}`}
          disabled={busy}
          onClick={onCancel}
        >
          Cancel
        </button>
      ) : null}
      {state === 'installed' && !entry.active ? (
        <button
          type="button"
          className="button button-primary"
          data-testid="model-use"
          aria-label={`Use ${entry.name}`}
          disabled={busy}
          onClick={onActivate}
        >
          Use
        </button>
      ) : null}
      {state === 'installed' || state === 'partial' || (state === 'failed' && entry.state === 'partial') ? (
        <button
          type="button"
          className="button button-ghost"
          data-testid="model-delete"
          aria-label={`Delete ${entry.name}`}
          disabled={busy}
          onClick={onDelete}
        >
          Delete
        </button>
      ) : null}
    </div>
  );
}

function UnverifiedConfirm({ entry, onConfirm, onKeep }: { entry: ModelEntry; onConfirm: () => void; onKeep: () => void }) {
  return (
    <div
      className="model-confirm"
      role="group"
      aria-label={`Download ${entry.name} unverified?`}
      data-testid="unverified-confirm"
    >
      <span className="small">No checksum is known for this file, so only its size and structure can be checked.</span>
      <button type="button" className="button" aria-label={`Cancel download of ${entry.name}`} onClick={onKeep}>
        Cancel
      </button>
      <button
        type="button"
        className="button button-primary"
        data-testid="confirm-unverified-download"
        aria-label={`Download anyway (${entry.name})`}
        onClick={onConfirm}
      >
        Download anyway
      </button>
    </div>
  );
}

interface DeleteConfirmProps {
  entry: ModelEntry;
  busy: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}

function DeleteConfirm({ entry, busy, onConfirm, onKeep }: DeleteConfirmProps) {
  const size = formatBytes(entry.state === 'installed' ? entry.sizeBytes : entry.receivedBytes);
  return (
    <div className="model-confirm" role="group" aria-label={`Delete ${entry.name}?`}>
      <span className="small">
        {entry.active ? 'Transcription stops until you choose another model. ' : ''}Free {size}?
      </span>
      <button
        type="button"
        className="button"
        data-testid="cancel-model-delete"
        aria-label={`Keep ${entry.name}`}
        disabled={busy}
        onClick={onKeep}
      >
        Keep
      </button>
      <button
        type="button"
        className="button button-danger"
        data-testid="confirm-model-delete"
        aria-label={`Delete ${entry.name} from this computer`}
        disabled={busy}
        onClick={onConfirm}
      >
        {busy ? 'Deleting…' : 'Delete'}
      </button>
    </div>
  );
}
