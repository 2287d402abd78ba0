// While attempts of an older analysis are scored again after an upgrade, say so: history may briefly show
// the old verdicts, and the user should know they are being brought up to date.
import { useState } from 'react';
import { useVoicedrillEvent } from '../api';

export function RescoreStatus() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useVoicedrillEvent('rescoreProgress', setProgress);
  if (!progress || progress.done >= progress.total) return null;
  return (
    <p className="banner" role="status" data-testid="rescore-status">
      <span className="banner-text">
        Updating earlier scores to the new analysis: {progress.done} of {progress.total}
      </span>
    </p>
  );
}
