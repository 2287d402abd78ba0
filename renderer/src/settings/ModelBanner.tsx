// Shown above the question while no usable Whisper model is configured: recording still works, but
// transcripts and most scores need the model, so the banner says why and offers the fixes.
import { formatBytes } from '../format/time';
import { formatByteProgress, recommendedModel } from '../models/downloads';
import type { ModelsState } from '../models/useModels';
import { ChooseModelFileButton } from '../models/ChooseModelFileButton';
import type { ModelState } from './useModelStatus';

interface ModelBannerProps {
  model: ModelState;
  catalogue: ModelsState;
  onOpenModels: () => void;
}

export function ModelBanner({ model, catalogue, onOpenModels }: ModelBannerProps) {
  const { status, error } = model;
  if (!status || status.state === 'ready') return null;
  const recommended = recommendedModel(catalogue.models);
  const running = [...catalogue.downloads.values()].find((d) => d.state === 'downloading' || d.state === 'verifying');
  return (
    <section className="banner banner-warn" data-testid="model-banner" data-state={status.state} aria-live="polite">
      <div className="banner-text">
        <strong>{status.state === 'invalid' ? 'That model file can’t be used' : 'No transcription model yet'}</strong>
        <p>
          Transcription runs on this computer, so your voice never leaves it. It needs a Whisper model: download one
          {recommended ? ` (${recommended.name}, ${formatBytes(recommended.sizeBytes)}, is a good start)` : ''} or use a ggml{' '}
          <code>.bin</code> file you have. Until then, attempts keep their recording and duration only.
        </p>
        {running ? (
          <p data-testid="banner-download">
            {running.state === 'verifying'
              ? `Checking ${running.name}…`
              : `Downloading ${running.name}: ${formatByteProgress(running.receivedBytes, running.totalBytes)}`}
          </p>
        ) : null}
        {status.state === 'invalid' ? (
          <p className="error-text" data-testid="model-error" role="alert">
            {status.error}
          </p>
        ) : null}
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="banner-actions">
        <button type="button" className="button button-primary" data-testid="banner-open-models" onClick={onOpenModels}>
          Models…
        </button>
        <ChooseModelFileButton model={model} testId="choose-model" />
      </div>
    </section>
  );
}
