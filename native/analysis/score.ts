// Scores one attempt: assembles every detector's findings into a Report. Pure and deterministic, so a
// corrected transcript can be re-scored at any time with the same result.

import { detectFillers } from './fillers';
import { checkFacts, checkFillerWords, checkWords } from './input-checks';
import { detectMetrics } from './metrics';
import { tokenize } from './normalize';
import { countOwnership } from './ownership';
import { measurePace } from './pace';
import { detectReflection } from './reflection';
import { roundTo } from './rounding';
import type { AnalysisOptions, AudioFacts, Report, TimedWord } from './types';

/**
 * The filler list new users start with. "so" counts only when it opens a sentence and "like" only when it
 * is neither a verb nor a comparison; see filler-rules.ts.
 */
export const DEFAULT_FILLER_WORDS: string[] = ['um', 'uh', 'er', 'ah', 'hmm', 'like', 'you know', 'basically', 'actually', 'so'];

export function defaultAnalysisOptions(): AnalysisOptions {
  return { fillerWords: [...DEFAULT_FILLER_WORDS] };
}

export function score(words: TimedWord[], facts: AudioFacts, options: AnalysisOptions): Report {
  const checkedWords = checkWords(words, 'analysis');
  const { durationSec } = checkFacts(facts);
  const fillerWords = checkFillerWords(options.fillerWords);
  const tokens = tokenize(checkedWords);
  const pace = measurePace(tokens);
  const fillers = detectFillers(tokens, fillerWords);
  const metrics = detectMetrics(tokens);
  const reflection = detectReflection(tokens);
  return {
    version: 1,
    durationSec: roundTo(durationSec, 3),
    speakingSec: pace.speakingSec,
    wordsPerMinute: pace.wordsPerMinute,
    timeToFirstWordSec: pace.timeToFirstWordSec,
    fillers: {
      count: fillers.length,
      perMinute: durationSec > 0 ? roundTo((fillers.length / durationSec) * 60, 1) : 0,
      items: fillers,
    },
    metrics: { present: metrics.length > 0, items: metrics },
    reflection: { present: reflection.length > 0, items: reflection },
    ownership: countOwnership(tokens),
    transcript: { words: checkedWords },
  };
}
