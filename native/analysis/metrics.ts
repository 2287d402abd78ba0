// Finds concrete metrics: numbers with a unit ("40%", "800 ms", "3,000 users", "two million dollars"),
// counts of things ("twelve separate calls"), factors ("10x", "twice as fast", "doubled") and shares ("half",
// "a third of"). Precision first: bare numbers ("one of the", "in 2019", "five"), enumerations ("two
// options") and time references ("two years ago") are not metrics.

import { countedNoun } from './counted-nouns';
import { isPastVerb } from './grammar';
import { idiomWords } from './number-idioms';
import { endsSentence, spanOf, type Token } from './normalize';
import {
  articleAt,
  changeOpened,
  joined,
  numberParts,
  ORDINALS,
  perMeasureAt,
  ratePeriodAt,
  readNumber,
  type NumberPart,
  type NumberReading,
} from './numbers';
import type { MetricSpan } from '../../common/report';
import { isComparisonWord, isConcreteAtOne, isCurrency, isEntityUnit, isPersonNoun, isTimeUnit, unitOfWord } from './units';

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
  'year',
  'study',
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

/** Words before a count of people that make it a size or a change, not just who was there. */
const SIZE_FRAMES = new Set(['of', 'to', 'than', 'by']);

/**
 * Nouns for a group of a given size ("batches of a hundred", "a team of four"): the number after "of" is the
 * group's size, and the unit is what it groups.
 */
const GROUPS: ReadonlyMap<string, string> = new Map([
  ['team', 'people'],
  ['teams', 'people'],
  ['squad', 'people'],
  ['crew', 'people'],
  ['batch', 'per batch'],
  ['batches', 'per batch'],
  ['chunk', 'per chunk'],
  ['chunks', 'per chunk'],
  ['group', 'per group'],
  ['groups', 'per group'],
  ['bundle', 'per bundle'],
  ['bundles', 'per bundle'],
  ['page', 'per page'],
  ['pages', 'per page'],
  ['shard', 'per shard'],
  ['shards', 'per shard'],
]);

/** Words that may stand between a comparison word and its number ("closer to about eight"). */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'just',
  'only',
  'maybe',
  'probably',
  'barely',
]);

/** Words before a bare number that compare it with one measured just before ("to", "under", "against"). */
const COMPARISON_LINKS: readonly (readonly string[])[] = [
  ['to'],
  ['than'],
  ['under'],
  ['below'],
  ['instead', 'of'],
  ['down', 'from'],
  ['up', 'from'],
  ['against'],
  ['versus'],
  ['vs'],
  ['compared', 'to'],
  ['compared', 'with'],
  // "A slot of one hour, not three": the figure refused is in the unit of the one kept.
  ['not'],
  ['rather', 'than'],
];

/** Links that set a bare number against a duration before it: "took nine days … wanted it done in five." */
const DURATION_LINKS: readonly (readonly string[])[] = [['in'], ['within']];

/** "Ten years, the last three as head chef": the part of a duration named by where it lies. */
const PART_LINKS: readonly (readonly string[])[] = [['last'], ['first']];

/** Words after the part of a duration that end it ("the last three as lead", "the last two of those"). */
const PART_CLOSERS = new Set([
  'as',
  'of',
  'at',
  'on',
  'were',
  'was',
  'i',
  'we',
  "i've",
  "i'd",
  "i'm",
  "we've",
  "we'd",
  "we're",
  'i’ve',
  'i’d',
  'i’m',
  'we’ve',
  'we’d',
  'we’re',
  'they',
  'he',
  'she',
]);

/** Words naming which of two figures is meant, between a link and the bare one ("against the usual twenty-nine"). */
const REFERENCE_ADJECTIVES = new Set([
  'usual',
  'old',
  'previous',
  'original',
  'normal',
  'typical',
  'standard',
  'current',
  'regular',
  'full',
]);

/** Determiners before a reference adjective ("the usual", "our old"). */
const REFERENCE_DETERMINERS = new Set(['the', 'our', 'their', 'my', 'its', 'your']);

/** Words before a bare number that opens a clause and counts the thing counted just before ("Only forty missed"). */
const ELLIPSIS_OPENERS = new Set(['only', 'just', 'another', 'nearly', 'almost', 'about', 'around', 'over', 'under']);

/** Conjunctions that open the clause a bare number begins ("…, and twelve passed"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'while', 'yet', 'whereas']);

/** How far back a count may stand and still name what a bare number opening a clause counts. */
const ELLIPSIS_REACH = 30;

/** Words before "to" that make it where a change ended ("down to one", "up to two"). */
const CHANGE_PARTICLES = new Set(['down', 'up', 'back', 'cut', 'dropped', 'fell', 'reduced', 'brought', 'got']);

/** Most words between the first number of a change and its "to" ("from five rounds of review to …"). */
const CHANGE_NOUN_WORDS = 3;

/** How far back a measured number may stand and still lend its unit to a bare one ("three weeks … closer to eight"). */
const INHERIT_REACH = 12;

/** Words after a bare number that leave it closed: it counts nothing of its own ("to fifteen and…"). */
const CLOSING_WORDS = new Set([
  'and',
  'but',
  'so',
  'in',
  'within',
  'by',
  'after',
  'on',
  'at',
  'for',
  'with',
  'then',
  'a',
  'an',
  'per',
]);

/** Pronouns for a group named before: "forty of them", "twelve of us". */
const GROUP_PRONOUNS = new Set(['them', 'us', 'those', 'these']);

/** Words between two numbers that make them one range ("two to three weeks", "40–50%", "one or two"). */
const RANGE_WORDS = new Set(['to', 'or']);

interface Measured {
  unit: string | null;
  lastPart: number;
  /** The unit is a plural noun of the speaker's, not a known unit. */
  generic: boolean;
  /** The unit is given per a period or measure ("one day a week", "ninety pounds a night"). */
  rate?: boolean;
}

/** "A hundred times that, so…": a pronoun closing the phrase is the thing compared, not "that day". */
function closingPronoun(parts: readonly NumberPart[], at: number): boolean {
  const text = parts[at]?.text;
  return (text === 'that' || text === 'this') && !joined(parts, at);
}

/** The unit written after the number, if the number does not already carry one. */
function unitAfter(parts: readonly NumberPart[], found: NumberReading): Measured {
  const own = { unit: found.unit, lastPart: found.lastPart, generic: false };
  const at = found.lastPart;
  const next = parts[at + 1]?.text;
  if (found.unit !== null && !isCurrency(found.unit)) return own;
  if (next === undefined || !joined(parts, at)) return (found.unit === null ? groupSize(parts, found) : null) ?? own;
  if (next === 'per' && parts[at + 2]?.text === 'cent' && joined(parts, at + 1))
    return { unit: '%', lastPart: at + 2, generic: false };
  if (next === 'times') {
    // "three times faster" is a factor; "three times a week" a rate; "I tried three times" a count of attempts.
    const compared = joined(parts, at + 1) && (isComparisonWord(parts[at + 2]?.text ?? '') || closingPronoun(parts, at + 2));
    if (compared && found.unit === null) return { unit: 'x', lastPart: at + 1, generic: false };
    const period = found.unit === null ? ratePeriodAt(parts, at + 2) : null;
    if (period !== null) return { unit: `per ${period}`, lastPart: at + 3, generic: false };
    // Ten or more tries are a count, like any list beyond a handful ("reran it twenty times").
    const many = found.unit === null && found.value >= COUNTED_FROM && !found.article;
    return many ? { unit: 'times', lastPart: at + 1, generic: true } : own;
  }
  // "12-step plan", "48-hour hackathon": the noun joined by a hyphen is what the number counts.
  if (parts[at + 1]?.compound === true && found.unit === null) {
    return { unit: unitOfWord(next) ?? next, lastPart: at + 1, generic: false };
  }
  // "A twenty-eight bed ward", "a two hour meeting": after "a", a number and a singular noun before another word make
  // one modifier, as "a 28-bed ward" does.
  const compound = compoundModifier(parts, found);
  if (compound !== null) return compound;
  const unit = unitOfWord(next);
  // "$2 million dollars" says the currency twice; any other unit after a currency belongs to something else.
  if (found.unit !== null) return unit === found.unit ? { unit, lastPart: at + 1, generic: false } : own;
  if (unit !== null) return perPeriod(parts, { unit, lastPart: at + 1, generic: false });
  if (found.kind === 'fraction' || found.kind === 'multiplier') return own;
  const period = ratePeriodAt(parts, at + 1);
  if (period !== null) return { unit: `per ${period}`, lastPart: at + 2, generic: false };
  const measure = perMeasureAt(parts, at + 1);
  if (measure !== null) return { unit: `per ${measure.measure}`, lastPart: measure.lastPart, generic: false };
  const perBase = perRoundNumber(parts, at + 1);
  if (perBase !== null) return perBase;
  // "Two complaints a week", "one refill per visit": the thing counted, then its period, is a frequency.
  const nounPeriod = /^\p{L}+$/u.test(next) ? ratePeriodAt(parts, at + 2) : null;
  if (nounPeriod !== null) return { unit: `per ${nounPeriod}`, lastPart: at + 3, generic: false };
  // "There were five of us", "a small team, seven of us,": the size of the speaker's own group, as "a team of five"
  // is. "Three of us built it" and "the three of us" name who took part.
  const ofUs = next === 'of' && joined(parts, at + 1) && parts[at + 2]?.text === 'us';
  const stated = closesPhrase(parts, at + 2) || STATED_BEFORE.has(parts[found.firstPart - 1]?.text ?? '');
  if (ofUs && stated && found.value >= 3 && !found.article) return { unit: 'people', lastPart: at + 2, generic: false };
  // "Forty-two of them": ten or more of a group named before counts it, as a noun after the number would.
  const ofGroup = next === 'of' && joined(parts, at + 1) && GROUP_PRONOUNS.has(parts[at + 2]?.text ?? '');
  if (ofGroup && found.value >= COUNTED_FROM && !found.article) return { unit: null, lastPart: at, generic: true };
  // Ten or more of anything is beyond a list ("twenty-three issues"), unless said as hyperbole ("a million things").
  return countedNoun(parts, at, found.value >= COUNTED_FROM && !found.article) ?? groupSize(parts, found) ?? own;
}

/**
 * "Ninety pounds a night", "three incidents per quarter", "eighty litres for one kilo": a unit with its period or
 * measure stays one span, a rate.
 */
function perPeriod(parts: readonly NumberPart[], measured: Measured): Measured {
  const period = ratePeriodAt(parts, measured.lastPart + 1);
  if (period !== null) return { ...measured, lastPart: measured.lastPart + 2, rate: true };
  const measure = perMeasureAt(parts, measured.lastPart + 1);
  return measure === null ? measured : { ...measured, lastPart: measure.lastPart, rate: true };
}

/** Bases a rate can be given per: "one per thousand", "two per 100,000" are said with a round number. */
const RATE_BASES = new Set([100, 1000, 10_000, 100_000, 1e6]);

/** A scale word said alone as the base of a rate ("per thousand"), which the number reader does not read alone. */
const BARE_BASES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
]);

/** "Per thousand", "per 100,000" at parts[from], after a count: a rate per a round base, or null. */
function perRoundNumber(parts: readonly NumberPart[], from: number): Measured | null {
  if (parts[from]?.text !== 'per' || !joined(parts, from - 1) || !joined(parts, from)) return null;
  const bare = BARE_BASES.get(parts[from + 1]?.text ?? '');
  if (bare !== undefined) return { unit: `per ${bare}`, lastPart: from + 1, generic: false };
  const base = readNumber(parts, from + 1);
  if (base === null || base.firstPart !== from + 1 || base.unit !== null || !RATE_BASES.has(base.value)) return null;
  return { unit: `per ${base.value}`, lastPart: base.lastPart, generic: false };
}

/** Words after a number that link it to what follows rather than name a thing ("a 429 with a header"). */
const LINKING_WORDS = new Set(['with', 'without', 'and', 'or', 'of', 'that', 'which', 'who', 'than', 'but', 'because', 'if']);

/** "A twenty-eight bed surgical ward", "a two hour meeting": the singular noun after the number is the unit. */
function compoundModifier(parts: readonly NumberPart[], found: NumberReading): Measured | null {
  const at = found.lastPart;
  const opened = articleAt(parts, found.firstPart - 1);
  const noun = parts[at + 1]?.text ?? '';
  const singular = /^\p{L}+$/u.test(noun) && !noun.endsWith('s') && !CLOSING_WORDS.has(noun) && !LINKING_WORDS.has(noun);
  const modifies = joined(parts, at + 1) && /^\p{L}+$/u.test(parts[at + 2]?.text ?? '');
  if (!opened || found.unit !== null || found.value < 2 || !singular || !joined(parts, at) || !modifies) return null;
  return { unit: unitOfWord(noun) ?? noun, lastPart: at + 1, generic: false };
}

/** "In batches of a hundred", "our team of four": after "<group> of", a number counting nothing else is the group's size. */
function groupSize(parts: readonly NumberPart[], found: NumberReading): Measured | null {
  const noun = parts[found.firstPart - 2]?.text ?? '';
  const framed =
    parts[found.firstPart - 1]?.text === 'of' && joined(parts, found.firstPart - 2) && joined(parts, found.firstPart - 1);
  if (!framed) return null;
  const group = GROUPS.get(noun);
  if (group !== undefined) return { unit: group, lastPart: found.lastPart, generic: false };
  // "A family of four", "a class of twenty-eight": any noun after "a", sized by a number that counts nothing else.
  const indefinite = articleAt(parts, found.firstPart - 3);
  // A large quantity ("a budget of six mil") is an amount already, not the size of a group.
  const sized = indefinite && /^\p{L}+$/u.test(noun) && !QUANTITY_NOUNS.has(noun) && found.value >= 2 && !found.scaled;
  // Reached only when no counted noun follows the number (unitAfter tries those first).
  return sized ? { unit: noun, lastPart: found.lastPart, generic: false } : null;
}

/** Words before "N of us" that state the group's size ("there were five of us"). */
const STATED_BEFORE = new Set(['were', 'was', 'are', 'is', "there's", 'there’s']);

/** Nouns after "a" that say how much or what kind, not a group the number sizes ("a lot of", "a couple of"). */
const QUANTITY_NOUNS = new Set(['lot', 'couple', 'bit', 'number', 'handful', 'few', 'kind', 'sort', 'type', 'piece', 'part']);

/** Whether nothing the number could count follows parts[at]: punctuation, the end, or a function word. */
function closesPhrase(parts: readonly NumberPart[], at: number): boolean {
  if (!joined(parts, at) || CLOSING_WORDS.has(parts[at + 1]?.text ?? '')) return true;
  // "To one or two.": a range closes where its high bound does.
  const high = RANGE_WORDS.has(parts[at + 1]?.text ?? '') && joined(parts, at + 1) ? readNumber(parts, at + 2) : null;
  return high !== null && high.firstPart === at + 2 && closesPhrase(parts, high.lastPart);
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

/** Words that make the noun after them a period of time or a recurrence rather than a name. */
const PERIOD_DETERMINERS = new Set(['last', 'this', 'next', 'that', 'per', 'a', 'every', 'each', 'one', 'same']);

/**
 * "Phase 15", "version 3": a number naming which one, with nothing after it that it counts, or only a noun of the
 * speaker's that the name qualifies ("the Year 10 classes", "the phase 2 teams").
 */
function isIdentifier(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  const before = parts[found.firstPart - 1];
  // "Last year 40 stores", "every release 3 bugs": the noun is a period there, and the number counts.
  const period = PERIOD_DETERMINERS.has(parts[found.firstPart - 2]?.text ?? '');
  return (
    before !== undefined &&
    !before.pauseAfter &&
    !period &&
    IDENTIFIER_NOUNS.has(before.text) &&
    (measured.lastPart === found.lastPart || measured.generic || qualifiesNoun(parts, found, measured)) &&
    found.unit === null
  );
}

/** "Our gate 12 team", "the ward 7 nurse": a singular noun after a named number is what the name qualifies. */
function qualifiesNoun(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  const noun = parts[found.lastPart + 1]?.text ?? '';
  // A measuring unit after the number ("the year thirty-two percent lower") measures; a thing's name is qualified.
  const named = measured.unit === null || isEntityUnit(measured.unit);
  return measured.lastPart === found.lastPart + 1 && /^\p{L}+$/u.test(noun) && !noun.endsWith('s') && named;
}

/** Words after "half" that make it a share: "half the", "half of", "half our", "by half." or "half within". */
const SHARE_AFTER_HALF = new Set([
  'the',
  'of',
  'a',
  'an',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'these',
  'those',
  'that',
  'this',
  'as',
  'again',
  ...CLOSING_WORDS,
]);

/** Amounts "half" halves as a share of them: "half price", "half the cost" ("half five" is a time, "half marathon" a thing). */
const HALVED_AMOUNTS = new Set(['price', 'cost', 'fare', 'rent', 'fee', 'speed', 'capacity', 'pay']);

/**
 * "Half five", "half twelve" (a time of day, half past), "the half marathon", "a half day": "half" straight before
 * a number or a noun names a thing, not a share of one.
 */
function halfNamesThing(parts: readonly NumberPart[], found: NumberReading): boolean {
  const next = parts[found.lastPart + 1]?.text ?? '';
  const alone = found.kind === 'fraction' && found.value === 0.5 && found.firstPart === found.lastPart;
  return alone && joined(parts, found.lastPart) && !SHARE_AFTER_HALF.has(next) && !HALVED_AMOUNTS.has(next);
}

/** Hours of a clock: "at six every evening", "closed at eight" say when, not how many. */
const CLOCK_HOURS = 12;

/** The part before parts[firstPart], past any approximators ("closer to about eight": the "to"). */
function beforeApproximators(parts: readonly NumberPart[], firstPart: number): number {
  let at = firstPart - 1;
  while (at >= 0 && APPROXIMATORS.has(parts[at]?.text ?? '') && joined(parts, at)) at -= 1;
  return at;
}

/** Verbs before "at" that read a level ("sitting at eight and a half", "the pool maxed at 200"). */
const LEVEL_VERBS = new Set([
  'sitting',
  'sat',
  'stood',
  'standing',
  'running',
  'stuck',
  'hovering',
  'hovered',
  'peaked',
  'maxed',
  'capped',
  'plateaued',
  'levelled',
  'leveled',
  'settled',
  'topped',
]);

/** Verbs a few words before "to" that move a figure ("raised the pool to 300", "cut it to forty"). */
const CHANGE_VERBS = new Set([
  'raised',
  'increased',
  'reduced',
  'cut',
  'dropped',
  'lowered',
  'brought',
  'bumped',
  'grew',
  'rose',
  'fell',
  'shrank',
  'trimmed',
  'boosted',
  'upped',
  'lifted',
  'slashed',
  'went',
]);

/** Words between a change verb and its "to" ("raised the pool to"). */
const CHANGE_VERB_REACH = 4;

/**
 * "It was sitting at eight and a half", "the pool maxed at 200", "raised the pool to 300": a number read as the
 * level something stood at, or the figure a change took it to, is a measurement even bare.
 */
function levelOrChangeEnd(parts: readonly NumberPart[], found: NumberReading): boolean {
  const before = beforeApproximators(parts, found.firstPart);
  const link = parts[before]?.text;
  if (!joined(parts, before)) return false;
  if (link === 'at') return LEVEL_VERBS.has(parts[before - 1]?.text ?? '') && joined(parts, before - 1);
  if (link !== 'to') return false;
  for (let at = before - 1; at >= Math.max(0, before - CHANGE_VERB_REACH); at -= 1) {
    if (!joined(parts, at)) return false;
    if (CHANGE_VERBS.has(parts[at]?.text ?? '')) return true;
  }
  return false;
}

function isClockTime(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  if (levelOrChangeEnd(parts, found)) return false;
  const recurring = measured.unit === null || parts[found.lastPart + 1]?.text === 'every';
  const hour = Number.isInteger(found.value) && found.value >= 1 && found.value <= CLOCK_HOURS;
  return parts[found.firstPart - 1]?.text === 'at' && found.unit === null && hour && recurring && found.kind !== 'fraction';
}

/** Verbs that state what something is or became, before the figure it ended at ("were almost zero"). */
const STATE_COPULAS = new Set(['is', 'was', 'were', 'are', 'became', 'stayed', 'remained', "it's"]);

/** "Dropped to zero", "down to 0", "were almost zero": nothing left is as concrete as a result gets. */
function endsAtZero(parts: readonly NumberPart[], found: NumberReading): boolean {
  if (found.value !== 0) return false;
  const before = beforeApproximators(parts, found.firstPart);
  const word = parts[before]?.text ?? '';
  const atClose = closesPhrase(parts, found.lastPart);
  return word === 'to' || (STATE_COPULAS.has(word) && joined(parts, before) && atClose);
}

function isMetric(parts: readonly NumberPart[], found: NumberReading, measured: Measured): boolean {
  const { unit } = measured;
  if (isYear(parts, found) || isOrdinal(parts, found) || isIdentifier(parts, found, measured)) return false;
  if (halfNamesThing(parts, found) || isClockTime(parts, found, measured)) return false;
  // "Minus three outside": only a measured thing goes below zero.
  if (found.signed === true) return true;
  if (parts[measured.lastPart]?.compound === true) return found.value >= 2 || isConcreteAtOne(unit);
  // "Two years ago" says when, not how much; so does "in five years I'd like to…", looking ahead.
  if (unit !== null && joined(parts, measured.lastPart) && parts[measured.lastPart + 1]?.text === 'ago') return false;
  if (looksAhead(parts, found, measured)) return false;
  const before = parts[found.firstPart - 1]?.text ?? '';
  // "Two people kept it alive", "feedback from two colleagues": a pair names who was there, not a size; a team's
  // size ("a team of two") or either end of a change ("from two engineers to six") still measures.
  const changeFrom = before === 'from' && parts[measured.lastPart + 1]?.text === 'to';
  if (found.value === 2 && isPersonNoun(unit) && !SIZE_FRAMES.has(before) && !changeFrom) return false;
  // "The two candidates" is a known set; "the same twelve parts" counts beyond a handful, as any count of ten does.
  const definite = DEFINITE_BEFORE.has(before) && found.value < COUNTED_FROM;
  // "Zero selection errors" counts as surely as "two"; "the two export bugs" is a known set.
  if (measured.generic) return (found.value >= 2 || found.value === 0) && !definite;
  if (definite && found.value <= 2 && isEntityUnit(unit)) return false;
  // "Our three services", "two of my engineers": a handful of one's own names a set (or some of it); it does not
  // count anything.
  const own =
    POSSESSIVES.has(parts[found.firstPart - 1]?.text ?? '') ||
    (parts[found.lastPart + 1]?.text === 'of' && POSSESSIVES.has(parts[found.lastPart + 2]?.text ?? ''));
  if (own && isEntityUnit(unit) && found.value < 10 && !found.scaled && !found.grouped) return false;
  // "Once a week", "one per sprint", "one day a week": a rate is a measurement even at one.
  if (unit?.startsWith('per ') === true || measured.rate === true) return true;
  // "one day", "a second", "one user": a count of one is an idiom far more often than a result.
  // Digits are deliberate ("1 second"); the idiom is a spoken word.
  if (found.value === 1 && found.kind !== 'digits' && !isConcreteAtOne(unit) && !measuresOne(parts, found, measured))
    return false;
  if (unit !== null || found.kind === 'fraction' || found.kind === 'multiplier' || found.spokenDecimal === true) return true;
  if (endsAtZero(parts, found)) return true;
  if (levelOrChangeEnd(parts, found) && found.value >= 2) return true;
  // With no unit, only a number written as a large quantity counts ("3,000", "40k", "two million"),
  // and not "a million things", which is hyperbole.
  // So does a count of hundreds said in words ("about three hundred now"), which is past any list.
  const hundreds = found.kind === 'words' && found.value >= 100 && Number.isInteger(found.value);
  return (found.scaled || found.grouped || hundreds) && !found.article;
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
  if (before === 'from') return null;
  const high = readNumber(parts, link + 1);
  if (high === null || high.firstPart !== link + 1 || high.value <= found.value) return null;
  const highMeasured = unitAfter(parts, high);
  if (measured.unit !== null && highMeasured.unit !== null && highMeasured.unit !== measured.unit) return null;
  // "Two weeks to three engineers" joins two things; a range names its unit after the low bound only when it
  // repeats it ("half a terabyte to two terabytes") or the unit is a suffix ("40% to 50%").
  const unitBetween = measured.lastPart !== found.lastPart && linkText === 'to' && !between;
  const repeated = highMeasured.unit === measured.unit || measured.unit === '%' || measured.unit === 'x';
  if (unitBetween && !repeated) return null;
  return { found: high, measured: highMeasured };
}

/**
 * "One in five runs", "one order in ten thousand": a share said as a ratio, read as a percentage. Not "one in a
 * million", a figure of speech.
 */
const RATIO_LINKS = new Set(['in', 'out']);

function ratioAfter(
  parts: readonly NumberPart[],
  found: NumberReading,
  measured: Measured,
): (Measured & { value: number }) | null {
  // "One shelf in four": the thing counted may stand between the count and the "in".
  const nounBetween =
    measured.lastPart === found.lastPart &&
    // "Nine times out of ten" is a figure of speech, not a share.
    /^\p{L}+$/u.test(parts[measured.lastPart + 1]?.text ?? '') &&
    parts[measured.lastPart + 1]?.text !== 'times' &&
    RATIO_LINKS.has(parts[measured.lastPart + 2]?.text ?? '') &&
    joined(parts, measured.lastPart);
  const link = measured.lastPart + (nounBetween ? 2 : 1);
  // "in", "in every", "out of".
  const every = parts[link + 1]?.text === 'every' ? 2 : 1;
  const linkLength = parts[link]?.text === 'in' ? every : parts[link]?.text === 'out' && parts[link + 1]?.text === 'of' ? 2 : 0;
  const countable = measured.unit === null || measured.generic || isEntityUnit(measured.unit);
  if (linkLength === 0 || !countable || found.kind === 'fraction' || found.kind === 'multiplier' || found.unit !== null)
    return null;
  const unbroken = Array.from({ length: linkLength + 1 }, (_, offset) => joined(parts, link - 1 + offset)).every(Boolean);
  const whole = unbroken ? readNumber(parts, link + linkLength) : null;
  if (whole === null || whole.firstPart !== link + linkLength || whole.article || whole.unit !== null) return null;
  if (whole.kind !== 'words' && whole.kind !== 'digits') return null;
  if (whole.value <= found.value || (whole.plainInteger && whole.value >= 1900 && whole.value <= 2099)) return null;
  const tail = unitAfter(parts, whole);
  // "Five in ten minutes" is a speed, not a share: the whole must count the same kind of thing, or nothing.
  if (tail.unit !== null && !tail.generic && !isEntityUnit(tail.unit)) return null;
  const lastPart = tail.lastPart;
  return { unit: '%', lastPart, generic: false, value: Number(((found.value / whole.value) * 100).toPrecision(12)) };
}

/** A metric just read, whose unit a bare number near it may share; `unit` null for a change said in bare numbers. */
interface Previous {
  unit: string | null;
  lastPart: number;
  /** Said as a large quantity with no unit ("forty grand", "3,000"): a bare number compared with it counts too. */
  scaled?: boolean;
}

/**
 * The first part of the link before a bare number ("to", "closer to about", "against the usual"), skipping
 * approximators and a reference to the figure meant; or null.
 */
function comparisonLinkBefore(
  parts: readonly NumberPart[],
  firstPart: number,
  links: readonly (readonly string[])[] = COMPARISON_LINKS,
): number | null {
  let end = beforeApproximators(parts, firstPart);
  if (REFERENCE_ADJECTIVES.has(parts[end]?.text ?? '') && joined(parts, end)) end -= 1;
  if (REFERENCE_DETERMINERS.has(parts[end]?.text ?? '') && joined(parts, end)) end -= 1;
  for (const link of links) {
    const from = end - link.length + 1;
    const matches = link.every((word, offset) => parts[from + offset]?.text === word && joined(parts, from + offset));
    if (from >= 0 && matches) return from;
  }
  return null;
}

/**
 * The unit a bare number takes from a measured one near it, or undefined when it takes none:
 *  - right after a range link ("from forty minutes to eight", "five months instead of three");
 *  - after a comparison link at the close of its phrase, with the measured one a few words back in the same
 *    sentence or the one before ("three weeks, and our estimate was closer to eight", "twelve minutes … under
 *    three.");
 *  - either end of a change said in bare numbers ("from five to about one and a half"): null, a unitless figure.
 */
function inheritedUnit(
  parts: readonly NumberPart[],
  found: NumberReading,
  previous: Previous | null,
  sentenceEnds: (from: number, to: number) => number,
): string | null | undefined {
  if (previous !== null && previous.unit !== null && linksRange(parts, previous.lastPart + 1, found.firstPart))
    return previous.unit;
  const closes = closesPhrase(parts, found.lastPart);
  // A link at `at` stands near the figure just named: within reach, in its sentence or the next.
  const near = (at: number | null): boolean =>
    previous !== null && at !== null && at - previous.lastPart <= INHERIT_REACH && sentenceEnds(previous.lastPart, at) <= 1;
  const link = comparisonLinkBefore(parts, found.firstPart);
  if (previous !== null && link !== null && closes) {
    const sameClause = previous.unit !== null || previous.scaled === true || changeOpened(parts, link);
    // A spoken "one" after "to" or "not" is mostly a pronoun ("handed it to one of…", "not one for change"), unless a
    // change says where something ended up ("from … to one", "down to one").
    const pronoun = found.value === 1 && found.kind === 'words' && !found.article;
    const linkWord = parts[link]?.text;
    const ended =
      changeOpened(parts, link) || CHANGE_PARTICLES.has(parts[link - 1]?.text ?? '') || (linkWord !== 'to' && linkWord !== 'not');
    if (near(link) && sameClause && (!pronoun || ended)) return previous.unit;
  }
  // "Under six minutes, and it was sitting at eight and a half": the level read against the figure just named.
  if (previous?.unit != null && closes && levelOrChangeEnd(parts, found) && near(found.firstPart)) return previous.unit;
  const timed = previous !== null && isTimeUnit(previous.unit);
  // "It took nine days; they wanted it done in five.": a bare number closing "in" against a duration just before.
  const duration = comparisonLinkBefore(parts, found.firstPart, DURATION_LINKS);
  if (timed && near(duration) && closes && found.value >= 2) return previous.unit;
  // "I cooked for ten years, the last three as head chef": part of the duration just named.
  const part = comparisonLinkBefore(parts, found.firstPart, PART_LINKS);
  const partEnds = closes || PART_CLOSERS.has(parts[found.lastPart + 1]?.text ?? '');
  if (timed && near(part) && partEnds && found.value >= 2) return previous.unit;
  return changeTo(parts, found);
}

/**
 * "About 1,800 bags went out. Only forty missed their flight.": a bare number opening a clause, straight before its
 * verb, stands for the thing counted a sentence or two before; the count's unit, or undefined.
 */
function elidedCount(
  parts: readonly NumberPart[],
  found: NumberReading,
  count: Previous | null,
  sentenceEnds: (from: number, to: number) => number,
): string | undefined {
  if (count === null || count.unit === null || found.value < 2 || found.article || found.kind !== 'words') return undefined;
  const verb = parts[found.lastPart + 1]?.text ?? '';
  if (!joined(parts, found.lastPart) || !isPastVerb(verb)) return undefined;
  let before = found.firstPart - 1;
  if (ELLIPSIS_OPENERS.has(parts[before]?.text ?? '') && joined(parts, before)) before -= 1;
  const opens = before < 0 || !joined(parts, before) || CLAUSE_OPENERS.has(parts[before]?.text ?? '');
  const near = found.firstPart - count.lastPart <= ELLIPSIS_REACH && sentenceEnds(count.lastPart, found.firstPart) <= 2;
  return opens && near ? count.unit : undefined;
}

/** "From ten to twenty percent", "from five to about one and a half": the unit of the change's far end. */
function changeTo(parts: readonly NumberPart[], found: NumberReading): string | null | undefined {
  // "From zero to two hundred customers" is from scratch: only the far end is a figure.
  if (parts[found.firstPart - 1]?.text !== 'from' || found.value === 0) return undefined;
  // The "to" may come after what the first number counts ("from five rounds of review to one or two").
  let to = found.lastPart + 1;
  while (to <= found.lastPart + CHANGE_NOUN_WORDS && parts[to]?.text !== 'to' && readNumber(parts, to) === null) to += 1;
  const unbroken = Array.from({ length: to - found.lastPart }, (_, offset) => joined(parts, found.lastPart + offset)).every(
    Boolean,
  );
  if (parts[to]?.text !== 'to' || !unbroken) return undefined;
  let at = to + 1;
  while (APPROXIMATORS.has(parts[at]?.text ?? '') && joined(parts, at - 1)) at += 1;
  const end = joined(parts, at - 1) ? readNumber(parts, at) : null;
  const year = end !== null && end.plainInteger && end.value >= 1900 && end.value <= 2099;
  if (end === null || end.firstPart !== at || end.kind === 'fraction' || year) return undefined;
  const measured = unitAfter(parts, end);
  if (measured.unit !== null) return measured.unit;
  return closesPhrase(parts, end.lastPart) ? null : undefined;
}

export function detectMetrics(tokens: readonly Token[]): MetricSpan[] {
  const parts = numberParts(tokens);
  const sentenceEnds = (from: number, to: number): number =>
    parts.slice(from, to).filter((part) => part.pauseAfter && endsSentence(tokens[part.word]?.raw ?? '')).length;
  const idioms = idiomWords(tokens);
  const items: MetricSpan[] = [];
  // The metric just read, whose unit a bare number near it may share ("from 40 minutes to eight").
  let previous: Previous | null = null;
  // The last count of things or people, which a bare number opening a clause may stand for ("Only forty missed").
  let lastCount: Previous | null = null;
  let at = 0;
  while (at < parts.length) {
    const found = readNumber(parts, at);
    if (found === null) {
      at += 1;
      continue;
    }
    if (idioms.has(parts[found.firstPart]?.word ?? -1)) {
      previous = null;
      at = found.lastPart + 1;
      continue;
    }
    const measured = unitAfter(parts, found);
    const bare = measured.unit === null && measured.lastPart === found.lastPart;
    const inheriting = bare && found.kind !== 'fraction' && found.kind !== 'multiplier' && !isYear(parts, found);
    const near = inheriting ? inheritedUnit(parts, found, previous, sentenceEnds) : undefined;
    const inherited = inheriting && near === undefined ? elidedCount(parts, found, lastCount, sentenceEnds) : near;
    const shared: Measured = inherited === undefined ? measured : { ...measured, unit: inherited };
    const ratio = ratioAfter(parts, found, shared);
    const firstOfRatio = parts[found.firstPart];
    const lastOfRatio = parts[ratio?.lastPart ?? -1];
    if (ratio !== null && firstOfRatio !== undefined && lastOfRatio !== undefined) {
      items.push({ ...spanOf(tokens, firstOfRatio.word, lastOfRatio.word), value: ratio.value, high: null, unit: '%' });
      previous = { unit: '%', lastPart: ratio.lastPart };
      at = ratio.lastPart + 1;
      continue;
    }
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
      // The context before the range is the low bound's: "the two or three likeliest causes" is a known set.
      const spanning: NumberReading = { ...range.found, firstPart: found.firstPart };
      const metric = inherited !== undefined || (unit !== null && !whole.generic) || isMetric(parts, spanning, range.measured);
      if (first !== undefined && last !== undefined && metric) {
        items.push({ ...spanOf(tokens, first.word, last.word), value: found.value, high: range.found.value, unit });
        previous = { unit, lastPart: whole.lastPart };
      } else previous = null;
      at = whole.lastPart + 1;
      continue;
    }
    const first = parts[found.firstPart];
    const last = parts[shared.lastPart];
    if (first !== undefined && last !== undefined && (inherited !== undefined || isMetric(parts, found, shared))) {
      items.push({ ...spanOf(tokens, first.word, last.word), value: found.value, high: null, unit: shared.unit });
      previous = { unit: shared.unit, lastPart: shared.lastPart, scaled: found.scaled || found.grouped };
      if (shared.generic || isEntityUnit(shared.unit)) lastCount = previous;
      at = shared.lastPart + 1;
    } else {
      previous = null;
      at = found.lastPart + 1;
    }
  }
  return items;
}
