// A small multinomial naive Bayes over a question's stemmed words and word pairs, trained on
// mode-training.json (questions written by how interviewers ask, in varied registers). It reads the
// wordings the hand-written frames in mode.ts never saw; mode.ts adds its posterior to the frames' scores.
// Training is a count over ~300 questions, so it runs once, on first use, and the data file is the model.

import trainingJson from './mode-training.json';
import type { AnswerMode } from '../../common/report';

export type ModeExamples = Readonly<Partial<Record<AnswerMode, readonly string[]>>>;

export interface ModeModel {
  modes: readonly AnswerMode[];
  /** log P(mode). */
  logPrior: ReadonlyMap<AnswerMode, number>;
  /** log P(feature | mode), Laplace-smoothed. */
  logLikelihood: ReadonlyMap<AnswerMode, ReadonlyMap<string, number>>;
  /** log P(unseen feature | mode). */
  logUnseen: ReadonlyMap<AnswerMode, number>;
  vocabulary: ReadonlySet<string>;
}

/** Add-alpha smoothing: small, because questions are short and most features are rare. */
const ALPHA = 0.3;

// Suffixes stripped so "designing", "designed", "designs" meet; British "-ise" spellings meet American "-ize".
const SUFFIXES: readonly [RegExp, string][] = [
  [/isation$/, 'ization'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/(\w{3,})ing$/, '$1'],
  [/(\w{3,})ed$/, '$1'],
  [/(\w{3,}[^s])es$/, '$1e'],
  [/(\w{3,}[^su])s$/, '$1'],
  [/(\w{3,})ly$/, '$1'],
  [/(\w{3,})e$/, '$1'],
];

export function stem(word: string): string {
  let out = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (suffix.test(out)) out = out.replace(suffix, replacement);
  }
  return out;
}

/** Contractions spelled out, so "you'd" and "you would" share features. */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/'d\b/g, ' would'],
  [/'ve\b/g, ' have'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/n't\b/g, ' not'],
  [/'s\b/g, ''],
  [/\bu\b/g, 'you'],
];

export function questionWords(question: string): string[] {
  let text = question.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

/** Unigrams, bigrams and the opening word (interviewers' openings — "why", "design", "tell" — carry the mode). */
export function features(question: string): string[] {
  const words = questionWords(question);
  const out = words.map((word) => `w:${word}`);
  for (let i = 0; i + 1 < words.length; i++) out.push(`b:${words[i]} ${words[i + 1]}`);
  if (words[0] !== undefined) out.push(`s:${words[0]}`);
  return out;
}

export function trainModeModel(examples: ModeExamples): ModeModel {
  const modes = (Object.keys(examples) as AnswerMode[]).filter((mode) => (examples[mode]?.length ?? 0) > 0);
  const counts = new Map<AnswerMode, Map<string, number>>();
  const vocabulary = new Set<string>();
  let questions = 0;
  for (const mode of modes) {
    const table = new Map<string, number>();
    for (const question of examples[mode] ?? []) {
      questions++;
      for (const feature of features(question)) {
        table.set(feature, (table.get(feature) ?? 0) + 1);
        vocabulary.add(feature);
      }
    }
    counts.set(mode, table);
  }
  const logPrior = new Map<AnswerMode, number>();
  const logLikelihood = new Map<AnswerMode, Map<string, number>>();
  const logUnseen = new Map<AnswerMode, number>();
  for (const mode of modes) {
    const table = counts.get(mode) ?? new Map<string, number>();
    let total = 0;
    for (const count of table.values()) total += count;
    const denominator = Math.log(total + ALPHA * vocabulary.size);
    logPrior.set(mode, Math.log((examples[mode]?.length ?? 0) / questions));
    logLikelihood.set(mode, new Map([...table].map(([feature, count]) => [feature, Math.log(count + ALPHA) - denominator])));
    logUnseen.set(mode, Math.log(ALPHA) - denominator);
  }
  return { modes, logPrior, logLikelihood, logUnseen, vocabulary };
}

/** P(mode | question) for every mode the model knows; features never seen in training are ignored. */
export function modePosterior(model: ModeModel, question: string): Map<AnswerMode, number> {
  const known = features(question).filter((feature) => model.vocabulary.has(feature));
  const logs = model.modes.map((mode) => {
    const likelihood = model.logLikelihood.get(mode);
    const unseen = model.logUnseen.get(mode) ?? 0;
    return known.reduce((sum, feature) => sum + (likelihood?.get(feature) ?? unseen), model.logPrior.get(mode) ?? 0);
  });
  const top = Math.max(...logs);
  const weights = logs.map((log) => Math.exp(log - top));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return new Map(model.modes.map((mode, i) => [mode, (weights[i] ?? 0) / total]));
}

export const MODE_TRAINING: ModeExamples = trainingJson as ModeExamples;

let shipped: ModeModel | undefined;

/** The model trained on the shipped questions, built on first use. */
export function shippedModeModel(): ModeModel {
  shipped ??= trainModeModel(MODE_TRAINING);
  return shipped;
}
