// Shown above the question while no usable Whisper model is configured: recording still works, but
// transcripts and most scores need the model, so the banner says why and offers the fix in one click.
import type { ModelState } from './useModelStatus';

export function ModelBanner({ model }: { model: ModelState }) {
  const { status, choosing, error, choose } = model;
  if (!status || status.state === 'ready') return null;
  return (
    <section className="banner banner-warn" data-testid="model-banner" data-state={status.state} aria-live="polite">
      <div className="banner-text">
        <strong>{status.state === 'invalid' ? 'That model file can’t be used' : 'No transcription model yet'}</strong>
        <p>
          Transcription runs on this computer, so your voice never leaves it. It needs a Whisper model file
          (ggml <code>.bin</code>, e.g. <code>ggml-base.en.bin</code>, ~148 MB). Until then, attempts keep their
          recording and duration only.
        </p>
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
      <button
        type="button"
        className="button button-primary"
        data-testid="choose-model"
        aria-label="Choose a Whisper model file"
        onClick={choose}
        disabled={choosing}
        aria-busy={choosing}
      >
        {choosing ? 'Checking model…' : 'Choose model file…'}
      </button>
    </section>
  );
}
