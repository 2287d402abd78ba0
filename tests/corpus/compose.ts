// Turns a marked-up script (see README.md) into timed words and the marks a coach put on them. Times follow a
// simple speaking model — longer words take longer, commas and full stops add a breath, a little deterministic
// jitter — so the transcripts look like Whisper's without anyone typing thousands of timestamps.

import type { StarSectionName, TimedWord } from '../../common/report';

export interface WordRange {
  firstWord: number;
  lastWord: number;
}

export interface LabeledPause {
  afterWord: number;
  start: number;
  end: number;
}

export interface LabeledSection extends WordRange {
  name: StarSectionName;
  start: number;
  end: number;
}

export type MetricClass = 'impact' | 'scale' | 'context';

/** What a coach wrote about a metric: `[m{impact 40..50 %}: forty to fifty percent]`. */
export interface MetricLabel {
  class: MetricClass;
  /** The number (the low bound of a range); null when the words give none ("doubled" has a factor, 2). */
  value: number | null;
  /** The high bound of a range. */
  high?: number;
  unit: string | null;
}

export type LabeledMetric = WordRange & Partial<MetricLabel>;

export interface CorpusMarks {
  fillers: WordRange[];
  metrics: LabeledMetric[];
  hedges: WordRange[];
  reflections: WordRange[];
  pauses: LabeledPause[];
  star: LabeledSection[];
}

export interface ScriptSource {
  id: string;
  script: string;
  /** Speaking rate the times are composed at; 150 when absent. */
  wpm?: number;
  /** Silence before the first word; 0.8 s when absent. */
  leadIn?: number;
}

export interface Composed {
  words: TimedWord[];
  durationSec: number;
  marks: CorpusMarks;
}

type SpanKind = 'fillers' | 'metrics' | 'hedges' | 'reflections';

const SPAN_KINDS: Readonly<Record<string, SpanKind>> = { f: 'fillers', m: 'metrics', h: 'hedges', r: 'reflections' };
const SECTIONS: readonly StarSectionName[] = ['situation', 'task', 'action', 'result', 'reflection'];
const MARKUP = /\[([a-z])(?:\{([^}]*)\})?:|\]|<(\d+(?:\.\d+)?)>|#([a-z]+)|[^\s[\]<>#]+/g;
const PUNCTUATION = /^[.,;:!?…]+$/;
const HESITATION = /^(u+h*m*|e+r+m*|a+h+|h+m+)$/;
/** A silence this long or longer is a pause a coach would mark. */
const PAUSE_SEC = 1;
const TAIL_SEC = 1;

/** A repeatable number in [0, 1) for a word of a case, so re-composing gives the same times. */
function jitter(id: string, index: number, salt: string): number {
  let hash = 2166136261;
  for (const char of `${id}:${index}:${salt}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash / 2 ** 32;
}

const CLASSES: readonly MetricClass[] = ['impact', 'scale', 'context'];

/** Reads `impact 40..50 %` (class, value or `?`, optional `..high`, optional unit). */
function metricLabel(id: string, text: string): MetricLabel {
  const [className, amount, ...unit] = text.trim().split(/\s+/);
  const metricClass = CLASSES.find((candidate) => candidate === className);
  if (metricClass === undefined || amount === undefined)
    throw new Error(`${id}: metric label '${text}' needs a class and a value`);
  const [low, high] = amount.split('..');
  const number = (part: string | undefined): number | null => {
    if (part === undefined || part === '?') return null;
    const value = Number(part);
    if (!Number.isFinite(value)) throw new Error(`${id}: metric label '${text}' has a bad number`);
    return value;
  };
  const highValue = number(high);
  return {
    class: metricClass,
    value: number(low),
    ...(highValue === null ? {} : { high: highValue }),
    unit: unit.length === 0 ? null : unit.join(' '),
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

function wordSeconds(text: string, scale: number): number {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (HESITATION.test(letters)) return 0.4;
  return (0.09 + 0.055 * Math.max(1, letters.length)) * scale;
}

function naturalGap(previous: string, scale: number): number {
  if (/[.!?]["')]*$/.test(previous)) return 0.4 * scale;
  if (/[,;:—–-]$/.test(previous)) return 0.18 * scale;
  return 0.06 * scale;
}

export function compose(source: ScriptSource): Composed {
  const scale = 150 / (source.wpm ?? 150);
  const words: TimedWord[] = [];
  const marks: CorpusMarks = { fillers: [], metrics: [], hedges: [], reflections: [], pauses: [], star: [] };
  const open: { kind: SpanKind; firstWord: number; label?: MetricLabel }[] = [];
  const sectionStarts: { name: StarSectionName; firstWord: number }[] = [];
  let silence: number | null = null;
  let clock = source.leadIn ?? 0.8;
  for (const match of source.script.matchAll(MARKUP)) {
    const [token, kindLetter, labelText, pause, section] = match;
    if (kindLetter !== undefined) {
      const kind = SPAN_KINDS[kindLetter];
      if (kind === undefined) throw new Error(`${source.id}: unknown mark [${kindLetter}:`);
      if (labelText !== undefined && kind !== 'metrics') throw new Error(`${source.id}: only metrics take a {label}`);
      open.push({
        kind,
        firstWord: words.length,
        ...(labelText === undefined ? {} : { label: metricLabel(source.id, labelText) }),
      });
    } else if (token === ']') {
      const closed = open.pop();
      if (closed === undefined || closed.firstWord === words.length) throw new Error(`${source.id}: stray or empty ]`);
      marks[closed.kind].push({ firstWord: closed.firstWord, lastWord: words.length - 1, ...closed.label });
    } else if (pause !== undefined) {
      silence = Number(pause);
    } else if (section !== undefined) {
      const name = SECTIONS.find((candidate) => candidate === section);
      if (name === undefined) throw new Error(`${source.id}: unknown section #${section}`);
      sectionStarts.push({ name, firstWord: words.length });
    } else if (PUNCTUATION.test(token) && words.length > 0) {
      // Punctuation written after a closing bracket ("[h: I guess].") belongs to the word before it.
      const previous = words[words.length - 1];
      if (previous !== undefined) previous.text += token;
    } else {
      const index = words.length;
      const previous = words[index - 1];
      if (previous !== undefined) {
        const gap = silence ?? naturalGap(previous.text, scale) * (0.8 + 0.4 * jitter(source.id, index, 'gap'));
        if (silence !== null && silence >= PAUSE_SEC) {
          marks.pauses.push({ afterWord: index - 1, start: previous.end, end: round(previous.end + gap) });
        }
        clock = previous.end + gap;
      }
      silence = null;
      const start = round(clock);
      const end = round(start + wordSeconds(token, scale) * (0.85 + 0.3 * jitter(source.id, index, 'word')));
      words.push({ text: token, start, end });
    }
  }
  if (open.length > 0) throw new Error(`${source.id}: unclosed [`);
  marks.star = sectionStarts.map((section, index) => {
    const next = sectionStarts[index + 1];
    const lastWord = (next?.firstWord ?? words.length) - 1;
    const first = words[section.firstWord];
    const last = words[lastWord];
    const following = next === undefined ? undefined : words[next.firstWord];
    if (first === undefined || last === undefined) throw new Error(`${source.id}: empty section #${section.name}`);
    return { name: section.name, firstWord: section.firstWord, lastWord, start: first.start, end: following?.start ?? last.end };
  });
  const lastWord = words[words.length - 1];
  return { words, durationSec: round((lastWord?.end ?? 0) + TAIL_SEC), marks };
}
