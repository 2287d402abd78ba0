// How the answer ends. A crisp ending closes on a result, a decision, a summary or a lesson; a weak one trails
// off ("so yeah", "and that's it", "I guess"), hedges its last claim, or stops on a filler.

import { spanOf, type Token } from './normalize';
import { findPhrases, phrasesOf, type Phrase } from './phrases';
import { splitSentences } from './sentences';
import { RESULT_CUES } from './star-cues';
import type { EndingKind, Span } from '../../common/report';

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
}

const TRAILING = phrasesOf([
  'so yeah', 'yeah', "that's it", "that's about it", "that's all", "that's pretty much it", "that's basically it",
  "that's kind of it", 'and stuff', 'or something', 'or whatever', 'and so on', 'i guess', 'anyway', 'anyways',
  'and everything', 'stuff like that', 'things like that',
]);

const DECISIONS = phrasesOf([
  'i decided', 'we decided', "i'd pick", 'i would pick', "i'd go with", 'i would go with', "i'd choose", 'i would choose',
  'i chose', 'we chose', 'we went with', 'i recommend', "i'd recommend", 'my pick', 'my choice', 'my first priority',
  'my priority', 'my top', "i'd", 'i would', "i'll", 'i will', "we'd", 'we will', "we'll",
]);

const SUMMARIES = phrasesOf([
  'overall', 'in short', 'in summary', 'to sum up', 'to summarize', 'the short version', 'bottom line', "that's why",
  'that is why', 'that gives', 'this gives', 'in a nutshell', 'all in all', 'so the answer', 'the key is', 'in the end',
  "that's my", "that's where", "that's how", "that's what", 'the goal is', 'the point is',
]);

/** Hedges that leave the last claim open; "just" and "hopefully" soften a word, not the whole close. */
const CLOSING_HEDGES = new Set(['maybe', 'perhaps', 'probably', 'i guess', 'i suppose', 'i think', 'i feel like', 'sort of', 'kind of', 'kinda', 'sorta']);

const CRISP: ReadonlySet<EndingKind> = new Set(['result', 'decision', 'summary', 'reflection']);

function lastIn(spans: readonly Span[], firstWord: number): Span | undefined {
  return spans.filter((span) => span.firstWord >= firstWord).pop();
}

function phraseIn(tokens: readonly Token[], phrases: readonly Phrase[], firstWord: number): Span | undefined {
  const match = findPhrases(tokens, phrases)
    .filter((found) => found.firstWord >= firstWord)
    .pop();
  return match === undefined ? undefined : spanOf(tokens, match.firstWord, match.lastWord);
}

function ending(kind: EndingKind, evidence: Span | null): Ending {
  return { crisp: CRISP.has(kind), kind, evidence };
}

export function detectEnding(tokens: readonly Token[], findings: EndingFindings): Ending {
  const last = splitSentences(tokens).pop();
  if (last === undefined) return ending('none', null);
  const sentence = spanOf(tokens, last.firstWord, last.lastWord);
  const finalFiller = findings.fillers[findings.fillers.length - 1];
  if (finalFiller !== undefined && finalFiller.lastWord === tokens.length - 1) return ending('filler', finalFiller);
  const hedges = findings.hedges.filter((hedge) => {
    const words = tokens.slice(hedge.firstWord, hedge.lastWord + 1).map((token) => token.norm);
    return CLOSING_HEDGES.has(words.join(' '));
  });
  const trailing = phraseIn(tokens, TRAILING, last.firstWord) ?? lastIn(hedges, last.firstWord);
  if (trailing !== undefined) return ending('trailing-off', trailing);
  if (lastIn(findings.reflection, last.firstWord) !== undefined) return ending('reflection', sentence);
  if (lastIn(findings.metrics, last.firstWord) !== undefined || phraseIn(tokens, RESULT_CUES, last.firstWord) !== undefined) {
    return ending('result', sentence);
  }
  if (phraseIn(tokens, DECISIONS, last.firstWord) !== undefined) return ending('decision', sentence);
  if (phraseIn(tokens, SUMMARIES, last.firstWord) !== undefined) return ending('summary', sentence);
  return ending('none', sentence);
}
