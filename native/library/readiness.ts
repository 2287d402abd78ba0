// A story's readiness: the story × length matrix and the compression check. A story is ready when, at
// every length, its latest attempt is green — in the window, carrying the story's number, with a reflection
// where the mode asks for one. The compression check compares the 30 s version with the 3 min one: which
// STAR sections and numbers survive the cut, and what only the long version adds.

import type { DeckMode } from '../../common/deck';
import { DRILL_LENGTHS, type DrillLength } from '../../common/drill-lengths';
import type { AttemptSummary } from '../../common/library';
import type { CellMarks, CompressionCheck, MarkedAttempt, Readiness, ReadinessCell } from '../../common/practice';
import type { Report, StarSectionName } from '../../common/report';

export type { CellMarks, CompressionCheck, MarkedAttempt, Readiness, ReadinessCell };
import { checkKeyNumbers, readFigures, sameFigure } from './key-numbers';
import { tokenize } from '../analysis/normalize';
import { gradeOf } from './schedule';
import { attemptVerdicts } from './verdicts';

/** An attempt at one of the story's questions, with its report once scored. Follow-up answers are left out. */
export interface StoryAttempt {
  summary: Pick<AttemptSummary, 'id' | 'startedAt' | 'drillLength' | 'durationSec' | 'targetMinSec' | 'targetMaxSec' | 'status'>;
  report: Report | null;
}

export interface StoryFacts {
  mode: DeckMode;
  keyNumbers: readonly string[];
}

/** Green: in the window, and no applicable mark missed. */
export function isGreen(marks: CellMarks): boolean {
  return marks.inWindow === true && marks.carriedNumber !== false && marks.reflection !== false;
}

function scored(attempt: StoryAttempt): attempt is StoryAttempt & { report: Report } {
  return attempt.summary.status === 'scored' && attempt.report !== null;
}

export function markAttempt(attempt: StoryAttempt & { report: Report }, story: StoryFacts): MarkedAttempt {
  const verdicts = attemptVerdicts(attempt.summary, attempt.report, { mode: story.mode, keyNumbers: story.keyNumbers });
  const marks: CellMarks = {
    inWindow: verdicts.inWindow,
    // With no key numbers set the story has nothing to carry: the mark does not apply.
    carriedNumber: story.keyNumbers.length === 0 ? null : verdicts.number,
    reflection: verdicts.reflection,
  };
  return {
    attemptId: attempt.summary.id,
    startedAt: attempt.summary.startedAt,
    grade: gradeOf(verdicts, attempt.report.transcript.words.length),
    marks,
    green: isGreen(marks),
  };
}

const byTime = (a: { startedAt: string }, b: { startedAt: string }): number => Date.parse(a.startedAt) - Date.parse(b.startedAt);

export function storyReadiness(story: StoryFacts, attempts: readonly StoryAttempt[]): Readiness {
  const cells = Object.fromEntries(
    DRILL_LENGTHS.map((length) => {
      const marked = attempts
        .filter((attempt) => attempt.summary.drillLength === length)
        .filter(scored)
        .map((attempt) => markAttempt(attempt, story))
        .sort(byTime);
      const best = marked.reduce<MarkedAttempt | null>(
        (top, item) => (top === null || item.grade >= top.grade ? item : top),
        null,
      );
      const cell: ReadinessCell = { length, attemptCount: marked.length, best, latest: marked[marked.length - 1] ?? null };
      return [length, cell];
    }),
  ) as Record<DrillLength, ReadinessCell>;
  return { cells, ready: DRILL_LENGTHS.every((length) => cells[length].latest?.green === true) };
}

const SECTION_ORDER: readonly StarSectionName[] = ['situation', 'task', 'action', 'result', 'reflection'];

function latestScored(attempts: readonly StoryAttempt[], length: DrillLength): (StoryAttempt & { report: Report }) | null {
  const list = attempts
    .filter((attempt) => attempt.summary.drillLength === length)
    .filter(scored)
    .sort((a, b) => byTime(a.summary, b.summary));
  return list[list.length - 1] ?? null;
}

/** Compares the latest elevator attempt with the latest deep dive (or full answer); null until both exist. */
export function compressionCheck(story: StoryFacts, attempts: readonly StoryAttempt[]): CompressionCheck | null {
  const short = latestScored(attempts, 'elevator');
  const deep = latestScored(attempts, 'deep');
  const long = deep ?? latestScored(attempts, 'full');
  if (short === null || long === null) return null;
  const present = (report: Report): Set<StarSectionName> => new Set(report.star.sections.map((section) => section.name));
  const shortSections = present(short.report);
  const longSections = present(long.report);
  const sections = SECTION_ORDER.map((name) => ({ name, inShort: shortSections.has(name), inLong: longSections.has(name) }));
  const shortChecks = checkKeyNumbers(story.keyNumbers, short.report.transcript.words);
  const longChecks = checkKeyNumbers(story.keyNumbers, long.report.transcript.words);
  const keyNumbers = story.keyNumbers.map((keyNumber, index) => ({
    keyNumber,
    inShort: shortChecks[index]!.said,
    inLong: longChecks[index]!.said,
  }));
  const shortFigures = readFigures(tokenize(short.report.transcript.words));
  const keyFigureList = [...shortChecks, ...longChecks].flatMap((check) => check.figures);
  const otherNumbers = long.report.metrics.items
    .filter((metric) => metric.value !== null)
    .filter((metric) => {
      const figure = { value: metric.value!, unit: metric.unit, fraction: false };
      return !shortFigures.some((said) => sameFigure(figure, said)) && !keyFigureList.some((key) => sameFigure(key, figure));
    })
    .map((metric) => metric.text.replace(/[.,;:!?]+$/, ''));
  return {
    shortAttemptId: short.summary.id,
    longAttemptId: long.summary.id,
    longLength: deep === null ? 'full' : 'deep',
    sections,
    keyNumbers,
    survives: {
      sections: sections.filter((section) => section.inShort).map((section) => section.name),
      keyNumbers: keyNumbers.filter((item) => item.inShort === true).map((item) => item.keyNumber),
    },
    onlyLong: {
      sections: sections.filter((section) => section.inLong && !section.inShort).map((section) => section.name),
      keyNumbers: keyNumbers.filter((item) => item.inLong === true && item.inShort !== true).map((item) => item.keyNumber),
      otherNumbers,
    },
  };
}
