// The latest pipeline stage of every attempt main has reported on since launch, keyed by attempt id.
import { useState } from 'react';
import type { Events } from '../../../common/contract';
import { useVoicedrillEvent } from '../api';
import type { StageProgress } from '../replay/stage';

export function useAttemptProgress(onEvent: (event: Events['attemptProgress']) => void): ReadonlyMap<number, StageProgress> {
  const [progress, setProgress] = useState<ReadonlyMap<number, StageProgress>>(() => new Map());
  useVoicedrillEvent('attemptProgress', (event) => {
    setProgress((map) => {
      const next = new Map(map);
      next.set(event.attemptId, event.message ? { stage: event.stage, message: event.message } : { stage: event.stage });
      return next;
    });
    onEvent(event);
  });
  return progress;
}
