// What a number counts when no unit is attached to it: the noun after it, perhaps behind a word or two
// that describe it ("twelve separate calls", "nine open billing incidents", "six of the incidents").

import { joined, readNumber, type NumberPart } from './numbers';
import { NOT_PLURAL } from './plural';
import { unitOfWord } from './units';

/**
 * Plural nouns that enumerate rather than measure: "two options", "three things", "I tried three times". An
 * enumeration is a handful a listener can hold; "twenty-three issues" is a count (the caller says which).
 */
const ENUMERATIONS = new Set([
  'things',
  'ways',
  'options',
  'reasons',
  'steps',
  'ideas',
  'questions',
  'approaches',
  'choices',
  'phases',
  'stages',
  'parts',
  'aspects',
  'areas',
  'types',
  'kinds',
  'sorts',
  'numbers',
  'candidates',
  'times',
  'ones',
  'others',
  'alternatives',
  'examples',
  'problems',
  'issues',
  'lessons',
  'takeaways',
  'goals',
  'levels',
  'rounds',
]);

/** Words that cannot describe the noun a number counts: they end the phrase ("three of us", "two to four"). */
const NOT_MODIFIERS = new Set([
  'of',
  'and',
  'or',
  'but',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'into',
  'than',
  'as',
  'per',
  'the',
  'a',
  'an',
  'that',
  'which',
  'who',
  'we',
  'i',
  'you',
  'they',
  'he',
  'she',
  'it',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'less',
  'times',
  'ago',
  'later',
  'earlier',
  'before',
  'after',
  'so',
  'then',
  'if',
]);

/** Determiners after "N of": "six of the incidents", "two of our services". */
const OF_DETERMINERS = new Set(['the', 'our', 'their', 'those', 'these', 'my', 'your', 'his', 'her', 'its']);

/** Most words that may stand between a number and its noun. */
const MAX_MODIFIERS = 2;

export interface Counted {
  unit: string;
  lastPart: number;
  /** The noun is a plural of the speaker's own, not a known unit: the number must say more than "one". */
  generic: boolean;
}

function isModifier(text: string): boolean {
  return /^\p{L}[\p{L}-]*$/u.test(text) && !NOT_MODIFIERS.has(text) && unitOfWord(text) === null;
}

/** Plurals without an "-s", and collective nouns counted like plurals ("thirty staff", "forty children"). */
const IRREGULAR_PLURALS = new Set([
  'staff',
  'personnel',
  'children',
  'men',
  'women',
  'cattle',
  'sheep',
  'livestock',
  'fish',
  'aircraft',
  'crew',
]);

/** Plural tens name a decade or an age ("the nineteen sixties", "in her forties"), not things counted. */
const DECADES = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']);

function isCountNoun(text: string, large: boolean): boolean {
  const enumerates = ENUMERATIONS.has(text) && !large;
  if (DECADES.has(text)) return false;
  if (IRREGULAR_PLURALS.has(text)) return true;
  return /^\p{L}[\p{L}-]*[^s]s$/u.test(text) && text.length > 3 && !enumerates && !NOT_PLURAL.has(text);
}

/** The unit or count noun starting at parts[from], reached over at most `modifiers` describing words. */
function nounFrom(parts: readonly NumberPart[], from: number, modifiers: number, large: boolean): Counted | null {
  for (let head = from; head <= from + modifiers; head += 1) {
    const text = parts[head]?.text;
    if (text === undefined) return null;
    const unit = unitOfWord(text);
    if (unit !== null) return { unit, lastPart: head, generic: false };
    if (isCountNoun(text, large)) return { unit: text, lastPart: head, generic: true };
    if (!isModifier(text) || readNumber(parts, head) !== null || !joined(parts, head)) return null;
  }
  return null;
}

/**
 * The noun the number ending at parts[at] counts, or null; `large` when the number is too big for a list.
 * Direct units are read by the caller.
 */
export function countedNoun(parts: readonly NumberPart[], at: number, large: boolean): Counted | null {
  if (!joined(parts, at)) return null;
  if (parts[at + 1]?.text === 'of') {
    const determiner = parts[at + 2]?.text;
    if (!joined(parts, at + 1) || determiner === undefined || !OF_DETERMINERS.has(determiner) || !joined(parts, at + 2))
      return null;
    return nounFrom(parts, at + 3, 1, large);
  }
  return nounFrom(parts, at + 1, MAX_MODIFIERS, large);
}
