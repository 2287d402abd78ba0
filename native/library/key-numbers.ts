// "Did you say your number?": an attempt's words against a story's key numbers. Digits and words are the
// same figure ("forty percent" = "40%", "1.5 million" = "one point five million", "half" = "50%"), read
// with the analysis's own number reader so the app never reads a number two ways.

import type { Span, TimedWord } from '../../common/report';
import { detectMetrics } from '../analysis/metrics';
import { spanOf, tokenize, type Token } from '../analysis/normalize';
import { joined, numberParts, readNumber } from '../analysis/numbers';

/** A number said (or written), with the unit it carries when there is one. */
export interface Figure {
  value: number;
  unit: string | null;
  /** A share said as a fraction ("half", "a third of"): it also matches the same share as a percentage. */
  fraction: boolean;
  firstWord: number;
  lastWord: number;
}

export interface KeyNumberCheck {
  keyNumber: string;
  /** The figures the key number holds; empty when it holds none ("p95"), which cannot be checked. */
  figures: Omit<Figure, 'firstWord' | 'lastWord'>[];
  /** Whether every figure of the key number was said; null when it holds no figure. */
  said: boolean | null;
  /** Where each figure was said, in the answer's words. */
  evidence: Span[];
}

const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);

/** Seconds per time unit, so "2.4 s" matches "2400 ms" and "90 minutes" matches "1.5 hours". */
const SECONDS: ReadonlyMap<string, number> = new Map([
  ['ms', 0.001],
  ['s', 1],
  ['min', 60],
  ['h', 3600],
]);

function wordsOf(text: string): TimedWord[] {
  return text
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => ({ text: word, start: 0, end: 0 }));
}

/** Every number in the words, with the unit the metric reader gives it. */
export function readFigures(tokens: readonly Token[]): Figure[] {
  const parts = numberParts(tokens);
  const metrics = detectMetrics(tokens);
  const figures: Figure[] = [];
  let at = 0;
  while (at < parts.length) {
    const found = readNumber(parts, at);
    if (found === null) {
      at += 1;
      continue;
    }
    let value = found.value;
    let lastPart = found.lastPart;
    // "one point five million": a scale word the reader left after a decimal still scales it.
    const scale = SCALE_WORDS.get(parts[lastPart + 1]?.text ?? '');
    if (scale !== undefined && !found.scaled && joined(parts, lastPart)) {
      value = Number((value * scale).toPrecision(12));
      lastPart += 1;
    }
    const firstWord = parts[found.firstPart]!.word;
    const metric = metrics.find((item) => item.firstWord === firstWord);
    const lastWord = Math.max(parts[lastPart]!.word, metric?.lastWord ?? 0);
    figures.push({ value, unit: metric?.unit ?? found.unit, fraction: found.kind === 'fraction', firstWord, lastWord });
    at = lastPart + 1;
  }
  return figures;
}

function close(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether a said figure is the key figure: the same value in a compatible unit. */
export function sameFigure(key: Omit<Figure, 'firstWord' | 'lastWord'>, said: Omit<Figure, 'firstWord' | 'lastWord'>): boolean {
  if (said.fraction && key.unit === '%') return Math.abs(said.value * 100 - key.value) < 1;
  if (key.fraction && said.unit === '%') return Math.abs(key.value * 100 - said.value) < 1;
  const keySeconds = key.unit === null ? undefined : SECONDS.get(key.unit);
  const saidSeconds = said.unit === null ? undefined : SECONDS.get(said.unit);
  if (keySeconds !== undefined && saidSeconds !== undefined) return close(key.value * keySeconds, said.value * saidSeconds);
  // A unit said on one side only still counts ("cut it to forty" for "40%"); two different units do not.
  const unitsAgree = key.unit === null || said.unit === null || key.unit === said.unit;
  return unitsAgree && close(key.value, said.value);
}

/** The figures a key number holds, read as the answer's words are read. */
export function keyFigures(keyNumber: string): Omit<Figure, 'firstWord' | 'lastWord'>[] {
  // Written notes put a space before units ("2.4 s") that speech-to-text attaches ("2.4s").
  const text = keyNumber.replace(/(\d)\s+(s|ms|x|%)(?=$|[\s,;.)])/g, '$1$2');
  return readFigures(tokenize(wordsOf(text))).map(({ value, unit, fraction }) => ({ value, unit, fraction }));
}

export function checkKeyNumbers(keyNumbers: readonly string[], words: readonly TimedWord[]): KeyNumberCheck[] {
  const tokens = tokenize(words);
  const said = readFigures(tokens);
  return keyNumbers.map((keyNumber) => {
    const figures = keyFigures(keyNumber);
    if (figures.length === 0) return { keyNumber, figures, said: null, evidence: [] };
    const evidence = figures.flatMap((figure) => {
      const match = said.find((candidate) => sameFigure(figure, candidate));
      return match === undefined ? [] : [spanOf(tokens, match.firstWord, match.lastWord)];
    });
    return { keyNumber, figures, said: evidence.length === figures.length, evidence };
  });
}

/** Whether the answer carried its story's numbers: every checkable key number said; null when none can be checked. */
export function carriedKeyNumbers(checks: readonly KeyNumberCheck[]): boolean | null {
  const checkable = checks.filter((check) => check.said !== null);
  return checkable.length === 0 ? null : checkable.every((check) => check.said === true);
}
