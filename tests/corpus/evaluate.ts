// Measures the analysis engine against the labeled corpus: precision, recall and F1 per detector, and the
// targets the engine must meet. Shared by scripts/eval.ts (the report) and the unit tests (the guard).

import { DEFAULT_FILLER_WORDS, score } from '../../native/analysis/score';
import type { Report, Span, StarSectionName, TimeSpan } from '../../common/report';
import { audioFacts } from '../../native/pipeline/analyze';
import { buildAudioCase, loadAudioCases } from './audio-set';
import type { CorpusCase } from './cases';
import type { LabeledMetric, WordRange } from './compose';

/**
 * The filler list the corpus was labeled against: the guide's fillers, which are the app's defaults (score.test.ts
 * pins that list, so a change to the defaults cannot quietly change what the corpus is scored with).
 */
const FILLER_WORDS = DEFAULT_FILLER_WORDS;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** One disagreement between the labels and the engine, for reading what went wrong. */
export interface Miss {
  caseId: string;
  detector: string;
  kind: 'missed' | 'extra' | 'wrong';
  text: string;
}

export interface Target {
  name: string;
  value: number;
  goal: string;
  met: boolean;
}

export interface PauseScores extends Scores {
  /** Largest start or end error of a matched pause, in seconds. */
  maxBoundaryErrorSec: number;
}

export interface TextEvaluation {
  cases: number;
  fillers: Scores;
  metrics: Scores;
  hedges: Scores;
  /** Presence of reflection, per answer. */
  reflection: Scores;
  ownershipExact: { matched: number; total: number };
  pauses: PauseScores;
  starDurationErrorSec: number;
  /** Each labeled STAR section against the engine's sections of the same name, per answer with STAR labels. */
  starPresence: Scores;
  /** Labeled starts of task, action, result and reflection that the engine puts within 2 s. */
  starStartsWithin2s: { matched: number; total: number };
  /** Of the metric spans matched, how many carry the labeled class, and the labeled value (and high bound). */
  metricClass: { matched: number; total: number };
  metricValue: { matched: number; total: number };
  modeAccuracy: number;
  endingAccuracy: number;
  misses: Miss[];
}

export interface AudioEvaluation {
  cases: number;
  vocalized: Scores;
  pauses: PauseScores;
  misses: Miss[];
}

/** Pauses must land this close to the truth at both ends. */
const PAUSE_TOLERANCE_SEC = 0.15;

function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const NONE: Counts = { tp: 0, fp: 0, fn: 0 };

/** One-to-one matching of found items to expected ones by overlap; each pair is matched at most once. */
function match<E, F>(
  expected: readonly E[],
  found: readonly F[],
  overlaps: (e: E, f: F) => boolean,
): { pairs: [E, F][]; missed: E[]; extra: F[] } {
  const used = new Set<number>();
  const pairs: [E, F][] = [];
  const missed: E[] = [];
  for (const item of expected) {
    const index = found.findIndex((candidate, at) => !used.has(at) && overlaps(item, candidate));
    if (index < 0) {
      missed.push(item);
    } else {
      used.add(index);
      pairs.push([item, found[index] as F]);
    }
  }
  return { pairs, missed, extra: found.filter((_, at) => !used.has(at)) };
}

const wordsOverlap = (a: WordRange, b: WordRange): boolean => a.firstWord <= b.lastWord && b.firstWord <= a.lastWord;
const timesOverlap = (a: TimeSpan, b: TimeSpan): boolean => a.start < b.end && b.start < a.end;

function textOf(corpusCase: CorpusCase, range: WordRange): string {
  return corpusCase.words
    .slice(range.firstWord, range.lastWord + 1)
    .map((word) => word.text)
    .join(' ');
}

function compareSpans(
  corpusCase: CorpusCase,
  detector: string,
  expected: readonly WordRange[],
  found: readonly Span[],
  misses: Miss[],
): Counts {
  const { pairs, missed, extra } = match(expected, found, wordsOverlap);
  for (const item of missed) misses.push({ caseId: corpusCase.id, detector, kind: 'missed', text: textOf(corpusCase, item) });
  for (const item of extra) misses.push({ caseId: corpusCase.id, detector, kind: 'extra', text: item.text });
  return { tp: pairs.length, fp: extra.length, fn: missed.length };
}

function comparePauses(
  caseId: string,
  expected: readonly TimeSpan[],
  found: readonly TimeSpan[],
  misses: Miss[],
): Counts & { maxError: number } {
  const { pairs, missed, extra } = match(expected, found, timesOverlap);
  const show = (span: TimeSpan): string => `${span.start.toFixed(2)}–${span.end.toFixed(2)} s`;
  for (const item of missed) misses.push({ caseId, detector: 'pauses', kind: 'missed', text: show(item) });
  for (const item of extra) misses.push({ caseId, detector: 'pauses', kind: 'extra', text: show(item) });
  const errors = pairs.map(([truth, pause]) => Math.max(Math.abs(truth.start - pause.start), Math.abs(truth.end - pause.end)));
  pairs.forEach(([truth, pause], index) => {
    if ((errors[index] ?? 0) > PAUSE_TOLERANCE_SEC)
      misses.push({ caseId, detector: 'pauses', kind: 'wrong', text: `${show(truth)} found as ${show(pause)}` });
  });
  return { tp: pairs.length, fp: extra.length, fn: missed.length, maxError: Math.max(0, ...errors) };
}

/** Absolute duration errors of every STAR section either side has (a section one side lacks counts as 0 s there). */
function starErrors(corpusCase: CorpusCase, report: Report): number[] {
  const durations = (sections: readonly { name: StarSectionName; start: number; end: number }[]): Map<StarSectionName, number> =>
    new Map(sections.map((section) => [section.name, section.end - section.start]));
  const labeled = durations(corpusCase.marks.star);
  const found = durations(report.star.sections);
  const names = new Set([...labeled.keys(), ...found.keys()]);
  return [...names].map((name) => Math.abs((labeled.get(name) ?? 0) - (found.get(name) ?? 0)));
}

const STAR_START_TOLERANCE_SEC = 2;
const TIMED_SECTIONS: readonly StarSectionName[] = ['task', 'action', 'result', 'reflection'];

function starPresence(corpusCase: CorpusCase, report: Report, misses: Miss[]): Counts {
  const labeled = new Set(corpusCase.marks.star.map((section) => section.name));
  const found = new Set(report.star.sections.map((section) => section.name));
  const counts = { ...NONE };
  for (const name of new Set([...labeled, ...found])) {
    if (labeled.has(name) && found.has(name)) counts.tp += 1;
    else if (labeled.has(name)) {
      counts.fn += 1;
      misses.push({ caseId: corpusCase.id, detector: 'star', kind: 'missed', text: name });
    } else {
      counts.fp += 1;
      misses.push({ caseId: corpusCase.id, detector: 'star', kind: 'extra', text: name });
    }
  }
  return counts;
}

function starStarts(corpusCase: CorpusCase, report: Report, misses: Miss[]): { matched: number; total: number } {
  let matched = 0;
  let total = 0;
  for (const section of corpusCase.marks.star) {
    if (!TIMED_SECTIONS.includes(section.name)) continue;
    total += 1;
    const found = report.star.sections.find((candidate) => candidate.name === section.name);
    if (found !== undefined && Math.abs(found.start - section.start) <= STAR_START_TOLERANCE_SEC) matched += 1;
    else {
      const where = found === undefined ? 'not found' : `at ${found.start.toFixed(1)} s`;
      misses.push({
        caseId: corpusCase.id,
        detector: 'star',
        kind: 'wrong',
        text: `${section.name} starts at ${section.start.toFixed(1)} s, ${where}`,
      });
    }
  }
  return { matched, total };
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** Class and value agreement of the metric spans both sides have, for the spans that carry labels. */
function metricLabels(
  corpusCase: CorpusCase,
  report: Report,
  misses: Miss[],
): { classes: [number, number]; values: [number, number] } {
  const labeled = corpusCase.marks.metrics.filter(
    (metric): metric is LabeledMetric & { class: NonNullable<LabeledMetric['class']> } => metric.class !== undefined,
  );
  const { pairs } = match(labeled, report.metrics.items, wordsOverlap);
  let classes = 0;
  let values = 0;
  for (const [truth, found] of pairs) {
    const foundClass = (found as { kind?: string }).kind;
    const foundHigh = (found as { high?: number | null }).high;
    if (foundClass === truth.class) classes += 1;
    else
      misses.push({
        caseId: corpusCase.id,
        detector: 'metric class',
        kind: 'wrong',
        text: `${found.text}: ${foundClass ?? 'none'}, labeled ${truth.class}`,
      });
    if (sameNumber(found.value, truth.value) && sameNumber(foundHigh, truth.high)) values += 1;
    else {
      const show = (low: number | null | undefined, high: number | null | undefined): string =>
        `${low ?? 'null'}${high === undefined || high === null ? '' : `..${high}`}`;
      misses.push({
        caseId: corpusCase.id,
        detector: 'metric value',
        kind: 'wrong',
        text: `${found.text}: ${show(found.value, foundHigh)}, labeled ${show(truth.value, truth.high)}`,
      });
    }
  }
  return { classes: [classes, pairs.length], values: [values, pairs.length] };
}

function scoreCase(corpusCase: CorpusCase): Report {
  const options =
    corpusCase.question === undefined
      ? { fillerWords: FILLER_WORDS }
      : { fillerWords: FILLER_WORDS, question: corpusCase.question };
  return score(corpusCase.words, { durationSec: corpusCase.durationSec }, options);
}

export function evaluateText(cases: readonly CorpusCase[]): TextEvaluation {
  const misses: Miss[] = [];
  let fillers = NONE;
  let metrics = NONE;
  let hedges = NONE;
  let reflection = NONE;
  let pauses = NONE;
  let maxPauseError = 0;
  let ownershipMatched = 0;
  let modeMatched = 0;
  let endingMatched = 0;
  const starErrorList: number[] = [];
  let presence = NONE;
  const starts = { matched: 0, total: 0 };
  const metricClass = { matched: 0, total: 0 };
  const metricValue = { matched: 0, total: 0 };
  for (const corpusCase of cases) {
    const report = scoreCase(corpusCase);
    const { marks, labels, id } = corpusCase;
    fillers = add(fillers, compareSpans(corpusCase, 'fillers', marks.fillers, report.fillers.items, misses));
    metrics = add(metrics, compareSpans(corpusCase, 'metrics', marks.metrics, report.metrics.items, misses));
    hedges = add(hedges, compareSpans(corpusCase, 'hedges', marks.hedges, report.hedges.items, misses));
    const expectedReflection = marks.reflections.length > 0;
    reflection = add(reflection, {
      tp: expectedReflection && report.reflection.present ? 1 : 0,
      fp: !expectedReflection && report.reflection.present ? 1 : 0,
      fn: expectedReflection && !report.reflection.present ? 1 : 0,
    });
    if (expectedReflection !== report.reflection.present) {
      const text = report.reflection.items.map((item) => item.text).join(' | ') || '(none found)';
      misses.push({ caseId: id, detector: 'reflection', kind: expectedReflection ? 'missed' : 'extra', text });
    }
    const pauseCounts = comparePauses(id, marks.pauses, report.pauses, misses);
    pauses = add(pauses, pauseCounts);
    maxPauseError = Math.max(maxPauseError, pauseCounts.maxError);
    const { i, we } = report.ownership;
    if (i === labels.ownership.i && we === labels.ownership.we) ownershipMatched += 1;
    else
      misses.push({
        caseId: id,
        detector: 'ownership',
        kind: 'wrong',
        text: `I ${i}/${labels.ownership.i}, we ${we}/${labels.ownership.we} (found/labeled)`,
      });
    if (report.mode === labels.mode) modeMatched += 1;
    else misses.push({ caseId: id, detector: 'mode', kind: 'wrong', text: `${report.mode}, labeled ${labels.mode}` });
    if (report.ending.crisp === labels.crisp) endingMatched += 1;
    else
      misses.push({
        caseId: id,
        detector: 'ending',
        kind: 'wrong',
        text: `${report.ending.kind}: ${report.ending.evidence?.text ?? ''}`,
      });
    if (marks.star.length > 0) {
      starErrorList.push(...starErrors(corpusCase, report));
      presence = add(presence, starPresence(corpusCase, report, misses));
      const caseStarts = starStarts(corpusCase, report, misses);
      starts.matched += caseStarts.matched;
      starts.total += caseStarts.total;
    }
    const metricAgreement = metricLabels(corpusCase, report, misses);
    metricClass.matched += metricAgreement.classes[0];
    metricClass.total += metricAgreement.classes[1];
    metricValue.matched += metricAgreement.values[0];
    metricValue.total += metricAgreement.values[1];
  }
  return {
    cases: cases.length,
    fillers: scores(fillers),
    metrics: scores(metrics),
    hedges: scores(hedges),
    reflection: scores(reflection),
    ownershipExact: { matched: ownershipMatched, total: cases.length },
    pauses: { ...scores(pauses), maxBoundaryErrorSec: maxPauseError },
    starPresence: scores(presence),
    starStartsWithin2s: starts,
    metricClass,
    metricValue,
    starDurationErrorSec:
      starErrorList.length === 0 ? 0 : starErrorList.reduce((sum, error) => sum + error, 0) / starErrorList.length,
    modeAccuracy: cases.length === 0 ? 1 : modeMatched / cases.length,
    endingAccuracy: cases.length === 0 ? 1 : endingMatched / cases.length,
    misses,
  };
}

export function evaluateAudio(): AudioEvaluation {
  const misses: Miss[] = [];
  let vocalized = NONE;
  let pauses = NONE;
  let maxPauseError = 0;
  const cases = loadAudioCases();
  for (const audioCase of cases) {
    const built = buildAudioCase(audioCase);
    const facts = audioFacts(built.samples);
    const report = score(built.words, facts, { fillerWords: FILLER_WORDS });
    const { pairs, missed, extra } = match(built.fillers, report.vocalizedFillers.items, timesOverlap);
    const show = (span: TimeSpan): string => `${span.start.toFixed(2)}–${span.end.toFixed(2)} s`;
    for (const item of missed) misses.push({ caseId: built.id, detector: 'vocalized', kind: 'missed', text: show(item) });
    for (const item of extra) misses.push({ caseId: built.id, detector: 'vocalized', kind: 'extra', text: show(item) });
    vocalized = add(vocalized, { tp: pairs.length, fp: extra.length, fn: missed.length });
    const pauseCounts = comparePauses(built.id, built.pauses, report.pauses, misses);
    pauses = add(pauses, pauseCounts);
    maxPauseError = Math.max(maxPauseError, pauseCounts.maxError);
  }
  return {
    cases: cases.length,
    vocalized: scores(vocalized),
    pauses: { ...scores(pauses), maxBoundaryErrorSec: maxPauseError },
    misses,
  };
}

function pausesMet(pauses: PauseScores): boolean {
  return pauses.recall === 1 && pauses.precision === 1 && pauses.maxBoundaryErrorSec <= PAUSE_TOLERANCE_SEC;
}

export function textTargets(evaluation: TextEvaluation): Target[] {
  const { fillers, metrics, reflection, ownershipExact, pauses } = evaluation;
  return [
    { name: 'lexical fillers F1', value: fillers.f1, goal: '≥ 0.95', met: fillers.f1 >= 0.95 },
    { name: 'metrics F1', value: metrics.f1, goal: '≥ 0.95', met: metrics.f1 >= 0.95 },
    { name: 'reflection F1', value: reflection.f1, goal: '≥ 0.9', met: reflection.f1 >= 0.9 },
    {
      name: 'ownership counts exact',
      value: ownershipExact.matched / Math.max(1, ownershipExact.total),
      goal: 'every answer',
      met: ownershipExact.matched === ownershipExact.total,
    },
    {
      name: 'pauses (text) found, boundaries ±0.15 s',
      value: pauses.maxBoundaryErrorSec,
      goal: 'all, none extra',
      met: pausesMet(pauses),
    },
  ];
}

export function audioTargets(evaluation: AudioEvaluation): Target[] {
  const { vocalized, pauses } = evaluation;
  return [
    { name: 'vocalized fillers recall', value: vocalized.recall, goal: '≥ 0.8', met: vocalized.recall >= 0.8 },
    { name: 'vocalized fillers precision', value: vocalized.precision, goal: '≥ 0.8', met: vocalized.precision >= 0.8 },
    {
      name: 'pauses (audio) found, boundaries ±0.15 s',
      value: pauses.maxBoundaryErrorSec,
      goal: 'all, none extra',
      met: pausesMet(pauses),
    },
  ];
}

const share = ({ matched, total }: { matched: number; total: number }): number => (total === 0 ? 1 : matched / total);

/** The issue's targets for answers the engine was never tuned on. */
export function blindTargets(evaluation: TextEvaluation): Target[] {
  const { fillers, metrics, reflection, starPresence, ownershipExact } = evaluation;
  const starts = share(evaluation.starStartsWithin2s);
  const ownership = share(ownershipExact);
  return [
    { name: 'reflection F1', value: reflection.f1, goal: '≥ 0.9', met: reflection.f1 >= 0.9 },
    { name: 'STAR section precision', value: starPresence.precision, goal: '≥ 0.85', met: starPresence.precision >= 0.85 },
    { name: 'STAR section recall', value: starPresence.recall, goal: '≥ 0.85', met: starPresence.recall >= 0.85 },
    { name: 'STAR starts within 2 s', value: starts, goal: '≥ 0.6', met: starts >= 0.6 },
    { name: 'crisp ending accuracy', value: evaluation.endingAccuracy, goal: '≥ 0.8', met: evaluation.endingAccuracy >= 0.8 },
    { name: 'answer mode accuracy', value: evaluation.modeAccuracy, goal: '≥ 0.9', met: evaluation.modeAccuracy >= 0.9 },
    { name: 'metrics F1', value: metrics.f1, goal: '≥ 0.95', met: metrics.f1 >= 0.95 },
    { name: 'lexical fillers F1', value: fillers.f1, goal: '≥ 0.95', met: fillers.f1 >= 0.95 },
    { name: 'speaker I/we exact', value: ownership, goal: '≥ 0.95', met: ownership >= 0.95 },
  ];
}

/** One line per figure, for printing the tuned and blind sets side by side. */
export function figureRows(evaluation: TextEvaluation): [string, string][] {
  const prf = (s: Scores): string => `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}`;
  const of = ({ matched, total }: { matched: number; total: number }): string =>
    `${matched}/${total} (${share({ matched, total }).toFixed(2)})`;
  return [
    ['answers', String(evaluation.cases)],
    ['lexical fillers', prf(evaluation.fillers)],
    ['metrics', prf(evaluation.metrics)],
    ['metric class', of(evaluation.metricClass)],
    ['metric value', of(evaluation.metricValue)],
    ['hedges', prf(evaluation.hedges)],
    ['reflection present', prf(evaluation.reflection)],
    ['STAR sections', prf(evaluation.starPresence)],
    ['STAR starts within 2 s', of(evaluation.starStartsWithin2s)],
    ['STAR duration error', `${evaluation.starDurationErrorSec.toFixed(2)} s`],
    ['crisp ending', evaluation.endingAccuracy.toFixed(2)],
    ['answer mode', evaluation.modeAccuracy.toFixed(2)],
    ['speaker I/we exact', of(evaluation.ownershipExact)],
    ['pauses', prf(evaluation.pauses)],
  ];
}
