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
): Dashboard {
  const byQuestion = new Map<number, DashboardAttempt[]>();
  for (const attempt of attempts) {
    const list = byQuestion.get(attempt.questionId);
    if (list === undefined) byQuestion.set(attempt.questionId, [attempt]);
    else list.push(attempt);
  }
  const items: DashboardItem[] = [];
  for (const question of questions) {
    const own = (byQuestion.get(question.id) ?? []).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    if (own.length === 0) continue;
    const durations = own.slice(-DEFAULT_WINDOW).flatMap((attempt) => (attempt.durationSec === null ? [] : [attempt.durationSec]));
    items.push({
      questionId: question.id,
      text: question.text,
      attempts: own.length,
      lastAttemptAt: own.at(-1)!.startedAt,
      durationCv: durations.length >= MIN_VARIANCE_ATTEMPTS ? coefficientOfVariation(durations) : null,
    });
  }
  const weekStart = weekStartDay(now, dayOf);
  return {
    streakDays: practiceStreakDays(attempts, now, dayOf),
    minutesThisWeek: minutesThisWeek(attempts, now, dayOf),
    sessionsThisWeek: groupSessions(attempts).filter((session) => dayOf(new Date(session.startedAt)) >= weekStart).length,
    totalAttempts: attempts.length,
    highestVariance: items
      .filter((item) => item.durationCv !== null)
      .sort((a, b) => b.durationCv! - a.durationCv!)
      .slice(0, DASHBOARD_LIST_LENGTH),
    longestUnpractised: [...items].sort((a, b) => a.lastAttemptAt!.localeCompare(b.lastAttemptAt!)).slice(0, DASHBOARD_LIST_LENGTH),
  };
}
