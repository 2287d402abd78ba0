// The progress commands' arguments: history, export and import, parsed with node:util's parseArgs.
// Pure, so usage errors are unit-tested.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DRILL_LENGTHS, type DrillLength } from '../../common/drill-lengths';
import { UsageError } from './args';

/** Which question: its exact text (as listed in the app) or its id. */
export type QuestionRef = { text: string } | { id: number };

export type ProgressCommand =
  | { kind: 'history'; question: QuestionRef; length: DrillLength | null; window: number; json: boolean }
  | { kind: 'export-attempts'; question: QuestionRef | null; format: 'csv' | 'json'; out: string | null }
  | { kind: 'export-transcript'; attemptId: number; format: 'srt' | 'vtt' | 'md' | 'json'; out: string | null }
  | { kind: 'export-audio'; attemptId: number; format: 'wav' | 'opus'; out: string }
  | {
      kind: 'import';
      files: string[];
      question: string;
      storyKind: 'question' | 'story';
      length: DrillLength;
      model: string | null;
    };

export const PROGRESS_USAGE = `       voicedrill history (--question TEXT | --question-id N) [--length elevator|full|deep] [--window N] [--json]
       voicedrill export attempts [--question TEXT | --question-id N] [--format csv|json] [--out FILE]
       voicedrill export transcript <ATTEMPT-ID> --format srt|vtt|md|json [--out FILE]
       voicedrill export audio <ATTEMPT-ID> --format wav|opus --out FILE
       voicedrill import <audio…> --question TEXT [--story] [--length elevator|full|deep] [--model NAME|PATH]

  history    a question's attempts and their statistics: mean, SD, CV, the natural range (XmR) and the label
  export     attempts as CSV or JSON; one transcript as SRT, WebVTT, Markdown or word JSON; one recording
             as WAV or as its stored Opus. Without --out, text goes to standard output
  import     adds recordings (WAV, Ogg Opus…) as attempts of a question, through the app's own pipeline;
             the question is created when no question has that exact text`;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util words its errors for developers ("Unknown option '--x'. To specify a positional…"): keep the first sentence.
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/\.$/, ''));
  }
}

function positiveInt(value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${what} must be a whole number from 1, got '${value}'`);
  }
  return Number(value);
}

function oneOf<const T extends readonly string[]>(value: string, allowed: T, flag: string): T[number] {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got '${value}'`);
  return value as T[number];
}

function questionRef(values: { question?: string; 'question-id'?: string }, required: boolean): QuestionRef | null {
  if (values.question !== undefined && values['question-id'] !== undefined)
    throw new UsageError('give --question or --question-id, not both');
  if (values.question !== undefined) {
    if (values.question.trim() === '') throw new UsageError('--question must not be empty');
    return { text: values.question };
  }
  if (values['question-id'] !== undefined) return { id: positiveInt(values['question-id'], '--question-id') };
  if (required) throw new UsageError('which question? give --question TEXT or --question-id N');
  return null;
}

function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
}

const QUESTION_OPTIONS = { question: { type: 'string' }, 'question-id': { type: 'string' } } as const;

export function parseProgressCommand(command: 'history' | 'export' | 'import', rest: string[]): ProgressCommand {
  if (command === 'history') {
    const { values, positionals } = parse(rest, {
      ...QUESTION_OPTIONS,
      length: { type: 'string' },
      window: { type: 'string' },
      json: { type: 'boolean' },
    });
    noPositionals(positionals);
    return {
      kind: 'history',
      question: questionRef(values, true)!,
      length: values.length === undefined ? null : oneOf(values.length, DRILL_LENGTHS, '--length'),
      window: values.window === undefined ? 5 : Math.max(2, positiveInt(values.window, '--window')),
      json: values.json ?? false,
    };
  }
  if (command === 'import') {
    const { values, positionals } = parse(rest, {
      question: { type: 'string' },
      story: { type: 'boolean' },
      length: { type: 'string' },
      model: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('import needs one or more audio files');
    if (values.question === undefined || values.question.trim() === '') throw new UsageError('import needs --question TEXT');
    return {
      kind: 'import',
      files: positionals,
      question: values.question.trim(),
      storyKind: values.story ? 'story' : 'question',
      length: values.length === undefined ? 'full' : oneOf(values.length, DRILL_LENGTHS, '--length'),
      model: values.model ?? null,
    };
  }
  const [what, ...args] = rest;
  if (what === 'attempts') {
    const { values, positionals } = parse(args, { ...QUESTION_OPTIONS, format: { type: 'string' }, out: { type: 'string' } });
    noPositionals(positionals);
    return {
      kind: 'export-attempts',
      question: questionRef(values, false),
      format: values.format === undefined ? 'csv' : oneOf(values.format, ['csv', 'json'] as const, '--format'),
      out: values.out ?? null,
    };
  }
  if (what === 'transcript' || what === 'audio') {
    const { values, positionals } = parse(args, { format: { type: 'string' }, out: { type: 'string' } });
    const [id, extra] = positionals;
    if (id === undefined) throw new UsageError(`export ${what} needs an attempt id`);
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    const attemptId = positiveInt(id, 'the attempt id');
    if (values.format === undefined) throw new UsageError(`export ${what} needs --format`);
    if (what === 'transcript') {
      return {
        kind: 'export-transcript',
        attemptId,
        format: oneOf(values.format, ['srt', 'vtt', 'md', 'json'] as const, '--format'),
        out: values.out ?? null,
      };
    }
    // Audio is binary: it goes to a file, never to a terminal.
    if (values.out === undefined) throw new UsageError('export audio needs --out FILE');
    return {
      kind: 'export-audio',
      attemptId,
      format: oneOf(values.format, ['wav', 'opus'] as const, '--format'),
      out: values.out,
    };
  }
  throw new UsageError(what === undefined ? 'export needs attempts, transcript or audio' : `unknown export '${what}'`);
}
