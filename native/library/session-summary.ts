// The end of a drill session or mock interview: each answer with its marks and grade, minutes spoken,
// whether a mock kept to its budget, and what to drill next (the weakest first answers, with the reason).

import type { AttemptSummary } from '../../common/library';
import type { AttemptLink, DrillSession, SessionSummary } from '../../common/practice';
import type { Report } from '../../common/report';
import { gradeOf } from './schedule';
import { attemptVerdicts, missedVerdicts, type AttemptVerdicts, type Verdict } from './verdicts';

export interface SessionAttempt {
  summary: Pick<AttemptSummary, 'id' | 'questionId' | 'durationSec' | 'targetMinSec' | 'targetMaxSec' | 'status'>;
  report: Report | null;
  link: AttemptLink;
  /** The story told, when the answer is one: its key numbers are the number to carry. */
  keyNumbers?: readonly string[];
}

const REASONS: Readonly<Record<Verdict, string>> = {
  inWindow: 'out of its window',
  number: 'no number',
  result: 'no outcome',
  ownership: 'mostly "we"',
  reflection: 'no reflection',
};

function windowReason(attempt: SessionAttempt): string {
  const { durationSec, targetMinSec, targetMaxSec } = attempt.summary;
  if (durationSec === null) return REASONS.inWindow;
  return durationSec > targetMaxSec
    ? `${Math.round(durationSec - targetMaxSec)} s over its window`
    : `${Math.round(targetMinSec - durationSec)} s short of its window`;
}

/** Why an answer needs drilling, in a few words: its missed verdicts, most important first. */
export function reasonFor(attempt: SessionAttempt, verdicts: AttemptVerdicts): string {
  return missedVerdicts(verdicts)
    .map((verdict) => (verdict === 'inWindow' ? windowReason(attempt) : REASONS[verdict]))
    .join(', ');
}

export function summarizeSession(session: DrillSession, attempts: readonly SessionAttempt[]): SessionSummary {
  const itemFor = (questionId: number) => session.items.find((item) => item.questionId === questionId);
  const answers = attempts.map((attempt) => {
    const item = itemFor(attempt.summary.questionId);
    const mode = item?.mode ?? 'behavioral';
    const scored = attempt.summary.status === 'scored' && attempt.report !== null;
    const verdicts = attemptVerdicts(attempt.summary, scored ? attempt.report : null, {
      mode,
      ...(attempt.keyNumbers ? { keyNumbers: attempt.keyNumbers } : {}),
    });
    return {
      attempt,
      verdicts,
      view: {
        attemptId: attempt.summary.id,
        questionId: attempt.summary.questionId,
        text: item?.text ?? '',
        twistText: attempt.link.twistText,
        parentAttemptId: attempt.link.parentAttemptId,
        durationSec: attempt.summary.durationSec,
        window: { minSec: attempt.summary.targetMinSec, maxSec: attempt.summary.targetMaxSec },
        status: attempt.summary.status,
        marks: verdicts,
        grade: scored ? gradeOf(verdicts, attempt.report!.transcript.words.length) : null,
      },
    };
  });
  const spokenSec = attempts.reduce((total, attempt) => total + (attempt.summary.durationSec ?? 0), 0);
  const budgetMin = session.options.kind === 'mock' ? (session.options.budgetMin ?? null) : null;
  const drillNext = answers
    .filter((answer) => answer.view.parentAttemptId === null && answer.view.grade !== null && answer.view.grade < 5)
    .sort((a, b) => a.view.grade! - b.view.grade! || a.view.attemptId - b.view.attemptId)
    .slice(0, 3)
    .map((answer) => ({
      questionId: answer.view.questionId,
      text: answer.view.text,
      reason: reasonFor(answer.attempt, answer.verdicts),
    }));
  return {
    sessionId: session.id,
    kind: session.options.kind,
    answers: answers.map((answer) => answer.view),
    minutesSpoken: Math.round((spokenSec / 60) * 10) / 10,
    budgetMin,
    withinBudget: budgetMin === null ? null : spokenSec <= budgetMin * 60,
    pending: answers.filter((answer) => answer.view.status === 'recorded' || answer.view.status === 'transcribing').length,
    drillNext,
  };
}
