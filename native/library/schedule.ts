// Spaced review of questions and stories, SM-2 style (Woźniak 1990), driven by each attempt's verdicts.
//
// Grade (SM-2's q, 0–5) of a scored attempt = 5 − the number of verdicts missed (out of: in the window, the
// number, the outcome, "I" over "we", a reflection — each only where the mode asks), at least 1; an attempt
// with no words at all grades 0. So a clean answer is 5, one miss 4, two misses 3 (still a pass), and three
// or more misses restart the item. Attempts that were never scored (failed transcription) do not count.
//
// SM-2: EF′ = EF + (0.1 − (5 − q)(0.08 + (5 − q)·0.02)), EF ≥ 1.3; intervals 1 day, 6 days, then the
// previous interval × EF; q < 3 restarts the repetitions (EF unchanged, as in the original). Drilling is
// repetitive by design, so a passing attempt before the item is due does not lengthen the interval — only a
// review on or after the due date does; a failing one restarts it whenever it happens.

import type { AttemptVerdicts } from './verdicts';
import { missedVerdicts } from './verdicts';

export const INITIAL_EASINESS = 2.5;
export const MIN_EASINESS = 1.3;
const DAY_MS = 86_400_000;

export interface ReviewState {
  repetitions: number;
  easiness: number;
  intervalDays: number;
  /** ISO time the item is next due; null when it was never reviewed. */
  dueAt: string | null;
  lastReviewedAt: string | null;
}

export const NEW_REVIEW_STATE: ReviewState = {
  repetitions: 0,
  easiness: INITIAL_EASINESS,
  intervalDays: 0,
  dueAt: null,
  lastReviewedAt: null,
};

export interface Review {
  at: string;
  /** 0–5 (see gradeOf). */
  grade: number;
}

export function gradeOf(verdicts: AttemptVerdicts, wordCount: number): number {
  if (wordCount === 0) return 0;
  return Math.max(1, 5 - missedVerdicts(verdicts).length);
}

export function nextEasiness(easiness: number, grade: number): number {
  const miss = 5 - grade;
  return Math.max(MIN_EASINESS, easiness + (0.1 - miss * (0.08 + miss * 0.02)));
}

function addDays(at: string, days: number): string {
  return new Date(Date.parse(at) + days * DAY_MS).toISOString();
}

/** One review applied to a state. */
export function review(state: ReviewState, { at, grade }: Review): ReviewState {
  if (!Number.isInteger(grade) || grade < 0 || grade > 5) throw new Error(`schedule: a grade is 0–5, got ${grade}`);
  if (grade < 3) {
    return { repetitions: 0, easiness: state.easiness, intervalDays: 1, dueAt: addDays(at, 1), lastReviewedAt: at };
  }
  if (state.dueAt !== null && Date.parse(at) < Date.parse(state.dueAt)) return { ...state, lastReviewedAt: at };
  const intervalDays =
    state.repetitions === 0 ? 1 : state.repetitions === 1 ? 6 : Math.round(state.intervalDays * state.easiness);
  return {
    repetitions: state.repetitions + 1,
    easiness: nextEasiness(state.easiness, grade),
    intervalDays,
    dueAt: addDays(at, intervalDays),
    lastReviewedAt: at,
  };
}

/** The state after an item's reviews, taken in time order. */
export function scheduleOf(reviews: readonly Review[]): ReviewState {
  return [...reviews].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).reduce(review, NEW_REVIEW_STATE);
}

export function isDue(state: ReviewState, now: Date): boolean {
  return state.dueAt !== null && Date.parse(state.dueAt) <= now.getTime();
}

/** How overdue, in intervals: 0 on the due date, 1 when a whole interval late. */
export function overdueness(state: ReviewState, now: Date): number {
  if (state.dueAt === null) return 0;
  return (now.getTime() - Date.parse(state.dueAt)) / (Math.max(1, state.intervalDays) * DAY_MS);
}
