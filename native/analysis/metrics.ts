// Finds concrete metrics: numbers with a unit ("40%", "800 ms", "3,000 users", "two million dollars"),
// factors ("10x", "twice as fast", "doubled") and shares ("half", "a third of"). Precision first: bare
// numbers ("one of the", "in 2019", "five") are not metrics.

import { spanOf, type Token } from './normalize';
import { joined, numberParts, readNumber, type NumberPart, type NumberReading } from './numbers';
import type { MetricSpan } from './types';
import { isComparisonWord, isConcreteAtOne, isCurrency, unitOfWord } from './units';

/** Words before a four-digit number that make it a year ("in 2019", "since 2020", "summer 2021"). */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'around', 'circa', 'early', 'late',
  'mid', 'year', 'spring', 'summer', 'fall', 'autumn', 'winter',
]);

interface Measured {
  unit: string | null;
  lastPart: number;
}

/** The unit written after the number, if the number does not already carry one. */
function unitAfter(parts: readonly NumberPart[], found: NumberReading): Measured {
  const own = { unit: found.unit, lastPart: found.lastPart };
  const at = found.lastPart;
  const next = parts[at + 1]?.text;
  if (next === undefined || !joined(parts, at) || (found.unit !== null && !isCurrency(found.unit))) return own;
  if (next === 'per' && parts[at + 2]?.text === 'cent' && joined(parts, at + 1)) return { unit: '%', lastPart: at + 2 };
  if (next === 'times') {
    // "three times faster" is a factor; "I tried three times" is a count of attempts.
    const compared = joined(parts, at + 1) && isComparisonWord(parts[at + 2]?.text ?? '');
    return compared && found.unit === null ? { unit: 'x', lastPart: at + 1 } : own;
  }
  const unit = unitOfWord(next);
  if (unit === null) return own;
  // "$2 million dollars" says the currency twice; any other unit after a currency belongs to something else.
  if (found.unit !== null) return unit === found.unit ? { unit, lastPart: at + 1 } : own;
  return { unit, lastPart: at + 1 };
}

function isYear(parts: readonly NumberPart[], found: NumberReading): boolean {
  const before = parts[found.firstPart - 1]?.text ?? '';
  return found.plainInteger && found.value >= 1900 && found.value <= 2099 && YEAR_CONTEXT.has(before);
}

function isMetric(parts: readonly NumberPart[], found: NumberReading, unit: string | null): boolean {
  if (isYear(parts, found)) return false;
  // "one day", "a second", "one user": a count of one is an idiom far more often than a result.
  if (found.value === 1 && !isConcreteAtOne(unit)) return false;
  if (unit !== null || found.kind === 'fraction' || found.kind === 'multiplier') return true;
  // With no unit, only a number written as a large quantity counts ("3,000", "40k", "two million"),
  // and not "a million things", which is hyperbole.
  return (found.scaled || found.grouped) && !found.article;
}

export function detectMetrics(tokens: readonly Token[]): MetricSpan[] {
  const parts = numberParts(tokens);
  const items: MetricSpan[] = [];
  let at = 0;
  while (at < parts.length) {
    const found = readNumber(parts, at);
    if (found === null) {
      at += 1;
      continue;
    }
    const { unit, lastPart } = unitAfter(parts, found);
    const first = parts[found.firstPart];
    const last = parts[lastPart];
    if (first !== undefined && last !== undefined && isMetric(parts, found, unit)) {
      items.push({ ...spanOf(tokens, first.word, last.word), value: found.value, unit });
      at = lastPart + 1;
    } else {
      at = found.lastPart + 1;
    }
  }
  return items;
}
