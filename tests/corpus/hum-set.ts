// The touching-hum set: hums that touch a word, in speech generated here. espeak-ng says a phrase, a held
// hesitation ("uhh", "umm", "hmm", slowed with sox as people hold them) is joined straight onto it with no
// silence between, and the transcript is timed as Whisper times such audio — the word beside the hum either
// stretched over it or not. Truth is where the hum's samples have sound. Needs espeak-ng and sox
// (speechToolsMissing says when they are not there). Used by the unit test and by `npm run eval`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TimedWord, TimeSpan } from '../../common/report';
import { score } from '../../native/analysis/score';
import { decodeWav } from '../../native/audio/wav';
import { audioFacts } from '../../native/pipeline/analyze';
import { speechWav } from '../utils/speech';

export const RATE = 16000;
const SOUND = 0.001;
let workDir: string | null = null;

/** The samples of a phrase spoken at `rate` words a minute, trimmed to where it has sound. */
export function spoken(text: string, rate = 150): Float32Array {
  const file = speechWav([{ say: text }], rate);
  return trimmed(decodeWav(new Uint8Array(readFileSync(file.path))).samples);
}

function trimmed(samples: Float32Array): Float32Array {
  let first = samples.findIndex((sample) => Math.abs(sample) >= SOUND);
  let last = samples.length - 1;
  while (last > 0 && Math.abs(samples[last] ?? 0) < SOUND) last -= 1;
  if (first < 0) first = 0;
  return samples.slice(first, last + 1);
}

/** A held hesitation: espeak's, slowed to `hold` of its speed (0.6 unless said) without changing its pitch. */
function hum(text: string, hold = 0.6): Float32Array {
  workDir ??= mkdtempSync(path.join(tmpdir(), 'hums-'));
  const raw = path.join(workDir, `${text}.raw.wav`);
  const held = path.join(workDir, `${text}-${hold}.wav`);
  if (!existsSync(held)) {
    execFileSync('espeak-ng', ['-s', '150', '-w', raw, text]);
    execFileSync('sox', [raw, '-r', String(RATE), '-c', '1', '-b', '16', held, 'tempo', String(hold)]);
  }
  return trimmed(decodeWav(new Uint8Array(readFileSync(held))).samples);
}

export const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * RATE));

/** A phrase's words sharing its time by length, from `start` to `end`. */
export function wordsOver(text: string, start: number, end: number): TimedWord[] {
  const texts = text.split(' ');
  const total = texts.reduce((sum, word) => sum + word.length + 1, 0);
  let clock = start;
  return texts.map((word) => {
    const from = clock;
    clock += ((word.length + 1) / total) * (end - start);
    return { text: word, start: Math.round(from * 1000) / 1000, end: Math.round(clock * 1000) / 1000 };
  });
}

type Place = 'after' | 'before';

export interface HumCase {
  before: string;
  hum: string;
  after: string;
  /** The hum runs out of the end of `before` ('after') or into the start of `after` ('before'). */
  place: Place;
  /** Whisper stretches the touching word's timestamps over the hum. */
  stretched: boolean;
  /** Speaking rate of the words, words a minute (150 unless said). */
  rate?: number;
  /** How far the hum is slowed: 0.6 of espeak's speed unless said; lower is held longer. */
  hold?: number;
}

export function buildHumCase(item: HumCase): { samples: Float32Array; words: TimedWord[]; truth: TimeSpan } {
  const first = spoken(item.before, item.rate);
  const second = spoken(item.after, item.rate);
  const held = hum(item.hum, item.hold);
  const gap = silence(0.5);
  const parts =
    item.place === 'after'
      ? [silence(0.3), first, held, gap, second, silence(0.3)]
      : [silence(0.3), first, gap, held, second, silence(0.3)];
  const samples = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  const starts = parts.map((part) => {
    samples.set(part, offset);
    const start = offset / RATE;
    offset += part.length;
    return start;
  });
  const at = (index: number): TimeSpan => ({
    start: starts[index] ?? 0,
    end: (starts[index] ?? 0) + (parts[index]?.length ?? 0) / RATE,
  });
  const humSpan = at(item.place === 'after' ? 2 : 3);
  const firstSpan = at(1);
  const secondSpan = at(item.place === 'after' ? 4 : 4);
  const firstWords = wordsOver(
    item.before,
    firstSpan.start,
    item.place === 'after' && item.stretched ? humSpan.end : firstSpan.end,
  );
  const secondWords = wordsOver(
    item.after,
    item.place === 'before' && item.stretched ? humSpan.start : secondSpan.start,
    secondSpan.end,
  );
  if (item.place === 'after' && item.stretched) {
    // Whisper gives the last word the hum's time, and the other words their own.
    const own = wordsOver(item.before, firstSpan.start, firstSpan.end);
    own[own.length - 1] = { ...(own[own.length - 1] as TimedWord), end: Math.round(humSpan.end * 1000) / 1000 };
    return { samples, words: [...own, ...secondWords], truth: humSpan };
  }
  if (item.place === 'before' && item.stretched) {
    const own = wordsOver(item.after, secondSpan.start, secondSpan.end);
    own[0] = { ...(own[0] as TimedWord), start: Math.round(humSpan.start * 1000) / 1000 };
    return { samples, words: [...firstWords, ...own], truth: humSpan };
  }
  return { samples, words: [...firstWords, ...secondWords], truth: humSpan };
}

export const HUM_CASES: readonly HumCase[] = [
  { before: 'I owned the checkout service', hum: 'uhh', after: 'and pages were slow', place: 'after', stretched: true },
  { before: 'we rewrote the parser', hum: 'umm', after: 'in two weeks', place: 'after', stretched: true },
  { before: 'the problem was the cache', hum: 'hmm', after: 'it never expired', place: 'after', stretched: true },
  { before: 'my task was to fix it', hum: 'uhh', after: 'before the launch', place: 'after', stretched: false },
  { before: 'then I profiled the workers', hum: 'umm', after: 'and found the leak', place: 'after', stretched: false },
  { before: 'it took about a month', hum: 'hmm', after: 'to finish', place: 'after', stretched: false },
  { before: 'we shipped it on time', hum: 'uhh', after: 'so the customer stayed', place: 'before', stretched: true },
  { before: 'the latency dropped', hum: 'umm', after: 'by forty percent', place: 'before', stretched: true },
  { before: 'I talked to the team', hum: 'hmm', after: 'and we agreed', place: 'before', stretched: true },
  { before: 'the tests were flaky', hum: 'uhh', after: 'so I rewrote them', place: 'before', stretched: false },
  { before: 'we had three outages', hum: 'umm', after: 'in one week', place: 'before', stretched: false },
  { before: 'I added an alert', hum: 'hmm', after: 'on the queue depth', place: 'before', stretched: false },
];

const overlaps = (a: TimeSpan, b: TimeSpan): boolean => a.start < b.end && b.start < a.end;

/** Answers with no hum in them, to count false ones. */
export const HUM_FREE_TEXTS: readonly string[] = [
  'At my last job I owned the checkout service and pages were taking four seconds to load',
  'so I profiled the slowest requests and found twelve calls to the pricing service',
  'we cut the load time to eight hundred milliseconds and the conversion rate went up',
  'looking back I would have measured the tail latency first',
];

export interface HumEvaluation {
  found: number;
  total: number;
  missed: string[];
  /** Hums reported where there is none: beside the hum in the hum cases, and in the hum-free answers. */
  falseHums: number;
}

/** Recall over hum cases and false hums over them and hum-free answers: the tuned set unless others are given. */
export function evaluateHums(cases: readonly HumCase[] = HUM_CASES, free: readonly string[] = HUM_FREE_TEXTS): HumEvaluation {
  let found = 0;
  let falseHums = 0;
  const missed: string[] = [];
  for (const item of cases) {
    const built = buildHumCase(item);
    const hums = score(built.words, audioFacts(built.samples), { fillerWords: [] }).vocalizedFillers.items;
    if (hums.some((span) => overlaps(span, built.truth))) found += 1;
    else missed.push(`${item.before} + ${item.hum} (${item.place}, ${item.stretched ? 'stretched' : 'plain'})`);
    falseHums += hums.filter((span) => !overlaps(span, built.truth)).length;
  }
  for (const text of free) {
    const sound = spoken(text);
    const samples = new Float32Array(sound.length + RATE);
    samples.set(sound, RATE / 2);
    const words = wordsOver(text, 0.5, 0.5 + sound.length / RATE);
    falseHums += score(words, audioFacts(samples), { fillerWords: [] }).vocalizedFillers.items.length;
  }
  return { found, total: cases.length, missed, falseHums };
}
