// Validation of what analysis is given. Messages name the source ("words.json", "analysis") and the word by
// its 1-based position, as a person counting the file would.

import type { AnswerMode, AudioFacts, TimedWord, TimeSpan } from '../../common/report';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkWord(candidate: unknown, position: number, source: string): TimedWord {
  const problem = (what: string): Error => new Error(`${source}: word ${position} ${what}`);
  if (!isRecord(candidate)) throw problem('is not an object');
  const { text, start, end, probability } = candidate;
  if (typeof text !== 'string') throw problem("has no 'text' string");
  if (text.trim() === '') throw problem("has empty 'text'");
  if (!isTime(start)) throw problem("has no numeric 'start'");
  if (!isTime(end)) throw problem("has no numeric 'end'");
  if (start < 0) throw problem('starts before 0 s');
  if (end < start) throw problem('ends before it starts');
  if (probability === undefined) return { text, start, end };
  if (typeof probability !== 'number' || !(probability >= 0 && probability <= 1)) {
    throw problem("has a 'probability' that is not a number from 0 to 1");
  }
  return { text, start, end, probability };
}

/** Checks every word and their order; returns clean copies holding only the TimedWord fields. */
export function checkWords(candidates: readonly unknown[], source: string): TimedWord[] {
  const words = candidates.map((candidate, index) => checkWord(candidate, index + 1, source));
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (previous !== undefined && word.start < previous.start) {
      throw new Error(`${source}: word ${index + 1} starts before word ${index}; words must be in time order`);
    }
  });
  return words;
}

function checkVoiced(voiced: unknown): TimeSpan[] {
  if (!Array.isArray(voiced)) throw new Error('analysis: voiced must be a list of {start, end} regions');
  const regions = voiced.map((region: unknown, index) => {
    if (!isRecord(region) || !isTime(region.start) || !isTime(region.end) || region.start < 0 || region.end < region.start) {
      throw new Error(`analysis: voiced region ${index + 1} needs a numeric start of at least 0 and an end after it`);
    }
    return { start: region.start, end: region.end };
  });
  // Detectors walk the regions in time order; sorting here spares every caller the promise.
  return regions.sort((a, b) => a.start - b.start);
}

export function checkFacts(facts: AudioFacts): AudioFacts {
  if (!isTime(facts.durationSec) || facts.durationSec < 0) {
    throw new Error('analysis: durationSec must be a finite number of at least 0');
  }
  return {
    durationSec: facts.durationSec,
    ...(facts.voiced === undefined ? {} : { voiced: checkVoiced(facts.voiced) }),
    ...(facts.steady === undefined ? {} : { steady: checkVoiced(facts.steady) }),
  };
}

export function checkQuestion(question: unknown): string | undefined {
  if (question === undefined) return undefined;
  if (typeof question !== 'string') throw new Error('analysis: question must be text');
  return question;
}

export function checkFillerWords(fillerWords: unknown): string[] {
  if (!Array.isArray(fillerWords)) throw new Error('analysis: fillerWords must be a list of words');
  return fillerWords.map((entry, index) => {
    if (typeof entry !== 'string') throw new Error(`analysis: filler word ${index + 1} is not text`);
    return entry;
  });
}

const MODES: readonly AnswerMode[] = ['behavioral', 'design', 'incident', 'product', 'motivation', 'pitch', 'general'];

export function checkMode(mode: unknown): AnswerMode | undefined {
  if (mode === undefined) return undefined;
  const known = MODES.find((candidate) => candidate === mode);
  if (known === undefined) throw new Error(`analysis: mode must be one of ${MODES.join(', ')}`);
  return known;
}

export function checkWindow(window: unknown): { minSec: number; maxSec: number } | undefined {
  if (window === undefined) return undefined;
  if (
    !isRecord(window) ||
    !isTime(window.minSec) ||
    !isTime(window.maxSec) ||
    window.minSec < 0 ||
    window.maxSec < window.minSec
  ) {
    throw new Error('analysis: window needs a minSec of at least 0 and a maxSec not below it');
  }
  return { minSec: window.minSec, maxSec: window.maxSec };
}
