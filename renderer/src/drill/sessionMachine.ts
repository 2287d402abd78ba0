// The drill session's flow, apart from React and the microphone so it can be tested step by step:
// a 3-second countdown before each answer, the answer, then (if twists are on) the follow-up chosen from
// what the answer lacked, answered in its own 30–60 s window and threaded under the first; then the next
// item, and the summary after the last.
import { FOLLOW_UP_WINDOW, type TargetWindow } from '../../../common/drill-lengths';
import type { ChosenTwistView, SessionItem } from '../../../common/practice';

export const COUNTDOWN_SEC = 3;
/** A follow-up answer stops this long past its window when auto-stop is on, as the lengths' caps do. */
export const FOLLOW_UP_HARD_CAP_SEC = FOLLOW_UP_WINDOW.maxSec + 10;

export type AnswerTarget = { kind: 'first' } | { kind: 'twist'; parentAttemptId: number; twist: ChosenTwistView };

export type DrillPhase =
  | { kind: 'countdown'; remaining: number; target: AnswerTarget }
  | { kind: 'recording'; target: AnswerTarget }
  /** The first answer is being transcribed and scored; its twist comes when the score does. */
  | { kind: 'awaiting-twist'; attemptId: number }
  | { kind: 'twist-offered'; attemptId: number; twist: ChosenTwistView }
  | { kind: 'done' };

export interface DrillAnswer {
  questionId: number;
  attemptId: number;
  twistAttemptId: number | null;
}

export interface DrillState {
  items: readonly SessionItem[];
  index: number;
  twists: boolean;
  phase: DrillPhase;
  answers: DrillAnswer[];
  /** Countdowns started so far: one before every answer, twist answers and retries included. */
  countdowns: number;
}

export type DrillEvent =
  | { type: 'tick' }
  | { type: 'recorded'; attemptId: number }
  /** The recording failed or was discarded: the same answer is asked again. */
  | { type: 'retry' }
  | { type: 'twist'; twist: ChosenTwistView | null }
  | { type: 'accept-twist' }
  | { type: 'skip-twist' }
  | { type: 'finish' };

const countdown = (target: AnswerTarget): DrillPhase => ({ kind: 'countdown', remaining: COUNTDOWN_SEC, target });

export function startDrill(items: readonly SessionItem[], twists: boolean): DrillState {
  if (items.length === 0) throw new Error('a drill session needs at least one item');
  return { items, index: 0, twists, phase: countdown({ kind: 'first' }), answers: [], countdowns: 1 };
}

function advance(state: DrillState): DrillState {
  const index = state.index + 1;
  return index >= state.items.length
    ? { ...state, phase: { kind: 'done' } }
    : { ...state, index, phase: countdown({ kind: 'first' }), countdowns: state.countdowns + 1 };
}

export function drillReducer(state: DrillState, event: DrillEvent): DrillState {
  const { phase } = state;
  if (event.type === 'finish') return { ...state, phase: { kind: 'done' } };
  switch (phase.kind) {
    case 'countdown':
      if (event.type !== 'tick') return state;
      return phase.remaining > 1
        ? { ...state, phase: { ...phase, remaining: phase.remaining - 1 } }
        : { ...state, phase: { kind: 'recording', target: phase.target } };
    case 'recording':
      if (event.type === 'retry') return { ...state, phase: countdown(phase.target), countdowns: state.countdowns + 1 };
      if (event.type !== 'recorded') return state;
      if (phase.target.kind === 'twist') {
        const parent = phase.target.parentAttemptId;
        const answers = state.answers.map((answer) =>
          answer.attemptId === parent ? { ...answer, twistAttemptId: event.attemptId } : answer,
        );
        return advance({ ...state, answers });
      }
      {
        const answers = [
          ...state.answers,
          { questionId: state.items[state.index]!.questionId, attemptId: event.attemptId, twistAttemptId: null },
        ];
        return state.twists
          ? { ...state, answers, phase: { kind: 'awaiting-twist', attemptId: event.attemptId } }
          : advance({ ...state, answers });
      }
    case 'awaiting-twist':
      if (event.type === 'skip-twist') return advance(state);
      if (event.type !== 'twist') return state;
      return event.twist === null
        ? advance(state)
        : { ...state, phase: { kind: 'twist-offered', attemptId: phase.attemptId, twist: event.twist } };
    case 'twist-offered':
      if (event.type === 'skip-twist') return advance(state);
      if (event.type !== 'accept-twist') return state;
      return {
        ...state,
        phase: countdown({ kind: 'twist', parentAttemptId: phase.attemptId, twist: phase.twist }),
        countdowns: state.countdowns + 1,
      };
    case 'done':
      return state;
  }
}

/** The window and hard cap the current recording is measured against. */
export function currentWindow(state: DrillState): { window: TargetWindow; hardCapSec: number } | null {
  const { phase } = state;
  const item = state.items[state.index];
  if (item === undefined || (phase.kind !== 'countdown' && phase.kind !== 'recording')) return null;
  if (phase.target.kind === 'twist') return { window: phase.target.twist.window, hardCapSec: FOLLOW_UP_HARD_CAP_SEC };
  return { window: item.window, hardCapSec: item.hardCapSec };
}

export type RecordingCue = 'chime' | 'stop' | null;

/**
 * What to do as the recording's clock moves from `before` to `now`: chime once when the window's end is
 * crossed, stop at the hard cap — each only if the session asked for it.
 */
export function recordingCue(
  before: number,
  now: number,
  limits: { window: TargetWindow; hardCapSec: number },
  options: { chime: boolean; autoStop: boolean },
): RecordingCue {
  if (options.autoStop && now >= limits.hardCapSec) return 'stop';
  if (options.chime && before < limits.window.maxSec && now >= limits.window.maxSec) return 'chime';
  return null;
}
