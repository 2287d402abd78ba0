// One name for where an attempt is in its pipeline, whether learned from a progress event or from the
// stored status. Pure, so the mapping is unit-tested.
import type { AttemptStage } from '../../../common/contract';
import type { AttemptStatus } from '../../../common/library';

/** 'recorded': saved, with no transcription under way (for example, no Whisper model yet). */
export type DisplayStage = AttemptStage | 'recorded';

export interface StageProgress {
  stage: AttemptStage;
  message?: string;
  /** Stretches of speech transcribed so far and in all, and the seconds left at the measured speed. */
  stretchesDone?: number;
  stretchesTotal?: number;
  etaSec?: number;
}

/** The progress fields main may send with an attemptProgress event (the stretch counts are optional). */
export type ProgressEvent = StageProgress & Record<string, unknown>;

/** Keeps what the view shows of a progress event, dropping fields that are absent or not usable numbers. */
export function progressFromEvent(event: ProgressEvent): StageProgress {
  const progress: StageProgress = { stage: event.stage };
  if (event.message) progress.message = event.message;
  const count = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
  const done = count(event.stretchesDone);
  const total = count(event.stretchesTotal);
  const eta = count(event.etaSec);
  if (done !== undefined && total !== undefined && total > 0 && done <= total) {
    progress.stretchesDone = done;
    progress.stretchesTotal = total;
  }
  if (eta !== undefined) progress.etaSec = eta;
  return progress;
}

/**
 * What is happening beyond the stage name: stretches left and the time left, when main measured them.
 * Null when nothing more is known; the view then shows an indeterminate bar rather than a made-up step.
 */
export function progressDetail(progress: StageProgress | undefined): { text: string; fraction: number | null } | null {
  if (!progress || progress.stage !== 'transcribing') return null;
  const parts: string[] = [];
  let fraction: number | null = null;
  const { stretchesDone: done, stretchesTotal: total, etaSec } = progress;
  if (done !== undefined && total !== undefined) {
    const left = total - done;
    parts.push(left === 0 ? 'last stretch done' : `${left} of ${total} ${total === 1 ? 'stretch' : 'stretches'} left`);
    fraction = done / total;
  }
  if (etaSec !== undefined) parts.push(etaSec < 1 ? 'almost done' : `about ${formatEta(etaSec)} left`);
  return parts.length > 0 ? { text: parts.join(' · '), fraction } : null;
}

function formatEta(sec: number): string {
  const rounded = Math.ceil(sec);
  if (rounded < 60) return `${rounded} s`;
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
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

// 'saving' is announced once the audio is stored, while the attempt waits for the transcriber.
const STAGE_LABELS: Record<DisplayStage, string> = {
  saving: 'Saved · waiting to transcribe…',
  transcribing: 'Transcribing on this device…',
  scoring: 'Scoring…',
  done: 'Scored',
  failed: 'Failed',
  recorded: 'Saved · not transcribed',
};

const SHORT_STAGE_LABELS: Record<DisplayStage, string> = {
  saving: 'Queued…',
  transcribing: 'Transcribing…',
  scoring: 'Scoring…',
  done: 'Scored',
  failed: 'Failed',
  recorded: 'Not transcribed',
};
