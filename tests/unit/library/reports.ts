// Reports for the library's tests. `analysed` runs the real analysis on a spoken answer; `report` builds one
// field by field, for the pure functions that read only a few fields (twists, verdicts, readiness).

import type { Report, StarSectionName, TimedWord } from '../../../common/report';
import { defaultAnalysisOptions, score } from '../../../native/analysis/score';

export function spoken(sentence: string, secondsPerWord = 0.4): TimedWord[] {
  return sentence
    .split(' ')
    .filter((text) => text !== '')
    .map((text, index) => ({ text, start: index * secondsPerWord, end: index * secondsPerWord + secondsPerWord * 0.75 }));
}

export function analysed(sentence: string, question: string): Report {
  const words = spoken(sentence);
  return score(words, { durationSec: (words[words.length - 1]?.end ?? 0) + 0.5 }, { ...defaultAnalysisOptions(), question });
}

export interface ReportFacts {
  words?: string;
  metric?: boolean;
  mostlyWe?: boolean;
  reflection?: boolean;
  sections?: StarSectionName[];
}

const ALL_SECTIONS: StarSectionName[] = ['situation', 'task', 'action', 'result', 'reflection'];

/** A report with the given facts; everything else neutral. */
export function report(facts: ReportFacts = {}): Report {
  const words = spoken(facts.words ?? 'I fixed it.');
  const sections = facts.sections ?? ALL_SECTIONS;
  const durationSec = (words[words.length - 1]?.end ?? 0) + 0.5;
  return {
    version: 1,
    durationSec,
    speakingSec: durationSec,
    wordsPerMinute: 150,
    timeToFirstWordSec: 0,
    fillers: { count: 0, perMinute: 0, per100Words: 0, items: [], clusters: [] },
    vocalizedFillers: { count: 0, perMinute: 0, items: [] },
    pace: { overallWpm: 150, articulationWpm: 150, segments: [], variation: 0 },
    pauses: [],
    longestPauseSec: 0,
    metrics: { present: facts.metric ?? true, items: [] },
    reflection: { present: facts.reflection ?? true, items: [], atEnd: false },
    ownership: {
      i: facts.mostlyWe === true ? 1 : 5,
      we: facts.mostlyWe === true ? 6 : 1,
      ratio: null,
      mostlyWe: facts.mostlyWe ?? false,
    },
    hedges: { count: 0, items: [] },
    star: {
      sections: sections.map((name, index) => ({
        name,
        start: index,
        end: index + 1,
        durationSec: 1,
        firstWord: 0,
        lastWord: 0,
      })),
      missing: ALL_SECTIONS.filter((name) => !sections.includes(name)),
    },
    ending: { crisp: true, kind: 'result', evidence: null },
    mode: 'behavioral',
    checklist: [],
    summary: { strengths: [], fixes: [] },
    transcript: { words },
  };
}
