// The latest pipeline stage of every attempt main has reported on since launch, keyed by attempt id.
import { useState } from 'react';
import type { Events } from '../../../common/contract';
import { useVoicedrillEvent } from '../api';
import { progressFromEvent, type StageProgress } from '../replay/stage';

export function useAttemptProgress(onEvent: (event: Events['attemptProgress']) => void): ReadonlyMap<number, StageProgress> {
  const [progress, setProgress] = useState<ReadonlyMap<number, StageProgress>>(() => new Map());
  useVoicedrillEvent('attemptProgress', (event) => {
    setProgress((map) => {
      const next = new Map(map);
      next.set(event.attemptId, progressFromEvent(event));
      return next;
    });
    onEvent(event);
  });
  return progress;
}
