// The model as the settings dialog describes it: name and size when ready, the reason when not.
import { formatBytes } from '../format/time';
import type { ModelState } from './useModelStatus';

export function ModelStatusLine({ model }: { model: ModelState }) {
  const { status, choosing, error, choose } = model;
  return (
    <div className="model-status" data-testid="model-status" data-state={status?.state ?? 'loading'}>
      <div>
        {!status ? (
          <span className="muted">Checking…</span>
        ) : status.state === 'ready' ? (
          <>
            <span className="ok-text">✓ {status.name}</span> <span className="muted">· {formatBytes(status.sizeBytes)}</span>
            <div className="muted path" title={status.path}>
              {status.path}
            </div>
          </>
        ) : status.state === 'invalid' ? (
          <>
            <span className="error-text">✗ {status.error}</span>
            <div className="muted path" title={status.path}>
              {status.path}
            </div>
          </>
        ) : (
          <span className="muted">No model chosen — attempts are saved without a transcript.</span>
        )}
        {error ? (
          <div className="error-text" role="alert">
            {error}
          </div>
        ) : null}
      </div>
      <button
        type="button"
        className="button"
        data-testid="settings-choose-model"
        onClick={choose}
        disabled={choosing}
        aria-busy={choosing}
      >
        {choosing ? 'Checking…' : status?.state === 'ready' ? 'Change…' : 'Choose…'}
      </button>
    </div>
  );
}
