// How the answer ends, judged by evidence. Trailing off has a signature: "so yeah", "that's it", "I guess", a
// hedge or filler at the very end, a clause left unfinished, a closing question, or drifting past the result
// into new detail ("and the other thing was…"). Without such evidence, a declarative last sentence that states
// an outcome, a decision, a principle or a summary is crisp whatever its verb; only a bare step of the story
// ("we talked about it for a while") outside the result leaves the answer without a close.

import { isPastVerb, SUBJECTS, verbAfter } from './grammar';
import { isClaimHedge } from './hedges';
import { endsSentence, spanOf, type Token } from './normalize';
import { findPhrases, phrasesOf, type Phrase } from './phrases';
import { splitSentences } from './sentences';
import { RESULT_CUES } from './star-cues';
import type { EndingKind, Span, StarSectionName } from '../../common/report';

export interface Ending {
  crisp: boolean;
  kind: EndingKind;
  evidence: Span | null;
}

export interface EndingFindings {
  fillers: readonly Span[];
  hedges: readonly Span[];
  reflection: readonly Span[];
  metrics: readonly Span[];
  /** The STAR section the last words belong to, when the answer is a story. */
  lastSection?: StarSectionName;
}

const TRAILING = phrasesOf([
  'so yeah',
  'yeah',
  "that's it",
  "that's about it",
  "that's all",
  "that's pretty much it",
  "that's basically it",
  "that's kind of it",
  'and stuff',
  'or something',
  'or whatever',
  'and so on',
  'i guess',
  'anyway',
  'anyways',
  'and everything',
  'stuff like that',
  'things like that',
  "i'm not sure",
  'not sure',
  'i dunno',
  "i don't know",
]);

/** Openers of a last sentence that drifts on past the point into new detail. */
const DRIFT = phrasesOf([
  'and the other thing',
  'the other thing',
  'another thing',
  'oh and',
  'and also',
  'and then there',
  "and then there's",
  'also there',
  "there's also",
  'and there was also',
  'and then there was',
  'and um the other',
  'and uh the other',
]);

const DECISIONS = phrasesOf([
  'i decided',
  'we decided',
  "i'd pick",
  'i would pick',
  "i'd go with",
  'i would go with',
  "i'd choose",
  'i would choose',
  'i chose',
  'we chose',
  'we went with',
  'i recommend',
  "i'd recommend",
  'my pick',
  'my choice',
  'my first priority',
  'my priority',
  'my top',
  "i'd",
  'i would',
  "i'll",
  'i will',
  "we'd",
  'we will',
  "we'll",
]);

/** Words a finished clause cannot end on. */
const DANGLING = new Set([
  'the',
  'a',
  'an',
  'to',
  'and',
  'but',
  'or',
  'that',
  'which',
  'of',
  'with',
  'for',
  'because',
  'so',
  'was',
  'is',
  'were',
  'my',
  'our',
  'their',
  'his',
  'her',
  'if',
  'when',
  'then',
  'like',
  'about',
  'from',
  'in',
  'on',
  'at',
  'by',
]);

const CRISP: ReadonlySet<EndingKind> = new Set(['result', 'decision', 'summary', 'reflection']);

function phraseIn(tokens: readonly Token[], phrases: readonly Phrase[], firstWord: number): Span | undefined {
  const match = findPhrases(tokens, phrases)
    .filter((found) => found.firstWord >= firstWord)
    .pop();
  return match === undefined ? undefined : spanOf(tokens, match.firstWord, match.lastWord);
}

function ending(kind: EndingKind, evidence: Span | null): Ending {
  return { crisp: CRISP.has(kind), kind, evidence };
}

const inside = (span: Span, ranges: readonly Span[]): boolean =>
  ranges.some((range) => range.firstWord <= span.firstWord && span.lastWord <= range.lastWord);

/** A hedge that softens the close: in the last sentence, and not part of a counterfactual ("I probably should have"). */
function closingHedge(tokens: readonly Token[], findings: EndingFindings, firstWord: number): Span | undefined {
  return findings.hedges
    .filter((hedge) => hedge.firstWord >= firstWord && !inside(hedge, findings.reflection))
    .filter((hedge) =>
      isClaimHedge(
        tokens
          .slice(hedge.firstWord, hedge.lastWord + 1)
          .map((token) => token.norm)
          .join(' '),
      ),
    )
    .pop();
}

/** A step of the story told in the past ("we talked about it for a while"): narrative, not a close. */
function isNarrativeStep(tokens: readonly Token[], firstWord: number, lastWord: number): boolean {
  const norms = tokens.slice(firstWord, lastWord + 1).map((token) => token.norm);
  // The subject opens the sentence, perhaps after "and" or "then": "That's why I applied" is a summary.
  const subject = norms.findIndex((norm) => SUBJECTS.has(norm));
  if (subject < 0 || subject > 1 || (subject === 1 && !['and', 'then', 'so', 'but'].includes(norms[0] ?? ''))) return false;
  const verb = verbAfter(norms, subject);
  return verb >= 0 && isPastVerb(norms[verb] ?? '') && norms[verb] !== 'was' && norms[verb] !== 'were';
}

export function detectEnding(tokens: readonly Token[], findings: EndingFindings): Ending {
  const last = splitSentences(tokens).pop();
  const lastToken = tokens[tokens.length - 1];
  if (last === undefined || lastToken === undefined) return ending('none', null);
  const sentence = spanOf(tokens, last.firstWord, last.lastWord);
  const finalFiller = findings.fillers[findings.fillers.length - 1];
  if (finalFiller !== undefined && finalFiller.lastWord === tokens.length - 1) return ending('filler', finalFiller);
  const trailing = phraseIn(tokens, TRAILING, last.firstWord) ?? closingHedge(tokens, findings, last.firstWord);
  if (trailing !== undefined) return ending('trailing-off', trailing);
  if (!endsSentence(lastToken.raw) && DANGLING.has(lastToken.norm)) {
    return ending('trailing-off', spanOf(tokens, Math.max(last.firstWord, tokens.length - 3), tokens.length - 1));
  }
  if (lastToken.raw.endsWith('?')) return ending('trailing-off', sentence);
  const reflection = findings.reflection.some((span) => span.firstWord >= last.firstWord);
  const drift = findPhrases(tokens, DRIFT).find(
    (match) => match.firstWord >= last.firstWord && match.firstWord <= last.firstWord + 2,
  );
  if (drift !== undefined && !reflection) return ending('trailing-off', spanOf(tokens, drift.firstWord, drift.lastWord));
  if (reflection || findings.lastSection === 'reflection') return ending('reflection', sentence);
  const metric = findings.metrics.some((span) => span.firstWord >= last.firstWord);
  if (metric || findings.lastSection === 'result' || phraseIn(tokens, RESULT_CUES, last.firstWord) !== undefined)
    return ending('result', sentence);
  if (phraseIn(tokens, DECISIONS, last.firstWord) !== undefined) return ending('decision', sentence);
  if (isNarrativeStep(tokens, last.firstWord, last.lastWord)) return ending('none', sentence);
  return ending('summary', sentence);
}
