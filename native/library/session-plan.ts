// Which items a drill session takes, in which order: shuffled, weakest first (by the latest attempt's
// grade), or due for review (most overdue first). Pure: the caller passes each item's reviews.

import { seededRandom, shuffled } from './random';
import { isDue, overdueness, scheduleOf, type Review, type ReviewState } from './schedule';

export const SESSION_ORDERS = ['shuffled', 'weakest', 'due'] as const;
export type SessionOrder = (typeof SESSION_ORDERS)[number];

export interface PlanItem<Key> {
  key: Key;
  /** Scored attempts' grades, any order. */
  reviews: readonly Review[];
}

export interface PlanOptions {
  order: SessionOrder;
  count: number;
  seed: number;
  now: Date;
}

function latest(reviews: readonly Review[]): Review | null {
  return reviews.reduce<Review | null>(
    (best, item) => (best === null || Date.parse(item.at) > Date.parse(best.at) ? item : best),
    null,
  );
}

/**
 * Weakest first: the lowest latest grade first, and on a tie the one practised longest ago. Items never
 * practised come after every practised one — "weakest" is about answers given; unpractised items are what
 * "shuffled" and "due" bring in.
 */
export function weakestFirst<Key>(items: readonly PlanItem<Key>[]): PlanItem<Key>[] {
  const ranked = items.map((item, index) => ({ item, index, last: latest(item.reviews) }));
  ranked.sort((a, b) => {
    if (a.last === null || b.last === null) return a.last === b.last ? a.index - b.index : a.last === null ? 1 : -1;
    return a.last.grade - b.last.grade || Date.parse(a.last.at) - Date.parse(b.last.at) || a.index - b.index;
  });
  return ranked.map((entry) => entry.item);
}

export interface ScheduledItem<Key> {
  item: PlanItem<Key>;
  state: ReviewState;
}

function scheduled<Key>(items: readonly PlanItem<Key>[]): (ScheduledItem<Key> & { index: number })[] {
  return items.map((item, index) => ({ item, index, state: scheduleOf(item.reviews) }));
}

function mostOverdueFirst<Key>(states: readonly (ScheduledItem<Key> & { index: number })[], now: Date) {
  return states
    .filter((entry) => isDue(entry.state, now))
    .sort(
      (a, b) => overdueness(b.state, now) - overdueness(a.state, now) || a.state.easiness - b.state.easiness || a.index - b.index,
    );
}

/** The items the schedule says are due now, most overdue first (never-practised items are not due). */
export function dueNow<Key>(items: readonly PlanItem<Key>[], now: Date): ScheduledItem<Key>[] {
  return mostOverdueFirst(scheduled(items), now).map(({ item, state }) => ({ item, state }));
}

/** Items due for review, most overdue first; then, if there is room, never-practised items in a seeded order. */
export function dueFirst<Key>(items: readonly PlanItem<Key>[], now: Date, seed: number): PlanItem<Key>[] {
  const states = scheduled(items);
  const fresh = states.filter((entry) => entry.state.dueAt === null).map((entry) => entry.item);
  return [...mostOverdueFirst(states, now).map((entry) => entry.item), ...shuffled(fresh, seededRandom(seed))];
}

export function planSession<Key>(items: readonly PlanItem<Key>[], options: PlanOptions): Key[] {
  if (!Number.isInteger(options.count) || options.count < 1)
    throw new Error(`a session needs at least one item, got ${options.count}`);
  const ordered =
    options.order === 'shuffled'
      ? shuffled(items, seededRandom(options.seed))
      : options.order === 'weakest'
        ? weakestFirst(items)
        : dueFirst(items, options.now, options.seed);
  return ordered.slice(0, options.count).map((item) => item.key);
}
