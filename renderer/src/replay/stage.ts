// One name for where an attempt is in its pipeline, whether learned from a progress event or from the
// stored status. Pure, so the mapping is unit-tested.
import type { AttemptStage } from '../../../common/contract';
import type { AttemptStatus } from '../../../common/library';

/** 'recorded': saved, with no transcription under way (for example, no Whisper model yet). */
export type DisplayStage = AttemptStage | 'recorded';

export interface StageProgress {
  stage: AttemptStage;
  message?: string;
}

export function stageFromStatus(status: AttemptStatus): DisplayStage {
  switch (status) {
    case 'recorded':
      return 'recorded';
    case 'transcribing':
      return 'transcribing';
    case 'scored':
      return 'done';
    case 'failed':
      return 'failed';
  }
}

/** A progress event is newer than the stored status, so it wins while there is one. */
export function displayStage(status: AttemptStatus, progress: StageProgress | undefined): DisplayStage {
  return progress ? progress.stage : stageFromStatus(status);
}

export function isBusy(stage: DisplayStage): boolean {
  return stage === 'saving' || stage === 'transcribing' || stage === 'scoring';
}

/** "Scored" only when there is a score: without a model the pipeline ends after saving. */
export function stageLabel(stage: DisplayStage, scored: boolean, short = false): string {
  if (stage === 'done' && !scored) return 'Saved';
  return (short ? SHORT_STAGE_LABELS : STAGE_LABELS)[stage];
}

const STAGE_LABELS: Record<DisplayStage, string> = {
  saving: 'Saving recording…',
  transcribing: 'Transcribing on this device…',
  scoring: 'Scoring…',
  done: 'Scored',
  failed: 'Failed',
  recorded: 'Saved · not transcribed',
};

const SHORT_STAGE_LABELS: Record<DisplayStage, string> = {
  saving: 'Saving…',
  transcribing: 'Transcribing…',
  scoring: 'Scoring…',
  done: 'Scored',
  failed: 'Failed',
  recorded: 'Not transcribed',
};

/** Steps of the pipeline, for the "step 2 of 3" indicator. */
export function stageStep(stage: DisplayStage): { step: number; of: number } | null {
  const steps: DisplayStage[] = ['saving', 'transcribing', 'scoring'];
  const index = steps.indexOf(stage);
  return index < 0 ? null : { step: index + 1, of: steps.length };
}
