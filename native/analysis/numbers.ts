// Reads numbers as Whisper writes them: digits ("3,000", "1.5", "$2M", "800ms", "40%") and words
// ("three hundred and ten", "twenty-five", "one point five million", "two and a half thousand", "a third",
// "twice").
//
// Hand-written rather than a words-to-numbers package: the reader must know where a number stops inside a
// sentence (word indices for the evidence span, no crossing a comma), keep "a million things" apart from "a
// million users", and read Whisper's mixed forms ("$2 million", "40-50%", "12-step"); the packages we looked at
// convert a whole string to one value and do none of that.

import { endsClause, type Token } from './normalize';
import { isComparisonWord, isCurrency, isRatePeriod, isTimeUnit, unitOfSuffix, unitOfWord } from './units';

/** A piece of a word as the number reader sees it: hyphenated number words ("forty-five") are split. */
export interface NumberPart {
  /** Lowercase; surrounding punctuation removed except a leading currency sign and a trailing %. */
  text: string;
  /** Index of the word this part belongs to. */
  word: number;
  /** The word ends with punctuation and this is its last part: a number or unit cannot continue past it. */
  pauseAfter: boolean;
  /** Hyphen-joined to the number before it, as a compound ("12-step", "48-hour"): the noun it counts. */
  compound?: boolean;
}

export type NumberKind = 'digits' | 'words' | 'fraction' | 'multiplier';

export interface NumberReading {
  value: number;
  kind: NumberKind;
  /** Part indices (inclusive) the number covers. */
  firstPart: number;
  lastPart: number;
  /** A unit carried by the number itself: "40%", "$2M", "800ms", "10x", "twice". */
  unit: string | null;
  /** Written with thousand/million/billion or k/M/B: a quantity even without a unit. */
  scaled: boolean;
  /** Written with thousands separators ("3,000"). */
  grouped: boolean;
  /** Opened with "a"/"an" ("a million things"), which is usually a figure of speech. */
  article: boolean;
  /** Plain digits with no separator, decimals or suffix: the only form a year takes ("2019"). */
  plainInteger: boolean;
  /** Said with "point" ("four point five"): a measured value, even with no unit after it. */
  spokenDecimal?: boolean;
  /** Said with "minus" ("minus three"): a signed reading, which only a measurement has. */
  signed?: boolean;
}

const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ].map((word, value) => [word, value] as const),
);

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // Spoken money: "forty grand", "two mil".
  ['grand', 1e3],
  ['k', 1e3],
  ['mil', 1e6],
  // South Asian scales: "two lakh" is 200,000, "one point eight crore" is 18 million.
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mm', 1e6],
  ['mn', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
]);

/** Denominators, singular (after "a"/"one") and plural (after "two", "three"…): any ordinal up to ten. */
const FRACTIONS_SINGULAR: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['third', 3],
  ['quarter', 4],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);
const FRACTIONS_PLURAL: ReadonlyMap<string, number> = new Map([
  ['halves', 2],
  ['thirds', 3],
  ['quarters', 4],
  ['fourths', 4],
  ['fifths', 5],
  ['sixths', 6],
  ['sevenths', 7],
  ['eighths', 8],
  ['ninths', 9],
  ['tenths', 10],
]);

/** Verbs that state a change as a factor: always a concrete claim. */
const FACTOR_VERBS: ReadonlyMap<string, number> = new Map([
  ['doubled', 2],
  ['tripled', 3],
  ['quadrupled', 4],
  ['halved', 0.5],
]);

/** Adverbs that are a factor only in a comparison ("twice as fast"), not a count ("I asked twice"). */
const FACTOR_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);

/**
 * Factor words said as an adjective or a verb in the present ("double what we did", "to halve the queue", "tripling
 * our output"): a factor only when what is multiplied follows, not "a double room" or "double-check".
 */
const FACTOR_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['doubles', 2],
  ['doubling', 2],
  ['triple', 3],
  ['triples', 3],
  ['tripling', 3],
  ['quadruple', 4],
  ['quadrupling', 4],
  ['halve', 0.5],
  ['halving', 0.5],
]);

/** Words that open what a factor word multiplies: "double what", "triple the", "halve our". */
const MULTIPLIED_OPENERS = new Set(['the', 'what', 'that', 'this', 'our', 'their', 'its', 'my', 'your', 'his', 'her']);

/** Determiners before a factor said as a noun ("another doubling"). */
const FACTOR_NOUN_DETERMINERS = new Set(['a', 'another', 'the', 'one', 'each', 'every', 'any']);

/** Words before a factor word that make it what something came to ("so double", "was nearly triple"). */
const PREDICATE_BEFORE = new Set(['so', 'was', 'is', 'were', 'are', 'almost', 'nearly', 'roughly', 'about', 'than', 'over']);

/** "Threefold", "tenfold": a number word joined to "fold" is a factor. */
function foldFactor(text: string): number | undefined {
  const times = text.endsWith('fold') ? SMALL_NUMBERS.get(text.slice(0, -'fold'.length)) : undefined;
  return times !== undefined && times >= 2 ? times : undefined;
}

/** Adverbs of repetition: a frequency when a period follows ("once a week", "twice per sprint"). */
const REPETITIONS: ReadonlyMap<string, number> = new Map([['once', 1], ...FACTOR_ADVERBS]);

/** After a period, these make it a time reference ("a month later", "a week before"), not a rate's period. */
const AFTER_TIME_REFERENCE = new Set(['later', 'earlier', 'ago', 'before', 'after', 'early', 'late', 'ahead', 'behind']);

/**
 * "a week", "per sprint", "every night" at parts[from], joined to the count before it: the period of a rate,
 * or null. Not "a month later", which says when.
 */
export function ratePeriodAt(parts: readonly NumberPart[], from: number): string | null {
  const link = parts[from]?.text;
  const period = parts[from + 1]?.text;
  const linked =
    (link === 'a' || link === 'an' || link === 'per' || link === 'every') && joined(parts, from - 1) && joined(parts, from);
  const reference = joined(parts, from + 1) && AFTER_TIME_REFERENCE.has(parts[from + 2]?.text ?? '');
  return linked && period !== undefined && isRatePeriod(period) && !reference ? period : null;
}

/** Measures a price or an amount can be "per", as a rate is per period: "one eighty a kilo", "£3 per litre". */
const PER_MEASURES: ReadonlyMap<string, string> = new Map([
  ['kilo', 'kg'],
  ['kg', 'kg'],
  ['kilogram', 'kg'],
  ['gram', 'g'],
  ['tonne', 't'],
  ['ton', 't'],
  ['litre', 'L'],
  ['liter', 'L'],
  ['gallon', 'gal'],
  ['pint', 'pint'],
  ['metre', 'm'],
  ['meter', 'm'],
  ['mile', 'mile'],
  ['head', 'head'],
  ['person', 'person'],
  ['unit', 'unit'],
  ['item', 'item'],
]);

/** Links before a measure: "a kilo", "per litre", "for one kilo", "for every metre". */
const MEASURE_LINKS: readonly (readonly string[])[] = [
  ['a'],
  ['an'],
  ['per'],
  ['each'],
  ['for', 'one'],
  ['for', 'every'],
  ['for', 'each'],
  ['for', 'a'],
];

/**
 * "A kilo", "per litre", "for one kilo" at parts[from], joined to the amount before it: the measure of a rate (a
 * price per kilo, water per kilo of fabric) with the part it ends on, or null.
 */
export function perMeasureAt(parts: readonly NumberPart[], from: number): { measure: string; lastPart: number } | null {
  for (const link of MEASURE_LINKS) {
    const at = from + link.length;
    const matches = link.every((word, offset) => textAt(parts, from + offset) === word && joined(parts, from - 1 + offset));
    const measure = matches && joined(parts, at - 1) ? PER_MEASURES.get(textAt(parts, at) ?? '') : undefined;
    if (measure !== undefined) return { measure, lastPart: at };
  }
  return null;
}

const LEAD_AFTER = new Set(['ahead', 'earlier', 'early', 'sooner']);

/** How far back "from" may stand before the "to" of a change ("from a week or so to a day"). */
const CHANGE_REACH = 6;

/**
 * An upper bound before "a"/"an" makes it a measured one ("under a second", "less than an hour"): a claim of
 * speed. So does either end of a change ("from an hour to a minute"). "More than an hour" or "within a day" set
 * a threshold as often as they report one.
 */
function boundsArticle(parts: readonly NumberPart[], at: number): boolean {
  const before = textAt(parts, at - 1);
  if (!joined(parts, at - 1)) return false;
  const less =
    before === 'than' && (textAt(parts, at - 2) === 'less' || textAt(parts, at - 2) === 'fewer') && joined(parts, at - 2);
  const changeFrom = before === 'from' && joined(parts, at + 1) && textAt(parts, at + 2) === 'to';
  // "A week ahead", "a day earlier": a lead measured in the unit, unlike "a month later", which says when.
  const lead = joined(parts, at + 1) && LEAD_AFTER.has(textAt(parts, at + 2) ?? '');
  return before === 'under' || less || changeFrom || lead || (before === 'to' && changeOpened(parts, at - 1));
}

/** Whether the "to" at parts[to] closes a "from" a few words before it, in the same clause. */
export function changeOpened(parts: readonly NumberPart[], to: number): boolean {
  for (let at = to - 1; at >= Math.max(0, to - CHANGE_REACH); at -= 1) {
    if (!joined(parts, at)) return false;
    if (textAt(parts, at) === 'from') return true;
  }
  return false;
}

/** "once a quarter", "every third": the fraction word is a period or an ordinal there. */
const NOT_FRACTION_AFTER = new Set(['once', 'twice', 'per', 'every', 'each']);

/** "Within a quarter", "in a quarter": three months, unless "of" follows ("in a quarter of the cases"). */
const PERIOD_AFTER = new Set(['within', 'in', 'for', 'over', 'during', 'after', 'next', 'last', 'this', 'that']);

const HYPHEN_SPLITTABLE = new Set([
  ...SMALL_NUMBERS.keys(),
  ...TENS.keys(),
  ...SCALES.keys(),
  ...FRACTIONS_SINGULAR.keys(),
  ...FRACTIONS_PLURAL.keys(),
  'hundred',
  'and',
  'a',
]);

const DIGITS = /^(?<currency>[$€£])?(?<integer>\d{1,3}(?:,\d{3})+|\d+)(?<decimals>\.\d+)?(?<suffix>[a-z%×]*)$/;
const LEADING_NOISE = /^[^\p{L}\p{N}$€£]+/u;
const TRAILING_NOISE = /[^\p{L}\p{N}%×]+$/u;

function partText(raw: string): string {
  return raw
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(LEADING_NOISE, '')
    .replace(TRAILING_NOISE, '');
}

/** Ordinal words: "twenty first release" and "twenty-second place" are places, not amounts. */
export const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
]);

/** "40-50%", "2–3x": a range written as one word, read as its two bounds with "to" between. */
const DIGIT_RANGE = /^([$€£]?\d+(?:\.\d+)?)[-–—](\d+(?:\.\d+)?[a-z%×]*)$/;

/** The pieces a word is read as: a range, a hyphenated number ("forty-five"), a compound ("12-step"), or whole. */
function pieces(text: string): { text: string; compound?: boolean }[] {
  const range = DIGIT_RANGE.exec(text);
  if (range !== null) return [{ text: range[1] ?? '' }, { text: 'to' }, { text: range[2] ?? '' }];
  const split = text.split('-');
  if (split.length > 1 && split.every((piece) => HYPHEN_SPLITTABLE.has(piece))) return split.map((piece) => ({ text: piece }));
  // "Three-hundred-thousand-dollar", "sixty-five-page": number words, then the noun they count.
  const words = split.slice(0, -1);
  const noun = split[split.length - 1] ?? '';
  const spelled = words.every((piece) => HYPHEN_SPLITTABLE.has(piece)) && (isNumberWord(words[0]) || words[0] === 'hundred');
  if (split.length > 2 && spelled && /^\p{L}+$/u.test(noun) && !ORDINALS.has(noun)) {
    return [...words.map((piece) => ({ text: piece })), { text: noun, compound: true }];
  }
  const [head, counted] = split;
  const numeric = head !== undefined && (/^\d+(?:\.\d+)?$/.test(head) || SMALL_NUMBERS.has(head) || TENS.has(head));
  if (split.length === 2 && numeric && counted !== undefined && /^\p{L}+$/u.test(counted) && !ORDINALS.has(counted)) {
    return [{ text: head }, { text: counted, compound: true }];
  }
  return [{ text }];
}

export function numberParts(tokens: readonly Token[]): NumberPart[] {
  return tokens.flatMap((token, word) => {
    const texts = pieces(partText(token.raw));
    const pause = endsClause(token.raw);
    return texts.map((piece, index) => ({
      text: piece.text,
      word,
      pauseAfter: pause && index === texts.length - 1,
      ...(piece.compound === true ? { compound: true } : {}),
    }));
  });
}

/** Words that begin an amount said without a number: "double what", "half the", "twice as", "once a week". */
const AMOUNT_OPENERS = new Set(['half', 'once', ...FACTOR_WORDS.keys(), ...FACTOR_ADVERBS.keys(), ...FACTOR_VERBS.keys()]);

/** Whether a word begins a number or an amount ("40", "$2M", "forty-five", "twelve", "double"), for rules that look ahead. */
export function startsNumber(raw: string): boolean {
  const text = partText(raw);
  const first = text.split('-')[0] ?? '';
  return readDigits(text) !== null || SMALL_NUMBERS.has(first) || TENS.has(first) || AMOUNT_OPENERS.has(first);
}

interface DigitValue {
  value: number;
  unit: string | null;
  scaled: boolean;
  grouped: boolean;
  plainInteger: boolean;
}

function scaleBy(value: number, factor: number): number {
  // toPrecision keeps "1.1M" at 1100000 instead of 1100000.0000000002.
  return Number((value * factor).toPrecision(12));
}

const COIN_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['p', '£'],
  ['c', '$'],
]);

function readDigits(text: string): DigitValue | null {
  const groups = DIGITS.exec(text)?.groups;
  if (groups === undefined) return null;
  const currency = groups.currency ?? null;
  const integer = groups.integer ?? '';
  const decimals = groups.decimals ?? '';
  const suffix = groups.suffix ?? '';
  const value = Number(integer.replace(/,/g, '') + decimals);
  const grouped = integer.includes(',');
  const plainInteger = currency === null && decimals === '' && suffix === '' && !grouped;
  if (suffix === '') return { value, unit: currency, scaled: false, grouped, plainInteger };
  const scale = SCALE_SUFFIXES.get(suffix);
  if (scale !== undefined) return { value: scaleBy(value, scale), unit: currency, scaled: true, grouped, plainInteger };
  if (currency !== null) return null;
  // "20p", "99c": coins, in hundredths of the currency ("720p" and "1080p" are video, so only under a hundred).
  const coin = COIN_SUFFIXES.get(suffix);
  if (coin !== undefined && decimals === '' && !grouped && value >= 1 && value < 100)
    return { value: scaleBy(value, 0.01), unit: coin, scaled: false, grouped, plainInteger: false };
  // "1.5s" is seconds, but "90s" and "2010s" are decades, so a bare "s" needs a decimal point.
  const unit = suffix === 's' && decimals !== '' ? 's' : unitOfSuffix(suffix);
  return unit === null ? null : { value, unit, scaled: false, grouped, plainInteger };
}

function textAt(parts: readonly NumberPart[], index: number): string | undefined {
  return parts[index]?.text;
}

/** Whether parts[index] and the next part belong together: no punctuation between them. */
export function joined(parts: readonly NumberPart[], index: number): boolean {
  const part = parts[index];
  return part !== undefined && !part.pauseAfter && index + 1 < parts.length;
}

/** Whether parts[at] is "a" or "an" running on into the word after it ("a fortnight", "a twenty-eight bed ward"). */
export function articleAt(parts: readonly NumberPart[], at: number): boolean {
  const text = textAt(parts, at);
  return (text === 'a' || text === 'an') && joined(parts, at);
}

/** A scale word after a complete number ("one point five million", "two and a half thousand"). */
function scaleAfter(parts: readonly NumberPart[], last: number): number | undefined {
  return joined(parts, last) ? SCALES.get(textAt(parts, last + 1) ?? '') : undefined;
}

/** "… and a half" after a number: returns the index of "half", or null. */
function andAHalf(parts: readonly NumberPart[], last: number): number | null {
  const matches =
    joined(parts, last) &&
    textAt(parts, last + 1) === 'and' &&
    joined(parts, last + 1) &&
    textAt(parts, last + 2) === 'a' &&
    joined(parts, last + 2) &&
    textAt(parts, last + 3) === 'half';
  return matches ? last + 3 : null;
}

function reading(
  kind: NumberKind,
  value: number,
  firstPart: number,
  lastPart: number,
  unit: string | null = null,
): NumberReading {
  return { value, kind, firstPart, lastPart, unit, scaled: false, grouped: false, article: false, plainInteger: false };
}

function readFactor(parts: readonly NumberPart[], at: number): NumberReading | null {
  const text = textAt(parts, at) ?? '';
  const verb = FACTOR_VERBS.get(text) ?? foldFactor(text);
  if (verb !== undefined) return reading('multiplier', verb, at, at, 'x');
  const next = textAt(parts, at + 1);
  const word = FACTOR_WORDS.get(text);
  if (word !== undefined && next !== undefined && joined(parts, at) && MULTIPLIED_OPENERS.has(next))
    return reading('multiplier', word, at, at, 'x');
  // "Another doubling of the data", "a tripling": the factor as a noun after a determiner.
  if (
    word !== undefined &&
    FACTOR_NOUN_DETERMINERS.has(textAt(parts, at - 1) ?? '') &&
    joined(parts, at - 1) &&
    text.endsWith('ing')
  )
    return reading('multiplier', word, at, at, 'x');
  // "So double,", "it was almost triple.": the factor word as what something came to, closing its clause.
  const predicate = PREDICATE_BEFORE.has(textAt(parts, at - 1) ?? '') && joined(parts, at - 1);
  if (word !== undefined && word > 1 && predicate && (next === undefined || !joined(parts, at)))
    return reading('multiplier', word, at, at, 'x');
  const adverb = FACTOR_ADVERBS.get(text);
  if (adverb === undefined || next === undefined || !joined(parts, at) || !isComparisonWord(next)) return null;
  return reading('multiplier', adverb, at, at, 'x');
}

/** "Once a week", "twice per sprint", "every other day": a frequency, read with its period as the unit. */
function readFrequency(parts: readonly NumberPart[], at: number): NumberReading | null {
  const text = textAt(parts, at) ?? '';
  const count = REPETITIONS.get(text);
  if (count !== undefined) {
    const period = ratePeriodAt(parts, at + 1);
    if (period !== null) return reading('words', count, at, at + 2, `per ${period}`);
    // "Once or twice a month": the low bound of a range of frequencies, whose period comes after the high one.
    const range =
      (textAt(parts, at + 1) === 'or' || textAt(parts, at + 1) === 'to') && joined(parts, at) && joined(parts, at + 1);
    const high = range ? readFrequency(parts, at + 2) : null;
    return high !== null && high.value > count ? reading('words', count, at, at) : null;
  }
  // "Every other week" is once in two weeks: half a time per week.
  const period = textAt(parts, at + 2) ?? '';
  const everyOther = text === 'every' && textAt(parts, at + 1) === 'other' && joined(parts, at) && joined(parts, at + 1);
  return everyOther && isRatePeriod(period) ? reading('words', 0.5, at, at + 2, `per ${period}`) : null;
}

/** "An hour and a half", "a year and a half": one and a half of the unit the article stands for. */
function readArticleAndAHalf(parts: readonly NumberPart[], at: number): NumberReading | null {
  const unit = unitOfWord(textAt(parts, at + 1) ?? '');
  const half = articleAt(parts, at) && unit !== null ? andAHalf(parts, at + 1) : null;
  return half === null ? null : reading('words', 1.5, at, half, unit);
}

/** Coins below the unit: "four p", "ninety pence", "fifty cents". */
const SUBUNITS: ReadonlyMap<string, string> = new Map([
  ['p', '£'],
  ['pence', '£'],
  ['cent', '$'],
  ['cents', '$'],
]);

/** "Four p", "thirty pence", "99 cents": an amount in hundredths of the currency. */
function readSubunit(parts: readonly NumberPart[], at: number): NumberReading | null {
  const whole = readDigitNumber(parts, at) ?? readNumberWords(parts, at);
  if (whole === null || whole.unit !== null || whole.scaled || whole.article || !joined(parts, whole.lastPart)) return null;
  const unit = SUBUNITS.get(textAt(parts, whole.lastPart + 1) ?? '');
  return unit === undefined ? null : reading(whole.kind, scaleBy(whole.value, 0.01), at, whole.lastPart + 1, unit);
}

/**
 * "One eighty a kilo", "two fifty per litre": a price said as units and then hundredths with the currency left out,
 * read only where a measure follows that a price is per (unlike "one fifty a month", which may be 150).
 */
function readBarePrice(parts: readonly NumberPart[], at: number): NumberReading | null {
  const units = SMALL_NUMBERS.get(textAt(parts, at) ?? '');
  if (units === undefined || units < 1 || units > 9 || !joined(parts, at)) return null;
  const cents = readNumberWords(parts, at + 1);
  if (cents === null || cents.firstPart !== at + 1 || cents.scaled || cents.value < 10 || cents.value >= 100) return null;
  return perMeasureAt(parts, cents.lastPart + 1) === null
    ? null
    : reading('words', units + cents.value / 100, at, cents.lastPart);
}

/**
 * Nouns that name an amount, counted one by the article: "a fortnight" is two weeks, "a decade" ten years, and (British
 * slang) "a fiver" five pounds, "a tenner" ten.
 */
const NAMED_AMOUNTS: ReadonlyMap<string, readonly [number, string]> = new Map([
  ['fortnight', [2, 'weeks']],
  ['decade', [10, 'years']],
  ['fiver', [5, '£']],
  ['tenner', [10, '£']],
]);

/** "A fortnight", "a tenner": one of a noun that itself names an amount. */
function readNamedAmount(parts: readonly NumberPart[], at: number): NumberReading | null {
  const amount = NAMED_AMOUNTS.get(textAt(parts, at + 1) ?? '');
  return articleAt(parts, at) && amount !== undefined ? reading('words', amount[0], at, at + 1, amount[1]) : null;
}

/** "Under a second", "less than an hour": the article is a measured one when a bound and a unit of time frame it. */
function readBoundedArticle(parts: readonly NumberPart[], at: number): NumberReading | null {
  const timed = articleAt(parts, at) && isTimeUnit(unitOfWord(textAt(parts, at + 1) ?? ''));
  return timed && boundsArticle(parts, at) ? reading('words', 1, at, at) : null;
}

function readFraction(parts: readonly NumberPart[], at: number): NumberReading | null {
  const text = textAt(parts, at) ?? '';
  if (text === 'half') {
    // "Half a million": half of the scale after the article, a large quantity like any scaled number.
    const scale = joined(parts, at) && joined(parts, at + 1) ? SCALES.get(textAt(parts, at + 2) ?? '') : undefined;
    if (textAt(parts, at + 1) === 'a' && scale !== undefined) return { ...reading('words', scale / 2, at, at + 2), scaled: true };
    // "Half a terabyte", "half an hour": half of the unit after the article, which the caller reads.
    const article = textAt(parts, at + 1) === 'a' || textAt(parts, at + 1) === 'an';
    const measured = article && joined(parts, at) && joined(parts, at + 1) && unitOfWord(textAt(parts, at + 2) ?? '') !== null;
    return reading('fraction', 0.5, at, measured ? at + 1 : at);
  }
  const numerator = text === 'a' || text === 'an' ? 1 : SMALL_NUMBERS.get(text);
  const denominatorText = textAt(parts, at + 1);
  if (numerator === undefined || numerator === 0 || denominatorText === undefined || !joined(parts, at)) return null;
  const denominator = numerator === 1 ? FRACTIONS_SINGULAR.get(denominatorText) : FRACTIONS_PLURAL.get(denominatorText);
  if (denominator === undefined) return null;
  const before = textAt(parts, at - 1) ?? '';
  if (NOT_FRACTION_AFTER.has(before)) return null;
  if (denominator === 4 && numerator === 1 && PERIOD_AFTER.has(before) && textAt(parts, at + 2) !== 'of') return null;
  // "a third option" is another option, "a quarter" may be three months; "a third of", "by a third." are shares.
  const closesShare = !joined(parts, at + 1) || textAt(parts, at + 2) === 'of';
  if (numerator === 1 && denominator !== 2 && !closesShare) return null;
  // "A quarter of a million", "three quarters of a billion": a share of a scale is a large quantity.
  const ofScale = [1, 2, 3].every((offset) => joined(parts, at + offset)) && textAt(parts, at + 2) === 'of';
  const scale = ofScale && textAt(parts, at + 3) === 'a' ? SCALES.get(textAt(parts, at + 4) ?? '') : undefined;
  if (scale !== undefined) return { ...reading('words', scaleBy(numerator / denominator, scale), at, at + 4), scaled: true };
  return reading('fraction', numerator / denominator, at, at + 1);
}

function readDigitNumber(parts: readonly NumberPart[], at: number): NumberReading | null {
  const digits = readDigits(textAt(parts, at) ?? '');
  if (digits === null) return null;
  const result: NumberReading = { ...reading('digits', digits.value, at, at, digits.unit), ...digits };
  const scale = SCALES.get(textAt(parts, at + 1) ?? '');
  // "$2 million", "40 thousand": a word scale after bare digits.
  if (scale !== undefined && joined(parts, at) && !result.scaled && (result.unit === null || isCurrency(result.unit))) {
    return { ...result, value: scaleBy(result.value, scale), lastPart: at + 1, scaled: true, plainInteger: false };
  }
  const half = andAHalf(parts, at);
  if (half === null) return result;
  const halfScale = scaleAfter(parts, half);
  return halfScale === undefined
    ? { ...result, value: result.value + 0.5, lastPart: half, plainInteger: false }
    : { ...result, value: scaleBy(result.value + 0.5, halfScale), lastPart: half + 1, scaled: true, plainInteger: false };
}

type WordState = 'start' | 'article' | 'couple' | 'small' | 'ten' | 'hundred' | 'scale' | 'and' | 'dozen';

const COMPLETE_STATES: ReadonlySet<WordState> = new Set(['small', 'ten', 'hundred', 'scale', 'dozen']);
const GROUP_OPENERS: ReadonlySet<WordState> = new Set(['start', 'hundred', 'scale', 'and']);
const SCALE_TAKERS: ReadonlySet<WordState> = new Set(['small', 'ten', 'hundred', 'article', 'couple', 'dozen']);

function isNumberWord(text: string | undefined): boolean {
  return text !== undefined && (SMALL_NUMBERS.has(text) || TENS.has(text));
}

/** A number word after parts[at], or after an "and" there ("hundred fifty", "hundred and fifty"). */
function numberFollows(parts: readonly NumberPart[], at: number): boolean {
  const next = textAt(parts, at + 1);
  return isNumberWord(next) || (next === 'and' && joined(parts, at + 1) && isNumberWord(textAt(parts, at + 2)));
}

/** Reads "one point five" style decimals after the integer part; returns [value, last part] or null. */
function readPointDecimals(parts: readonly NumberPart[], point: number, whole: number): [number, number] | null {
  let digits = '';
  let last = point;
  while (joined(parts, last)) {
    const digit = SMALL_NUMBERS.get(textAt(parts, last + 1) ?? '');
    if (digit === undefined || digit > 9) break;
    digits += String(digit);
    last += 1;
  }
  return digits === '' ? null : [Number(`${whole}.${digits}`), last];
}

function readNumberWords(parts: readonly NumberPart[], at: number): NumberReading | null {
  let state: WordState = 'start';
  let total = 0;
  let group = 0;
  let smallestScale = Infinity;
  let best: { value: number; last: number; scaled: boolean } | null = null;
  let spokenDecimal = false;
  for (let index = at; index < parts.length; index += 1) {
    const text = textAt(parts, index) ?? '';
    const small = SMALL_NUMBERS.get(text);
    const ten = TENS.get(text);
    const scale = SCALES.get(text);
    const continues = joined(parts, index);
    if (state === 'start' && (text === 'a' || text === 'an')) {
      group = 1;
      state = 'article';
    } else if (state === 'article' && text === 'couple') {
      // "A couple hundred", "a couple thousand": two of the scale; "a couple" alone is no figure.
      group = 2;
      state = 'couple';
    } else if (small !== undefined && (GROUP_OPENERS.has(state) || (state === 'ten' && small >= 1 && small <= 9))) {
      group += small;
      state = 'small';
    } else if (ten !== undefined && GROUP_OPENERS.has(state)) {
      group += ten;
      state = 'ten';
    } else if (text === 'hundred' && state === 'start' && continues && numberFollows(parts, index)) {
      // "Hundred fifty": a non-native hundred said without "one" or "a", read only when a number follows.
      group = 100;
      state = 'hundred';
    } else if (text === 'hundred' && (state === 'small' || state === 'article' || state === 'couple') && group < 100) {
      group *= 100;
      state = 'hundred';
    } else if (text === 'dozen' && (state === 'small' || state === 'article')) {
      group *= 12;
      state = 'dozen';
    } else if (scale !== undefined && scale < smallestScale && SCALE_TAKERS.has(state)) {
      total += group * scale;
      group = 0;
      smallestScale = scale;
      state = 'scale';
    } else if (text === 'and' && (state === 'hundred' || state === 'scale') && isNumberWord(textAt(parts, index + 1))) {
      state = 'and';
    } else if (text === 'point' && (state === 'start' || state === 'small' || state === 'ten')) {
      const decimal = readPointDecimals(parts, index, total + group);
      if (decimal !== null) {
        const scale = scaleAfter(parts, decimal[1]);
        spokenDecimal = true;
        best =
          scale === undefined
            ? { value: decimal[0], last: decimal[1], scaled: smallestScale < Infinity }
            : { value: scaleBy(decimal[0], scale), last: decimal[1] + 1, scaled: true };
      }
      break;
    } else {
      break;
    }
    if (COMPLETE_STATES.has(state)) best = { value: total + group, last: index, scaled: smallestScale < Infinity };
    if (!continues) break;
  }
  if (best === null) return null;
  const half = andAHalf(parts, best.last);
  // Only a round amount after the article is a figure of speech ("a million things"); "a hundred and twenty" is exact.
  const article = (textAt(parts, at) === 'a' || textAt(parts, at) === 'an') && best.last === at + 1;
  const halfScale = half === null || best.scaled ? undefined : scaleAfter(parts, half);
  if (half !== null && halfScale !== undefined) {
    return { ...reading('words', scaleBy(best.value + 0.5, halfScale), at, half + 1), scaled: true, article };
  }
  return {
    ...reading('words', half === null ? best.value : best.value + 0.5, at, half ?? best.last),
    scaled: best.scaled,
    article,
    ...(spokenDecimal ? { spokenDecimal: true } : {}),
  };
}

/**
 * "A dollar ninety-nine", "two pounds fifty": a price said as whole units and then the cents, one amount. The cents
 * are a spelled number under a hundred straight after the currency.
 */
function readPrice(parts: readonly NumberPart[], at: number): NumberReading | null {
  const article = articleAt(parts, at);
  const whole = article ? reading('words', 1, at, at) : (readDigitNumber(parts, at) ?? readNumberWords(parts, at));
  if (whole === null || (whole.unit !== null && !article) || !joined(parts, whole.lastPart)) return null;
  const unitAt = whole.lastPart + 1;
  const unit = unitOfWord(textAt(parts, unitAt) ?? '');
  if (!isCurrency(unit)) return null;
  const cents = joined(parts, unitAt) ? readNumberWords(parts, unitAt + 1) : null;
  const valid = cents !== null && Number.isInteger(cents.value) && cents.value >= 1 && cents.value < 100;
  if (valid && !cents.scaled) return reading('words', whole.value + cents.value / 100, at, cents.lastPart, unit);
  // "A pound more", "a dollar a day": the article counts one of the currency; "a pound of flour" is a weight.
  const weight = joined(parts, unitAt) && textAt(parts, unitAt + 1) === 'of';
  return article && !weight ? reading('words', 1, at, at) : null;
}

/**
 * "A couple of grand", "a couple of hundred quid", "a few hundred quid": two (or about three) of the scale, an amount as
 * "a couple hundred" is. "A couple of months", "a few weeks" stay vague.
 */
function readCoupleOf(parts: readonly NumberPart[], at: number): NumberReading | null {
  if (textAt(parts, at) !== 'a' || !joined(parts, at)) return null;
  // "A few hundred quid", "a few grand": a few of the scale, about three.
  const few = textAt(parts, at + 1) === 'few' && joined(parts, at + 1);
  const couple =
    textAt(parts, at + 1) === 'couple' && textAt(parts, at + 2) === 'of' && joined(parts, at + 1) && joined(parts, at + 2);
  if (!few && !couple) return null;
  const scaleAt = few ? at + 2 : at + 3;
  const next = textAt(parts, scaleAt) ?? '';
  const scale = next === 'hundred' ? 100 : SCALES.get(next);
  const count = few ? 3 : 2;
  return scale === undefined ? null : { ...reading('words', count * scale, at, scaleAt), scaled: scale >= 1e3 };
}

/** "Minus three", "minus 40": a value below zero, a reading of a measured thing (a temperature, a balance). */
function readMinus(parts: readonly NumberPart[], at: number): NumberReading | null {
  if (textAt(parts, at) !== 'minus' || !joined(parts, at)) return null;
  // "Ten minus three" is a sum, not a value below zero.
  const before = textAt(parts, at - 1) ?? '';
  if (joined(parts, at - 1) && (isNumberWord(before) || readDigits(before) !== null)) return null;
  const value = readDigitNumber(parts, at + 1) ?? readNumberWords(parts, at + 1);
  if (value === null || value.firstPart !== at + 1 || value.article) return null;
  return { ...value, value: -value.value, firstPart: at, signed: true, plainInteger: false };
}

/** Reads the number that starts at parts[at], if any. */
export function readNumber(parts: readonly NumberPart[], at: number): NumberReading | null {
  return (
    readMinus(parts, at) ??
    readCoupleOf(parts, at) ??
    readFactor(parts, at) ??
    readFrequency(parts, at) ??
    readArticleAndAHalf(parts, at) ??
    readNamedAmount(parts, at) ??
    readPrice(parts, at) ??
    readBarePrice(parts, at) ??
    readSubunit(parts, at) ??
    readFraction(parts, at) ??
    readBoundedArticle(parts, at) ??
    readDigitNumber(parts, at) ??
    readNumberWords(parts, at)
  );
}
