// A running model download: how much of how much, how fast, how long. "Checking…" while main verifies it.
import type { DownloadProgress } from '../../../common/contract';
import { formatByteProgress, formatEta, formatSpeed, progressPercent } from './downloads';

export function DownloadBar({ progress }: { progress: DownloadProgress }) {
  const verifying = progress.state === 'verifying';
  const percent = verifying ? 100 : progressPercent(progress.receivedBytes, progress.totalBytes);
  const speed = formatSpeed(progress.bytesPerSec);
  const eta = formatEta(progress.etaSec);
  return (
    <div
      className="download"
      data-testid="model-progress"
      data-state={progress.state}
      data-received={progress.receivedBytes}
      data-total={progress.totalBytes}
    >
      <div
        className={`download-bar ${verifying ? 'is-verifying' : ''}`}
        role="progressbar"
        aria-label={`Downloading ${progress.name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
      >
        <div className="download-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="download-text">
        {verifying ? (
          <span>Checking…</span>
        ) : (
          <>
            <span>{formatByteProgress(progress.receivedBytes, progress.totalBytes)}</span>
            {speed ? <span className="muted">{speed}</span> : null}
            {eta ? <span className="muted">{eta}</span> : speed ? null : <span className="muted">starting…</span>}
          </>
        )}
      </div>
    </div>
  );
}
