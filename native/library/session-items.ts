// What a drill session asks: each question at its remembered length (or its default), with the window and
// hard cap from the one table; a mock interview fitted to its overall budget.

import type { DeckMode } from '../../common/deck';
import { DRILL_LENGTH_TABLE, FOLLOW_UP_WINDOW, windowOf, type DrillLength } from '../../common/drill-lengths';
import type { LibraryQuestion, SessionItem } from '../../common/practice';
import { seededRandom, shuffled } from './random';

/** A custom window's hard cap: as far past its end as the length's own cap is past the length's window. */
function hardCapOf(length: DrillLength, window: { minSec: number; maxSec: number }): number {
  const spec = DRILL_LENGTH_TABLE[length];
  return window.maxSec + (spec.hardCapSec - spec.window.maxSec);
}

export function sessionItemOf(
  question: Pick<LibraryQuestion, 'id' | 'text' | 'mode' | 'defaultLength' | 'lastLength' | 'lastWindow'>,
): SessionItem {
  const length = question.lastLength ?? question.defaultLength;
  const window = question.lastWindow ?? windowOf(length);
  return {
    questionId: question.id,
    text: question.text,
    mode: question.mode,
    length,
    window,
    hardCapSec: hardCapOf(length, window),
  };
}

export function itemAtLength(item: SessionItem, length: DrillLength): SessionItem {
  const window = windowOf(length);
  return { ...item, length, window, hardCapSec: hardCapOf(length, window) };
}

export const MOCK_MIN_QUESTIONS = 4;
export const MOCK_MAX_QUESTIONS = 6;
/** Countdown, reading the question, the pause between answers: time a mock spends besides speaking. */
export const MOCK_OVERHEAD_SEC = 20;

/** The most a mock question can take: its hard cap, the twist's window end, the overhead. */
export function mockItemSec(item: SessionItem): number {
  return item.hardCapSec + FOLLOW_UP_WINDOW.maxSec + MOCK_OVERHEAD_SEC;
}

const SHORTER: Readonly<Record<DrillLength, DrillLength | null>> = { deep: 'full', full: 'elevator', elevator: null };

/** Mode order of a real loop: an introduction, stories, then the technical and product questions, why-us last. */
const MOCK_MODE_ORDER: readonly DeckMode[] = ['pitch', 'behavioral', 'design', 'incident', 'product', 'motivation'];

/**
 * Picks 4–6 questions across modes (one per mode before any mode repeats), at their own lengths, then
 * shortens the longest answers until the whole run — each answer at its hard cap plus a twist — fits the
 * budget. Throws when even four elevator answers do not fit.
 */
export function planMock(questions: readonly LibraryQuestion[], count: number, budgetMin: number, seed: number): SessionItem[] {
  if (!Number.isInteger(count) || count < MOCK_MIN_QUESTIONS || count > MOCK_MAX_QUESTIONS) {
    throw new Error(`a mock interview has ${MOCK_MIN_QUESTIONS} to ${MOCK_MAX_QUESTIONS} questions, got ${count}`);
  }
  const top = questions.filter((question) => question.parentId === null && !question.archived);
  if (top.length < MOCK_MIN_QUESTIONS)
    throw new Error(`a mock interview needs at least ${MOCK_MIN_QUESTIONS} questions in the library, found ${top.length}`);
  const random = seededRandom(seed);
  const byMode = MOCK_MODE_ORDER.map((mode) =>
    shuffled(
      top.filter((question) => question.mode === mode),
      random,
    ),
  );
  const picked: LibraryQuestion[] = [];
  while (picked.length < Math.min(count, top.length)) {
    for (const pool of byMode) {
      const next = pool.shift();
      if (next !== undefined && picked.length < count) picked.push(next);
    }
  }
  const order = (question: LibraryQuestion): number => MOCK_MODE_ORDER.indexOf(question.mode);
  let items = picked.sort((a, b) => order(a) - order(b)).map(sessionItemOf);
  const budgetSec = budgetMin * 60;
  const total = (list: readonly SessionItem[]): number => list.reduce((sum, item) => sum + mockItemSec(item), 0);
  while (total(items) > budgetSec) {
    const longest = items.reduce(
      (best, item, index) =>
        SHORTER[item.length] !== null && (best === -1 || item.hardCapSec > items[best]!.hardCapSec) ? index : best,
      -1,
    );
    if (longest === -1) {
      if (items.length <= MOCK_MIN_QUESTIONS) {
        throw new Error(
          `${budgetMin} minutes is too short for a mock interview: ${MOCK_MIN_QUESTIONS} elevator answers with follow-ups need ${Math.ceil(total(items) / 60)}`,
        );
      }
      items = items.slice(0, -1);
      continue;
    }
    items = items.map((item, index) => (index === longest ? itemAtLength(item, SHORTER[item.length]!) : item));
  }
  return items;
}
