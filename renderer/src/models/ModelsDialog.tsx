// The model manager: every catalogue model and every model the user added, with download, use and delete,
// plus picking a model file from disk. Downloads carry on when it is closed.
import type { ModelState } from '../settings/useModelStatus';
import { CloseIcon } from '../ui/Icons';
import { Modal } from '../ui/Modal';
import { ModelRow } from './ModelRow';
import type { ModelsState } from './useModels';
import { ChooseModelFileButton } from './ChooseModelFileButton';
import { DiskFullNotice } from './DiskFullNotice';
import { RetranscribeBulk } from '../retranscribe/RetranscribeBulk';

interface ModelsDialogProps {
  open: boolean;
  onClose: () => void;
  catalogue: ModelsState;
  model: ModelState;
}

export function ModelsDialog({ open, onClose, catalogue, model }: ModelsDialogProps) {
  const { models, listError, downloads } = catalogue;
  const diskFull = [...downloads.values()].find((progress) => progress.state === 'failed' && progress.code === 'disk-full');
  return (
    <Modal open={open} onClose={onClose} labelledBy="models-title" testId="models-dialog" className="models">
      <header className="modal-header">
        <h2 id="models-title">Transcription models</h2>
        <button type="button" className="icon-button" data-testid="close-models" aria-label="Close models" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <p className="muted">
        Whisper models run on this computer; your recordings never leave it. Bigger models are more accurate and slower.
      </p>
      {listError ? (
        <div className="inline-error" role="alert">
          <span>The model list couldn’t be loaded: {listError}</span>
          <button type="button" className="button" onClick={catalogue.reload}>
            Try again
          </button>
        </div>
      ) : null}
      {diskFull ? <DiskFullNotice needed={diskFull.error ?? ''} /> : null}
      {models === null && !listError ? <p className="muted">Loading models…</p> : null}
      {models ? (
        <ul className="model-list" aria-label="Models">
          {models.map((entry) => (
            <ModelRow
              key={entry.name}
              entry={entry}
              progress={downloads.get(entry.name)}
              onDownload={catalogue.download}
              onCancel={catalogue.cancel}
              onRemove={catalogue.remove}
              onActivate={catalogue.activate}
            />
          ))}
        </ul>
      ) : null}
      {/* After a switch of model: older attempts keep their numbers until the user chooses to re-transcribe them. */}
      <RetranscribeBulk
        scope={{ kind: 'otherModels' }}
        title="Attempts made with another model"
        testId="retranscribe-other-models"
      />
      <footer className="models-foot">
        {model.error ? (
          <span className="error-text" role="alert">
            {model.error}
          </span>
        ) : (
          <span className="muted small">Or use a whisper.cpp ggml file you already have.</span>
        )}
        <ChooseModelFileButton model={model} testId="models-choose-file" />
      </footer>
      {model.status?.state === 'invalid' ? (
        <p className="error-text" role="alert">
          {model.status.error}
        </p>
      ) : null}
    </Modal>
  );
}
