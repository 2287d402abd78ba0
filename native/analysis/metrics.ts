// Finds concrete metrics: numbers with a unit ("40%", "800 ms", "3,000 users", "two million dollars"),
// counts of things ("twelve separate calls"), factors ("10x", "twice as fast", "doubled") and shares ("half",
// "a third of"). Precision first: bare numbers ("one of the", "in 2019", "five"), enumerations ("two
// options") and time references ("two years ago") are not metrics.

import { countedNoun } from './counted-nouns';
import { spanOf, type Token } from './normalize';
import { joined, numberParts, ORDINALS, readNumber, type NumberPart, type NumberReading } from './numbers';
import type { MetricSpan } from '../../common/report';
import { isComparisonWord, isConcreteAtOne, isCurrency, isEntityUnit, isRatePeriod, isTimeUnit, unitOfWord } from './units';

/** Words before a four-digit number that make it a year ("in 2019", "since 2020", "summer 2021"). */
const YEAR_CONTEXT = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'before',
  'after',
  'during',
  'of',
  'around',
  'circa',
  'early',
  'late',
  'mid',
  'year',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);

/** Words before "one" that make "one week" a measurement ("under one second", "in one sprint"). */
const MEASURE_BEFORE = new Set([
  'under',
  'within',
  'over',
  'about',
  'around',
  'by',
  'in',
  'than',
  'to',
  'from',
  'for',
  'only',
  'just',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'least',
  'most',
  'exactly',
]);

/** Words after a duration that make it a measurement ("one week late"). */
const MEASURE_AFTER = new Set(['late', 'early', 'later', 'earlier', 'sooner', 'faster', 'slower', 'ahead', 'behind']);

/** Before a count of the speaker's own nouns, these point at a known set ("the two candidates"), not a figure. */
const DEFINITE_BEFORE = new Set([
  'the',
  'these',
  'those',
  'my',
  'our',
  'your',
  'their',
  'same',
  'other',
  'first',
  'last',
  'next',
]);

/** Numbers from here up count even nouns that usually enumerate ("fifteen questions"). */
const COUNTED_FROM = 10;

/** Openings of a sentence about the future after "in five years": "I'd", "we'll", "I want", "I see myself". */
const FUTURE_SUBJECTS = new Set(["i'd", "i'll", "we'd", "we'll", 'i’d', 'i’ll', 'we’d', 'we’ll']);
const FUTURE_VERBS = new Set(['want', 'hope', 'see', 'would', 'will', 'plan', 'expect', 'aim', 'intend', 'wish']);

/** Possessives before a small count of things: "our three services" are the ones we have, not a figure. */
const POSSESSIVES = new Set(['my', 'our', 'your', 'their']);

/** Words between two numbers that carry the first one's unit to the second ("from 40 minutes to eight"). */
const RANGE_LINKS: readonly (readonly string[])[] = [['to'], ['or'], ['instead', 'of'], ['down', 'to'], ['up', 'to']];

/** Nouns that name a thing by its number ("phase 15", "version 3", "section B2"): an identifier, not an amount. */
const IDENTIFIER_NOUNS = new Set([
  'phase',
  'version',
  'v',
  'section',
  'step',
  'stage',
  'level',
  'chapter',
  'page',
  'room',
  'number',
  'no',
  'item',
  'ticket',
  'issue',
  'pr',
  'build',
  'release',
  'sprint',
  'round',
  'iteration',
  'generation',
  'gen',
  'tier',
  'floor',
  'model',
  'series',
  'season',
  'grade',
  'gate',
  'route',
  'python',
  'java',
  'ios',
  'android',
  'windows',
  'figure',
  'table',
  'slide',
  'episode',
  'milestone',
  'wave',
  'cohort',
  'block',
  'line',
  'lane',
  'region',
  'zone',
  'epic',
]);

/** Words between two numbers that make them one range ("two to three weeks", "40–50%", "one or two"). */
const RANGE_WORDS = new Set(['to', 'or']);

interface Measured {
  unit: string | null;
  lastPart: number;
  /** The unit is a plural noun of the speaker's, not a known unit. */
  generic: boolean;
}

/** "a week", "per sprint" right after parts[from - 1]: the period of a rate, or null. */
function ratePeriod(parts: readonly NumberPart[], from: number): string | null {
  const link = parts[from]?.text;
  const period = parts[from + 1]?.text;
  const linked =
    (link === 'a' || link === 'an' || link === 'per' || link === 'every') && joined(parts, from - 1) && joined(parts, from);
  return linked && period !== undefined && isRatePeriod(period) ? period : null;
}

/** The unit written after the number, if the number does not already carry one. */
function unitAfter(parts: readonly NumberPart[], found: NumberReading): Measured {
  const own = { unit: found.unit, lastPart: found.lastPart, generic: false };
  const at = found.lastPart;
  const next = parts[at + 1]?.text;
  if (next === undefined || !joined(parts, at) || (found.unit !== null && !isCurrency(found.unit))) return own;
  if (next === 'per' && parts[at + 2]?.text === 'cent' && joined(parts, at + 1))
    return { unit: '%', lastPart: at + 2, generic: false };
  if (next === 'times') {
    // "three times faster" is a factor; "three times a week" a rate; "I tried three times" a count of attempts.
    const compared = joined(parts, at + 1) && isComparisonWord(parts[at + 2]?.text ?? '');
    if (compared && found.unit === null) return { unit: 'x', lastPart: at + 1, generic: false };
    const period = found.unit === null ? ratePeriod(parts, at + 2) : null;
    return period === null ? own : { unit: `per ${period}`, lastPart: at + 3, generic: false };
  }
  // "12-step plan", "48-hour hackathon": the noun joined by a hyphen is what the number counts.
  if (parts[at + 1]?.compound === true && found.unit === null) {
    return { unit: unitOfWord(next) ?? next, lastPart: at + 1, generic: false };
  }
  const unit = unitOfWord(next);
  // "$2 million dollars" says the currency twice; any other unit after a currency belongs to something else.
  if (found.unit !== null) return unit === found.unit ? { unit, lastPart: at + 1, generic: false } : own;
  if (unit !== null) return { unit, lastPart: at + 1, generic: false };
  if (found.kind === 'fraction' || found.kind === 'multiplier') return own;
  const period = ratePeriod(parts, at + 1);
  if (period !== null) return { unit: `per ${period}`, lastPart: at + 2, generic: false };
  // Ten or more of anything is beyond a list ("twenty-three issues"), unless said as hyperbole ("a million things").
  return countedNoun(parts, at, found.value >= COUNTED_FROM && !found.article) ?? own;
}

function isYear(parts: readonly NumberPart[], found: NumberReading): boolean {
  const before = parts[found.firstPart - 1]?.text ?? '';
  return found.plainInteger && found.value >= 1900 && found.value <= 2099 && YEAR_CONTEXT.has(before);
}

/** "In five years I'd like…", "in two years, we'll…": a future time, not a duration of something done. */
function looksAhead(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  if (parts[found.firstPart - 1]?.text !== 'in' || !isTimeUnit(measured.unit)) return false;
  const subject = parts[measured.lastPart + 1]?.text ?? '';
  const verb = parts[measured.lastPart + 2]?.text ?? '';
  return FUTURE_SUBJECTS.has(subject) || ((subject === 'i' || subject === 'we') && FUTURE_VERBS.has(verb));
}

/** "Under one second", "one week late": a count of one that is still a measurement. */
function measuresOne(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  const before = parts[found.firstPart - 1];
  const after = parts[measured.lastPart + 1];
  const measuredBefore = before !== undefined && !before.pauseAfter && MEASURE_BEFORE.has(before.text);
  const measuredAfter = after !== undefined && joined(parts, measured.lastPart) && MEASURE_AFTER.has(after.text);
  // "In one service" picks a thing out; only an amount (time, money, size) is measured by "in", "under", "for".
  const amount = measured.unit !== null && !measured.generic && !isEntityUnit(measured.unit);
  return amount && found.kind === 'words' && !found.article && (measuredBefore || measuredAfter);
}

/** "Twenty first release", "twenty second place": a tens word and an ordinal make a place, not an amount. */
function isOrdinal(parts: readonly NumberPart[], found: NumberReading): boolean {
  const next = parts[found.lastPart + 1]?.text ?? '';
  return (
    found.kind === 'words' && joined(parts, found.lastPart) && ORDINALS.has(next) && found.value >= 20 && found.value % 10 === 0
  );
}

/** "Phase 15", "version 3": a number naming which one, with nothing after it that it counts. */
function isIdentifier(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  const before = parts[found.firstPart - 1];
  return (
    before !== undefined &&
    !before.pauseAfter &&
    IDENTIFIER_NOUNS.has(before.text) &&
    measured.lastPart === found.lastPart &&
    found.unit === null
  );
}

function isMetric(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  const { unit } = measured;
  if (isYear(parts, found) || isOrdinal(parts, found) || isIdentifier(parts, found, measured)) return false;
  if (parts[measured.lastPart]?.compound === true) return found.value >= 2 || isConcreteAtOne(unit);
  // "Two years ago" says when, not how much; so does "in five years I'd like to…", looking ahead.
  if (unit !== null && joined(parts, measured.lastPart) && parts[measured.lastPart + 1]?.text === 'ago') return false;
  if (looksAhead(parts, found, measured)) return false;
  const definite = DEFINITE_BEFORE.has(parts[found.firstPart - 1]?.text ?? '');
  if (measured.generic) return found.value >= 2 && !definite;
  // "Our three services", "two of my engineers": a handful of one's own names a set (or some of it); it does not
  // count anything.
  const own =
    POSSESSIVES.has(parts[found.firstPart - 1]?.text ?? '') ||
    (parts[found.lastPart + 1]?.text === 'of' && POSSESSIVES.has(parts[found.lastPart + 2]?.text ?? ''));
  if (own && isEntityUnit(unit) && found.value < 10 && !found.scaled && !found.grouped) return false;
  // "Once a week", "one per sprint": a rate is a measurement even at one.
  if (unit?.startsWith('per ') === true && found.unit === null) return true;
  // "one day", "a second", "one user": a count of one is an idiom far more often than a result.
  // Digits are deliberate ("1 second"); the idiom is a spoken word.
  if (found.value === 1 && found.kind !== 'digits' && !isConcreteAtOne(unit) && !measuresOne(parts, found, measured))
    return false;
  if (unit !== null || found.kind === 'fraction' || found.kind === 'multiplier' || found.spokenDecimal === true) return true;
  // "Dropped to zero", "down to 0": nothing left is as concrete as a result gets.
  if (found.value === 0 && parts[found.firstPart - 1]?.text === 'to') return true;
  // With no unit, only a number written as a large quantity counts ("3,000", "40k", "two million"),
  // and not "a million things", which is hyperbole.
  return (found.scaled || found.grouped) && !found.article;
}

/** Whether the parts from `from` up to `to` (exclusive) read a range link such as "to" or "instead of". */
function linksRange(parts: readonly NumberPart[], from: number, to: number): boolean {
  const unbroken = (): boolean =>
    Array.from({ length: to - from + 1 }, (_, offset) => joined(parts, from - 1 + offset)).every(Boolean);
  return RANGE_LINKS.some(
    (link) => link.length === to - from && link.every((word, offset) => parts[from + offset]?.text === word) && unbroken(),
  );
}

interface RangeReading {
  found: NumberReading;
  measured: Measured;
}

/**
 * "Two to three weeks", "40–50%", "2 to 3x", "between 40 and 50 users": a second number right after the first
 * that closes a range, with the unit of either. Not "from 20% to 3%", which is a change, two metrics.
 */
function rangeAfter(parts: readonly NumberPart[], found: NumberReading, measured: Measured): RangeReading | null {
  const link = measured.lastPart + 1;
  const linkText = parts[link]?.text ?? '';
  const before = parts[found.firstPart - 1]?.text;
  const between = before === 'between' && linkText === 'and';
  if (!(RANGE_WORDS.has(linkText) || between) || !joined(parts, measured.lastPart) || !joined(parts, link)) return null;
  if (
    before === 'from' ||
    (measured.lastPart !== found.lastPart && linkText === 'to' && !between && measured.unit !== '%' && measured.unit !== 'x')
  )
    return null;
  const high = readNumber(parts, link + 1);
  if (high === null || high.firstPart !== link + 1 || high.value <= found.value) return null;
  const highMeasured = unitAfter(parts, high);
  if (measured.unit !== null && highMeasured.unit !== null && highMeasured.unit !== measured.unit) return null;
  return { found: high, measured: highMeasured };
}

export function detectMetrics(tokens: readonly Token[]): MetricSpan[] {
  const parts = numberParts(tokens);
  const items: MetricSpan[] = [];
  // The unit of the metric just read, which a bare number right after it shares ("from 40 minutes to eight").
  let previous: { unit: string; lastPart: number } | null = null;
  let at = 0;
  while (at < parts.length) {
    const found = readNumber(parts, at);
    if (found === null) {
      at += 1;
      continue;
    }
    const measured = unitAfter(parts, found);
    const shared: Measured =
      measured.unit === null &&
      found.kind !== 'fraction' &&
      previous !== null &&
      linksRange(parts, previous.lastPart + 1, found.firstPart) &&
      !isYear(parts, found)
        ? { ...measured, unit: previous.unit }
        : measured;
    const range = rangeAfter(parts, found, shared);
    if (range !== null) {
      const unit = range.measured.unit ?? shared.unit;
      const whole: Measured = {
        unit,
        lastPart: range.measured.lastPart,
        generic: range.measured.generic && shared.unit === null,
      };
      const first = parts[found.firstPart];
      const last = parts[whole.lastPart];
      if (first !== undefined && last !== undefined && (unit !== null || isMetric(parts, range.found, range.measured))) {
        items.push({ ...spanOf(tokens, first.word, last.word), value: found.value, high: range.found.value, unit });
        previous = unit === null ? null : { unit, lastPart: whole.lastPart };
        at = whole.lastPart + 1;
        continue;
      }
    }
    const first = parts[found.firstPart];
    const last = parts[shared.lastPart];
    if (first !== undefined && last !== undefined && (shared !== measured || isMetric(parts, found, shared))) {
      items.push({ ...spanOf(tokens, first.word, last.word), value: found.value, high: null, unit: shared.unit });
      previous = shared.unit === null ? null : { unit: shared.unit, lastPart: shared.lastPart };
      at = shared.lastPart + 1;
    } else {
      previous = null;
      at = found.lastPart + 1;
    }
  }
  return items;
}
