// An attempt's verdicts: the pass/fail marks the drill protocol cares about, each only where the question's
// mode asks for it. The twist, the review schedule and the story matrix all read them from here.

import type { AttemptSummary } from '../../common/library';
import type { DeckMode } from '../../common/deck';
import type { Report } from '../../common/report';
import { carriedKeyNumbers, checkKeyNumbers } from './key-numbers';

export type Verdict = 'inWindow' | 'number' | 'result' | 'ownership' | 'reflection';

/**
 * The modes each content verdict applies to. Stories (behavioral, incident, pitch) need an outcome and the
 * speaker's own part; a number backs every mode but motivation; a lesson is asked of past stories.
 */
export const VERDICT_MODES: Readonly<Record<Exclude<Verdict, 'inWindow'>, readonly DeckMode[]>> = {
  number: ['behavioral', 'incident', 'pitch', 'design', 'product'],
  result: ['behavioral', 'incident', 'pitch'],
  ownership: ['behavioral', 'incident', 'pitch'],
  reflection: ['behavioral', 'incident'],
};

export function modeAsks(verdict: Exclude<Verdict, 'inWindow'>, mode: DeckMode): boolean {
  return VERDICT_MODES[verdict].includes(mode);
}

/** Each verdict: true (passed), false (missed) or null (does not apply, or cannot be told). */
export type AttemptVerdicts = Record<Verdict, boolean | null>;

export type VerdictAttempt = Pick<AttemptSummary, 'durationSec' | 'targetMinSec' | 'targetMaxSec'>;

export interface VerdictContext {
  mode: DeckMode;
  /** The story's key numbers, when the attempt tells a story: then "number" means saying those. */
  keyNumbers?: readonly string[];
}

export function inWindow(attempt: VerdictAttempt): boolean | null {
  if (attempt.durationSec === null) return null;
  return attempt.durationSec >= attempt.targetMinSec && attempt.durationSec <= attempt.targetMaxSec;
}

export function attemptVerdicts(attempt: VerdictAttempt, report: Report | null, context: VerdictContext): AttemptVerdicts {
  const window = inWindow(attempt);
  if (report === null) return { inWindow: window, number: null, result: null, ownership: null, reflection: null };
  const { mode } = context;
  const keyNumbers = context.keyNumbers ?? [];
  const storyNumber = keyNumbers.length > 0 ? carriedKeyNumbers(checkKeyNumbers(keyNumbers, report.transcript.words)) : null;
  return {
    inWindow: window,
    number: storyNumber ?? (modeAsks('number', mode) ? report.metrics.present : null),
    result: modeAsks('result', mode) ? !report.star.missing.includes('result') : null,
    ownership: modeAsks('ownership', mode) ? !report.ownership.mostlyWe : null,
    reflection: modeAsks('reflection', mode) ? report.reflection.present : null,
  };
}

/** How many verdicts that apply were missed. */
export function missedVerdicts(verdicts: AttemptVerdicts): Verdict[] {
  return (Object.keys(verdicts) as Verdict[]).filter((verdict) => verdicts[verdict] === false);
}
