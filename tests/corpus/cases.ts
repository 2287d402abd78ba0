// Reads the text set: one JSON file per answer, with the script it was written as, the hand-written labels,
// and the timed words and marks composed from the script.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { AnswerMode, TimedWord } from '../../common/report';
import { compose, type CorpusMarks, type ScriptSource } from './compose';

export interface CaseLabels {
  mode: AnswerMode;
  ownership: { i: number; we: number };
  /** Closes on a result, decision, summary or lesson rather than trailing off. */
  crisp: boolean;
}

export interface CorpusCase extends ScriptSource {
  notes: string;
  question?: string;
  labels: CaseLabels;
  durationSec: number;
  words: TimedWord[];
  marks: CorpusMarks;
}

/** 'text': the tuned set the engine was improved against; 'blind': batches scored once before any change. */
export type CorpusSet = 'text' | 'blind';

const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
const setDir = (set: CorpusSet): string => path.join(CORPUS_DIR, set);

const MODES: readonly AnswerMode[] = ['behavioral', 'design', 'incident', 'product', 'motivation', 'pitch', 'general'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field<T>(record: Record<string, unknown>, key: string, check: (value: unknown) => value is T, file: string): T {
  const value = record[key];
  if (!check(value)) throw new Error(`${file}: '${key}' is missing or malformed`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isMode = (value: unknown): value is AnswerMode => MODES.some((mode) => mode === value);

function readLabels(value: unknown, file: string): CaseLabels {
  if (!isRecord(value)) throw new Error(`${file}: 'labels' is missing`);
  const ownership = field(value, 'ownership', isRecord, file);
  return {
    mode: field(value, 'mode', isMode, file),
    ownership: { i: field(ownership, 'i', isNumber, file), we: field(ownership, 'we', isNumber, file) },
    crisp: field(value, 'crisp', isBoolean, file),
  };
}

/** The authored part of a case file: everything but what is composed from the script. */
function readSource(file: string, set: CorpusSet): Omit<CorpusCase, keyof ReturnType<typeof compose>> {
  const data: unknown = JSON.parse(readFileSync(path.join(setDir(set), file), 'utf8'));
  if (!isRecord(data)) throw new Error(`${file}: not a JSON object`);
  const id = field(data, 'id', isString, file);
  if (`${id}.json` !== file) throw new Error(`${file}: id '${id}' does not match the file name`);
  const optionalNumber = (key: string): number | undefined =>
    data[key] === undefined ? undefined : field(data, key, isNumber, file);
  const question = data.question === undefined ? undefined : field(data, 'question', isString, file);
  return {
    id,
    notes: field(data, 'notes', isString, file),
    ...(question === undefined ? {} : { question }),
    ...withOptional('wpm', optionalNumber('wpm')),
    ...withOptional('leadIn', optionalNumber('leadIn')),
    script: field(data, 'script', isString, file),
    labels: readLabels(data.labels, file),
  };
}

function withOptional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, number>>);
}

export function caseFiles(set: CorpusSet = 'text'): string[] {
  return readdirSync(setDir(set))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function storedCase(file: string, set: CorpusSet): unknown {
  return JSON.parse(readFileSync(path.join(setDir(set), file), 'utf8'));
}

/** A case as its script composes it now. */
export function composedCase(file: string, set: CorpusSet = 'text'): CorpusCase {
  const source = readSource(file, set);
  return { ...source, ...compose(source) };
}

/** Every case of the text set; refuses a file whose stored words or marks no longer follow from its script. */
export function loadTextCases(set: CorpusSet = 'text'): CorpusCase[] {
  return caseFiles(set).map((file) => {
    const composed = composedCase(file, set);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(composed)), storedCase(file, set))) {
      throw new Error(`${file}: out of step with its script; run node --import tsx tests/corpus/recompose.ts`);
    }
    return composed;
  });
}

/** One case per line for the word and mark lists, so a diff shows which word moved. */
function formatCase(corpusCase: CorpusCase): string {
  const { words, marks, ...rest } = corpusCase;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const list = (items: readonly unknown[], indent: string): string =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `${indent}  ${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
  const markLines = Object.entries(marks).map(
    ([key, items]: [string, readonly unknown[]]) => `    "${key}": ${list(items, '    ')}`,
  );
  return `${head},\n  "words": ${list(words, '  ')},\n  "marks": {\n${markLines.join(',\n')}\n  }\n}\n`;
}

export function writeCase(corpusCase: CorpusCase, set: CorpusSet = 'text'): void {
  writeFileSync(path.join(setDir(set), `${corpusCase.id}.json`), formatCase(corpusCase));
}
