// Exports of attempts and transcripts as text files: attempts as CSV (RFC 4180) or JSON with every metric
// and verdict; one transcript as SRT, WebVTT, Markdown or word-level JSON. Pure functions over the store's
// types, shared by the app's export service and `voicedrill export`.

import type { AttemptDetail } from '../../common/library';
import type { StarSectionName, TimedWord } from '../../common/report';

export interface ExportedAttempt {
  attempt: AttemptDetail;
  /** The question or story the attempt answers. */
  question: string;
}

const STAR_NAMES: readonly StarSectionName[] = ['situation', 'task', 'action', 'result', 'reflection'];

type Cell = string | number | boolean | null;

/** The CSV's columns, in order, and how each is read from an attempt. */
const COLUMNS: readonly [string, (row: ExportedAttempt) => Cell][] = [
  ['attempt_id', ({ attempt }) => attempt.id],
  ['question_id', ({ attempt }) => attempt.questionId],
  ['question', ({ question }) => question],
  ['started_at', ({ attempt }) => attempt.startedAt],
  ['drill_length', ({ attempt }) => attempt.drillLength],
  ['status', ({ attempt }) => attempt.status],
  ['recovered', ({ attempt }) => attempt.recovered],
  ['duration_sec', ({ attempt }) => attempt.durationSec],
  ['target_min_sec', ({ attempt }) => attempt.targetMinSec],
  ['target_max_sec', ({ attempt }) => attempt.targetMaxSec],
  ['in_window', ({ attempt }) => inWindow(attempt)],
  ['words_per_minute', ({ attempt }) => attempt.wordsPerMinute],
  ['speaking_sec', ({ attempt }) => attempt.report?.speakingSec ?? null],
  ['time_to_first_word_sec', ({ attempt }) => attempt.report?.timeToFirstWordSec ?? null],
  ['filler_count', ({ attempt }) => attempt.fillerCount],
  ['fillers_per_minute', ({ attempt }) => attempt.fillersPerMinute],
  ['vocalized_fillers', ({ attempt }) => attempt.report?.vocalizedFillers.count ?? null],
  ['vocalized_fillers_per_minute', ({ attempt }) => attempt.report?.vocalizedFillers.perMinute ?? null],
  ['longest_pause_sec', ({ attempt }) => attempt.report?.longestPauseSec ?? null],
  ['pace_variation', ({ attempt }) => attempt.report?.pace.variation ?? null],
  ['hedges', ({ attempt }) => attempt.report?.hedges.count ?? null],
  ['i_count', ({ attempt }) => attempt.report?.ownership.i ?? null],
  ['we_count', ({ attempt }) => attempt.report?.ownership.we ?? null],
  ['metric_present', ({ attempt }) => attempt.metricPresent],
  ['reflection_present', ({ attempt }) => attempt.reflectionPresent],
  ['ending_crisp', ({ attempt }) => attempt.report?.ending.crisp ?? null],
  ['ending_kind', ({ attempt }) => attempt.report?.ending.kind ?? null],
  ['answer_mode', ({ attempt }) => attempt.report?.mode ?? null],
  ...STAR_NAMES.map((name): [string, (row: ExportedAttempt) => Cell] => [
    `${name}_sec`,
    ({ attempt }) => sectionSec(attempt, name),
  ]),
  ['star_missing', ({ attempt }) => attempt.report?.star.missing.join(';') ?? null],
  ['checklist_met', ({ attempt }) => checklist(attempt, true)],
  ['checklist_missed', ({ attempt }) => checklist(attempt, false)],
  ['estimated_duration_sec', ({ attempt }) => attempt.selfEstimate?.durationSec ?? null],
  ['estimated_filler_count', ({ attempt }) => attempt.selfEstimate?.fillerCount ?? null],
  ['model', ({ attempt }) => attempt.model],
  ['transcript_source', ({ attempt }) => attempt.transcriptSource],
  ['error', ({ attempt }) => attempt.error],
];

function inWindow(attempt: AttemptDetail): boolean | null {
  if (attempt.durationSec === null) return null;
  return attempt.durationSec >= attempt.targetMinSec && attempt.durationSec <= attempt.targetMaxSec;
}

/** Seconds spent in one STAR section (summed if the answer came back to it); null when unscored. */
export function sectionSec(attempt: AttemptDetail, name: StarSectionName): number | null {
  if (attempt.report === null) return null;
  return attempt.report.star.sections
    .filter((section) => section.name === name)
    .reduce((sum, section) => sum + section.durationSec, 0);
}

function checklist(attempt: AttemptDetail, met: boolean): string | null {
  if (attempt.report === null) return null;
  return attempt.report.checklist
    .filter((item) => item.met === met)
    .map((item) => item.id)
    .join(';');
}

/**
 * One CSV field: quoted when it holds a comma, quote, CR or LF, with quotes doubled (RFC 4180 §2.6–2.7).
 * Text that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Attempts as CSV: a header row, then one row per attempt; CRLF line ends as RFC 4180 asks. */
export function attemptsToCsv(rows: readonly ExportedAttempt[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, read]) => csvField(read(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Attempts as JSON: the summary fields, the question and the full report of each. */
export function attemptsToJson(rows: readonly ExportedAttempt[]): string {
  const attempts = rows.map(({ attempt, question }) => {
    // The words are in the report already, and whether audio exists means nothing outside the app.
    const fields = Object.fromEntries(Object.entries(attempt).filter(([key]) => key !== 'words' && key !== 'hasRecording'));
    return { question, ...fields, inWindow: inWindow(attempt) };
  });
  return `${JSON.stringify({ format: 'voicedrill-attempts', version: 1, attempts }, null, 2)}\n`;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Subtitle conventions: at most two lines of about 42 characters, on screen for at most 6 s. */
const CUE_MAX_CHARS = 84;
const LINE_CHARS = 42;
const CUE_MAX_SEC = 6;
/** A silence this long between words starts a new cue. */
const CUE_PAUSE_SEC = 1;

/** Splits timed words into subtitle cues, breaking after a sentence, at a pause, or when a cue is full. */
export function wordsToCues(words: readonly TimedWord[]): Cue[] {
  const cues: Cue[] = [];
  let current: { start: number; end: number; words: string[] } | null = null;
  let sentenceEnded = false;
  for (const word of words) {
    const text = word.text.trim();
    if (text === '') continue;
    const full =
      current !== null &&
      (sentenceEnded ||
        word.start - current.end >= CUE_PAUSE_SEC ||
        word.end - current.start > CUE_MAX_SEC ||
        [...current.words, text].join(' ').length > CUE_MAX_CHARS);
    if (current === null || full) {
      if (current !== null) cues.push(toCue(current));
      current = { start: word.start, end: word.end, words: [] };
    }
    current.words.push(text);
    current.end = Math.max(current.end, word.end);
    sentenceEnded = /[.?!…]["')\]]?$/.test(text);
  }
  if (current !== null) cues.push(toCue(current));
  // Whisper's word times can overlap by a few ms; players want cues in order and never overlapping.
  for (let i = 1; i < cues.length; i++) cues[i]!.start = Math.max(cues[i]!.start, cues[i - 1]!.end);
  for (const cue of cues) cue.end = Math.max(cue.end, cue.start + 0.001);
  return cues;
}

function toCue(group: { start: number; end: number; words: string[] }): Cue {
  return { start: group.start, end: group.end, text: wrap(group.words) };
}

/** Two balanced lines when the text is longer than one line. */
function wrap(words: string[]): string {
  const text = words.join(' ');
  if (text.length <= LINE_CHARS) return text;
  let best = 1;
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let split = 1; split < words.length; split++) {
    const diff = Math.abs(words.slice(0, split).join(' ').length - words.slice(split).join(' ').length);
    if (diff < bestDiff) [best, bestDiff] = [split, diff];
  }
  return `${words.slice(0, best).join(' ')}\n${words.slice(best).join(' ')}`;
}

/** 00:01:02,345 (SRT) or 00:01:02.345 (WebVTT). */
export function timestamp(seconds: number, separator: ',' | '.'): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

export function transcriptToSrt(words: readonly TimedWord[]): string {
  return wordsToCues(words)
    .map(
      (cue, i) =>
        `${i + 1}\r\n${timestamp(cue.start, ',')} --> ${timestamp(cue.end, ',')}\r\n${cue.text.replaceAll('\n', '\r\n')}\r\n`,
    )
    .join('\r\n');
}

/** WebVTT cue text is markup: &, < and > are written as character references. */
export function transcriptToVtt(words: readonly TimedWord[]): string {
  const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const cues = wordsToCues(words).map(
    (cue) => `${timestamp(cue.start, '.')} --> ${timestamp(cue.end, '.')}\n${escape(cue.text)}\n`,
  );
  return ['WEBVTT\n', ...cues].join('\n');
}

/** Backslash-escapes the characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!~]/g, '\\$&');
}

function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const SECTION_TITLES: Record<StarSectionName, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** The transcript as a readable Markdown note: the figures, then the words by STAR section with times. */
export function transcriptToMarkdown({ attempt, question }: ExportedAttempt): string {
  const facts = [
    `- Recorded: ${attempt.startedAt}`,
    `- Length: ${attempt.drillLength} (target ${attempt.targetMinSec}–${attempt.targetMaxSec} s)`,
  ];
  if (attempt.durationSec !== null) facts.push(`- Duration: ${attempt.durationSec} s`);
  if (attempt.wordsPerMinute !== null) facts.push(`- Pace: ${attempt.wordsPerMinute} words per minute`);
  if (attempt.fillerCount !== null) facts.push(`- Fillers: ${attempt.fillerCount} (${attempt.fillersPerMinute ?? 0} per minute)`);
  if (attempt.transcriptSource !== null) {
    facts.push(
      `- Transcript: ${attempt.transcriptSource === 'corrected' ? 'corrected by hand' : 'Whisper'}${attempt.model ? ` (${attempt.model})` : ''}`,
    );
  }
  const words = attempt.words.map((word) => ({ ...word, text: word.text.trim() }));
  const body: string[] = [];
  const sections = attempt.report?.star.sections ?? [];
  const paragraph = (from: number, to: number): string =>
    `**[${clock(words[from]!.start)}]** ${escapeMarkdown(
      words
        .slice(from, to + 1)
        .map((word) => word.text)
        .join(' '),
    )}`;
  if (words.length === 0) {
    body.push('_No words were transcribed._');
  } else if (sections.length > 0 && attempt.report?.transcript.words.length === words.length) {
    // Sections index the report's words, which are the attempt's words when the counts agree.
    let next = 0;
    for (const section of sections) {
      if (section.firstWord > next) body.push(paragraph(next, section.firstWord - 1));
      body.push(`### ${SECTION_TITLES[section.name]}`, paragraph(section.firstWord, section.lastWord));
      next = section.lastWord + 1;
    }
    if (next < words.length) body.push(paragraph(next, words.length - 1));
  } else {
    body.push(paragraph(0, words.length - 1));
  }
  return `# ${escapeMarkdown(question)}\n\n${facts.join('\n')}\n\n## Transcript\n\n${body.join('\n\n')}\n`;
}

/** Every word with its times (and Whisper's probability when known), for other tools. */
export function transcriptToWordsJson({ attempt, question }: ExportedAttempt): string {
  const words = attempt.words.map((word) => ({
    text: word.text.trim(),
    start: word.start,
    end: word.end,
    ...(word.probability === undefined ? {} : { probability: word.probability }),
  }));
  return `${JSON.stringify(
    {
      format: 'voicedrill-words',
      version: 1,
      attemptId: attempt.id,
      question,
      startedAt: attempt.startedAt,
      durationSec: attempt.durationSec,
      model: attempt.model,
      transcriptSource: attempt.transcriptSource,
      words,
    },
    null,
    2,
  )}\n`;
}

/** A file name for an export: the question's first words and the attempt's date, safe on every OS. */
export function exportFileName({ attempt, question }: ExportedAttempt, extension: string): string {
  const slug = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const date = attempt.startedAt.slice(0, 19).replaceAll(':', '-');
  return `${slug || 'attempt'}-${date}-${attempt.id}.${extension}`;
}
