// The dashboard: habit (streak, minutes and sessions this week) and where to practise next (the questions
// whose duration varies most lately, and those left longest).

import type { Dashboard, DashboardItem } from '../../common/progress';
import { coefficientOfVariation } from '../../common/stats/descriptive';
import { DEFAULT_WINDOW } from '../../common/stats/series';
import { groupSessions, localDay, minutesThisWeek, practiceStreakDays, weekStartDay } from '../../common/stats/sessions';

/** A CV from fewer attempts than this says nothing. */
export const MIN_VARIANCE_ATTEMPTS = 3;
export const DASHBOARD_LIST_LENGTH = 5;

export interface DashboardAttempt {
  questionId: number;
  startedAt: string;
  durationSec: number | null;
}

export interface DashboardQuestion {
  id: number;
  text: string;
}

/** `attempts` in any order. */
export function buildDashboard(
  questions: readonly DashboardQuestion[],
  attempts: readonly DashboardAttempt[],
  now: Date,
  dayOf: (instant: Date) => string = localDay,
): Omit<Dashboard, 'readiness' | 'due' | 'dueTotal'> {
  const byQuestion = new Map<number, DashboardAttempt[]>();
  for (const attempt of attempts) {
    const list = byQuestion.get(attempt.questionId);
    if (list === undefined) byQuestion.set(attempt.questionId, [attempt]);
    else list.push(attempt);
  }
  const items: DashboardItem[] = [];
  for (const question of questions) {
    // ISO times in UTC compare as strings; localeCompare would cost more than the rest of the dashboard.
    const own = (byQuestion.get(question.id) ?? []).sort((a, b) =>
      a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0,
    );
    if (own.length === 0) continue;
    const durations = own
      .slice(-DEFAULT_WINDOW)
      .flatMap((attempt) => (attempt.durationSec === null ? [] : [attempt.durationSec]));
    items.push({
      questionId: question.id,
      text: question.text,
      attempts: own.length,
      lastAttemptAt: own.at(-1)!.startedAt,
      durationCv: durations.length >= MIN_VARIANCE_ATTEMPTS ? coefficientOfVariation(durations) : null,
    });
  }
  const weekStart = weekStartDay(now, dayOf);
  // Only the last eight days can hold this week's sessions (and the gap before the first of them).
  const recentFrom = new Date(now.getTime() - 8 * 86_400_000).toISOString();
  const recent = attempts.filter((attempt) => attempt.startedAt >= recentFrom);
  return {
    streakDays: practiceStreakDays(attempts, now, dayOf),
    minutesThisWeek: minutesThisWeek(recent, now, dayOf),
    sessionsThisWeek: groupSessions(recent).filter((session) => dayOf(new Date(session.startedAt)) >= weekStart).length,
    totalAttempts: attempts.length,
    highestVariance: items
      .filter((item) => item.durationCv !== null)
      .sort((a, b) => b.durationCv! - a.durationCv!)
      .slice(0, DASHBOARD_LIST_LENGTH),
    longestUnpractised: [...items].sort((a, b) => (a.lastAttemptAt! < b.lastAttemptAt! ? -1 : 1)).slice(0, DASHBOARD_LIST_LENGTH),
  };
}
