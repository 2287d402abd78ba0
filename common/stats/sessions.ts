// Practice sessions and the dashboard's habit figures. Day boundaries are the user's: a `dayOf` function
// maps an instant to its calendar day (local time by default) so tests can pin the time zone.

/** 0 = Sunday … 6 = Saturday, as Date.getDay counts. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A pause of this long or longer between attempts starts a new session. */
export const SESSION_GAP_MS = 30 * 60 * 1000;

export interface TimedAttempt {
  /** ISO 8601 start time. */
  startedAt: string;
  /** Null while the recording is not saved: counted as 0 s. */
  durationSec: number | null;
}

export interface Session<T extends TimedAttempt> {
  startedAt: string;
  /** Start of the last attempt plus its duration. */
  endedAt: string;
  attempts: T[];
  practiceSec: number;
}

function endMs(attempt: TimedAttempt): number {
  return Date.parse(attempt.startedAt) + (attempt.durationSec ?? 0) * 1000;
}

/** Groups attempts (any order) into sessions, oldest first; the gap runs from one attempt's end to the next start. */
export function groupSessions<T extends TimedAttempt>(attempts: readonly T[]): Session<T>[] {
  const timed = attempts.map((attempt) => {
    const start = Date.parse(attempt.startedAt);
    if (Number.isNaN(start)) throw new RangeError(`not an ISO time: ${attempt.startedAt}`);
    return { attempt, start };
  });
  timed.sort((a, b) => a.start - b.start);
  const sessions: Session<T>[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const { attempt, start } of timed) {
    let current = sessions.at(-1);
    if (current === undefined || start - lastEnd >= SESSION_GAP_MS) {
      current = { startedAt: attempt.startedAt, endedAt: attempt.startedAt, attempts: [], practiceSec: 0 };
      sessions.push(current);
    }
    current.attempts.push(attempt);
    current.practiceSec += attempt.durationSec ?? 0;
    lastEnd = Math.max(lastEnd, start + (attempt.durationSec ?? 0) * 1000);
  }
  for (const session of sessions) {
    const last = session.attempts.reduce((end, attempt) => Math.max(end, endMs(attempt)), Number.NEGATIVE_INFINITY);
    session.endedAt = new Date(last).toISOString();
  }
  return sessions;
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(instant: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

function previousDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Consecutive days with at least one attempt, ending today — or yesterday, so a streak is not lost before
 * the day's practice is done. 0 when neither day has an attempt.
 */
export function practiceStreakDays(
  attempts: readonly TimedAttempt[],
  now: Date,
  dayOf: (instant: Date) => string = localDay,
): number {
  const days = new Set(attempts.map((attempt) => dayOf(new Date(attempt.startedAt))));
  let day = dayOf(now);
  if (!days.has(day)) day = previousDay(day);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = previousDay(day);
  }
  return streak;
}

/** Minutes recorded since the start of this week (Monday by default) up to `now`. */
export function minutesThisWeek(
  attempts: readonly TimedAttempt[],
  now: Date,
  dayOf: (instant: Date) => string = localDay,
  weekStartsOn: WeekDay = 1,
): number {
  const first = weekStartDay(now, dayOf, weekStartsOn);
  let seconds = 0;
  for (const attempt of attempts) {
    const instant = new Date(attempt.startedAt);
    if (dayOf(instant) >= first && instant.getTime() <= now.getTime()) seconds += attempt.durationSec ?? 0;
  }
  return seconds / 60;
}

/** The first day (YYYY-MM-DD) of the week holding `now`. */
export function weekStartDay(now: Date, dayOf: (instant: Date) => string = localDay, weekStartsOn: WeekDay = 1): string {
  const today = dayOf(now);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  let day = today;
  for (let back = (weekday - weekStartsOn + 7) % 7; back > 0; back--) day = previousDay(day);
  return day;
}
