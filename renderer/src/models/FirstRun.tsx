// The first screen while no Whisper model is set up: why one is needed, the recommended download in one
// click, the alternatives, and "Later" (recording works without a model; transcripts follow once one is set).
import { errorMessage } from '../format/errors';
import { formatBytes } from '../format/time';
import { useToast } from '../notices/ToastProvider';
import type { ModelState } from '../settings/useModelStatus';
import { DownloadBar } from './DownloadBar';
import { recommendedModel, rowState } from './downloads';
import type { ModelsState } from './useModels';
import { ChooseModelFileButton } from './ChooseModelFileButton';

interface FirstRunProps {
  catalogue: ModelsState;
  model: ModelState;
  onOpenModels: () => void;
  onLater: () => void;
}

export function FirstRun({ catalogue, model, onOpenModels, onLater }: FirstRunProps) {
  const toast = useToast();
  const recommended = recommendedModel(catalogue.models);
  const progress = recommended ? catalogue.downloads.get(recommended.name) : undefined;
  const state = recommended ? rowState(recommended, progress) : null;
  const running = state === 'downloading' || state === 'verifying';

  return (
    <section className="card first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Set up transcription</h1>
      <p>
        Voicedrill turns your answers into text with Whisper, a speech-recognition model that runs on this computer, so your voice
        never leaves it. The model isn’t bundled with the app: it is a one-time download.
      </p>
      {recommended ? (
        <p className="muted">
          We recommend <strong>{recommended.name}</strong> ({formatBytes(recommended.sizeBytes)}): {recommended.description}
        </p>
      ) : null}

      {recommended && progress && running ? (
        <div className="first-run-progress">
          <DownloadBar progress={progress} />
          <button
            type="button"
            className="button"
            data-testid="model-cancel"
            aria-label={`Cancel downloading ${recommended.name}`}
            onClick={() => catalogue.cancel(recommended.name).catch((e: unknown) => toast('error', errorMessage(e)))}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {state === 'failed' && progress?.error ? (
        <p className="error-text" data-testid="model-download-error" role="alert">
          {progress.error}
        </p>
      ) : null}
      {model.error ? (
        <p className="error-text" role="alert">
          {model.error}
        </p>
      ) : null}

      <div className="first-run-actions">
        {recommended && !running ? (
          <button
            type="button"
            className="button button-primary"
            data-testid="download-recommended"
            onClick={() => catalogue.download(recommended, { allowUnverified: false })}
          >
            {state === 'failed' || state === 'partial' ? 'Resume' : 'Download'} {recommended.name} (
            {formatBytes(recommended.sizeBytes)})
          </button>
        ) : null}
        <button type="button" className="button" data-testid="first-run-models" onClick={onOpenModels}>
          Choose other model…
        </button>
        <ChooseModelFileButton model={model} testId="choose-model" />
      </div>

      <div className="first-run-later">
        <button type="button" className="button button-ghost" data-testid="first-run-later" onClick={onLater}>
          Later
        </button>
        <span className="muted small">
          You can record without a model: answers are kept and transcribed once one is set up.
          {running ? ' The download carries on.' : ''}
        </span>
      </div>
    </section>
  );
}
