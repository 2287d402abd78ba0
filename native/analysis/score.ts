// Scores one attempt: assembles every detector's findings into a Report. Pure and deterministic, so a
// corrected transcript can be re-scored at any time with the same result.

import { buildChecklist } from './checklist';
import { detectEnding } from './ending';
import { fillerClusters } from './filler-clusters';
import { detectFillers } from './fillers';
import { detectHedges } from './hedges';
import { checkFacts, checkFillerWords, checkMode, checkQuestion, checkWindow, checkWords } from './input-checks';
import { detectMetrics } from './metrics';
import { detectAnswerMode } from './mode';
import { tokenize, type Token } from './normalize';
import { countOwnership } from './ownership';
import { isContentWord, measurePace } from './pace';
import { paceSegments, paceVariation } from './pace-segments';
import { detectPauses } from './pauses';
import { detectReflection, reflectionAtEnd } from './reflection';
import { roundTo } from './rounding';
import { detectStar } from './star';
import { classifyMetrics } from './metric-kinds';
import { summarize } from './summary';
import { ANALYSIS_VERSION } from './version';
import { judge, type JudgedReport } from './verdicts';
import type { AnalysisOptions, AnswerMode, AudioFacts, Report, TimedWord } from '../../common/report';
import { detectTouchingHums } from './touching-hums';
import { detectVocalizedFillers } from './vocalized-fillers';

/**
 * The filler list new users start with. "so" counts only when it opens a sentence, "like" only when it is
 * neither a verb nor a comparison, "right" only as a tag question; see filler-rules.ts.
 */
export const DEFAULT_FILLER_WORDS: string[] = [
  'um',
  'uh',
  'er',
  'ah',
  'hmm',
  'like',
  'you know',
  'I mean',
  'basically',
  'actually',
  'literally',
  'right',
  'so',
];

export function defaultAnalysisOptions(): AnalysisOptions {
  return { fillerWords: [...DEFAULT_FILLER_WORDS] };
}

function perMinute(count: number, seconds: number): number {
  return seconds > 0 ? roundTo((count / seconds) * 60, 1) : 0;
}

function measured(
  words: TimedWord[],
  tokens: readonly Token[],
  facts: AudioFacts,
  fillerWords: readonly string[],
  mode: AnswerMode,
): JudgedReport {
  const { durationSec } = facts;
  const pace = measurePace(tokens);
  const segments = paceSegments(tokens);
  const fillers = detectFillers(tokens, fillerWords);
  const inGaps = facts.voiced === undefined ? [] : detectVocalizedFillers(tokens, facts.voiced);
  const touching = facts.steady === undefined ? [] : detectTouchingHums(tokens, facts.steady, inGaps);
  const vocalized = [...inGaps, ...touching].sort((a, b) => a.start - b.start);
  const pauses = detectPauses(tokens, facts.voiced);
  const found = detectMetrics(tokens);
  const reflection = detectReflection(tokens, mode);
  const hedges = detectHedges(tokens);
  const star = detectStar(tokens, reflection, found);
  // The result section marks impact only in a story; a design answer's closing numbers are its scale.
  const metrics = classifyMetrics(
    tokens,
    found,
    mode === 'behavioral' ? star.sections.filter((section) => section.name === 'result') : [],
  );
  // The section the answer closes in counts only for a story; other modes are not told as STAR.
  const lastSection = mode === 'behavioral' ? star.sections[star.sections.length - 1]?.name : undefined;
  const ending = detectEnding(tokens, {
    fillers,
    hedges,
    reflection,
    metrics,
    ...(lastSection === undefined ? {} : { lastSection }),
  });
  const wordCount = tokens.filter((token) => token.norm !== '').length;
  return {
    version: 1,
    analysisVersion: ANALYSIS_VERSION,
    durationSec: roundTo(durationSec, 3),
    speakingSec: pace.speakingSec,
    wordsPerMinute: pace.wordsPerMinute,
    timeToFirstWordSec: pace.timeToFirstWordSec,
    fillers: {
      count: fillers.length,
      perMinute: perMinute(fillers.length, durationSec),
      per100Words: wordCount > 0 ? roundTo((fillers.length / wordCount) * 100, 1) : 0,
      items: fillers,
      clusters: fillerClusters(tokens, fillers),
    },
    vocalizedFillers: {
      count: vocalized.length,
      perMinute: perMinute(vocalized.length, durationSec),
      items: vocalized,
      touching,
    },
    pace: {
      overallWpm: perMinute(tokens.filter(isContentWord).length, durationSec),
      articulationWpm: pace.wordsPerMinute,
      segments,
      variation: paceVariation(segments),
    },
    pauses,
    longestPauseSec: pauses.reduce((longest, pause) => Math.max(longest, pause.durationSec), 0),
    metrics: { present: metrics.length > 0, items: metrics },
    reflection: { present: reflection.length > 0, items: reflection, atEnd: reflectionAtEnd(tokens, reflection) },
    ownership: countOwnership(tokens, [...hedges, ...fillers]),
    hedges: { count: hedges.length, items: hedges },
    star,
    ending,
    mode,
    checklist: buildChecklist(mode, tokens, { star, metrics, reflection, ending }),
    transcript: { words },
  };
}

export function score(words: TimedWord[], facts: AudioFacts, options: AnalysisOptions): Report {
  const checkedWords = checkWords(words, 'analysis');
  const checkedFacts = checkFacts(facts);
  const fillerWords = checkFillerWords(options.fillerWords);
  const question = checkQuestion(options.question);
  const tokens = tokenize(checkedWords);
  const mode = checkMode(options.mode) ?? detectAnswerMode(question, tokens);
  const window = checkWindow(options.window);
  const report = measured(checkedWords, tokens, checkedFacts, fillerWords, mode);
  const verdicts = judge(report, tokens, {
    ...(window === undefined ? {} : { window }),
    notOwn: [...report.hedges.items, ...report.fillers.items],
    heard: checkedFacts.voiced !== undefined || checkedFacts.steady !== undefined,
  });
  const { transcript, ...findings } = report;
  // The transcript stays last in the JSON, after the findings, their verdicts and the summary.
  return { ...findings, verdicts, summary: summarize(verdicts), transcript };
}
