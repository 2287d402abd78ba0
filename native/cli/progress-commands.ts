// `voicedrill history` and `voicedrill export`: the app's progress statistics and exports on the command
// line, reading the same library the app keeps.

import { writeFile } from 'node:fs/promises';
import type Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { AttemptDetail, StoredRecording } from '../../common/library';
import { recordingToOpus, recordingToWav } from '../progress/export-audio';
import {
  attemptsToCsv,
  attemptsToJson,
  transcriptToMarkdown,
  transcriptToSrt,
  transcriptToVtt,
  transcriptToWordsJson,
  type ExportedAttempt,
} from '../progress/export-formats';
import { findQuestionById, findQuestionsByText, listAttemptIds, loadPoints } from '../progress/queries';
import { formatHistory, historyJson } from './format-history';
import type { ProgressCommand, QuestionRef } from './progress-args';

export interface ProgressCliContext {
  db: Database.Database;
  getAttempt(attemptId: number): AttemptDetail | null;
  getRecording(attemptId: number): StoredRecording | null;
  write(text: string): void;
}

export function resolveQuestion(db: Database.Database, ref: QuestionRef): { id: number; text: string } {
  if ('id' in ref) {
    const question = findQuestionById(db, ref.id);
    if (question === null) throw new AppError('not-found', `question ${ref.id} does not exist`);
    return question;
  }
  const found = findQuestionsByText(db, ref.text);
  if (found.length === 0)
    throw new AppError('not-found', `no question reads "${ref.text}" (give its exact text, or --question-id)`);
  if (found.length > 1)
    throw new AppError(
      'invalid-argument',
      `${found.length} questions read "${ref.text}": give --question-id (${found.map((q) => q.id).join(', ')})`,
    );
  return found[0]!;
}

/** Writes a new file; an existing one is never overwritten. */
async function writeNew(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, data, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppError('invalid-argument', `${file} already exists: choose another name or remove it first`);
    throw new AppError('internal', `could not write ${file}: ${(error as Error).message}`, { cause: error });
  }
}

function exported(context: ProgressCliContext, attemptId: number): ExportedAttempt {
  const attempt = context.getAttempt(attemptId);
  if (attempt === null) throw new AppError('not-found', `attempt ${attemptId} does not exist`);
  const question = findQuestionById(context.db, attempt.questionId);
  return { attempt, question: question?.text ?? '' };
}

type Output = { text: string } | { bytes: Uint8Array };

async function output(context: ProgressCliContext, out: string | null, result: Output): Promise<string | null> {
  if (out === null) {
    if ('bytes' in result) throw new AppError('invalid-argument', 'binary output needs --out FILE');
    context.write(result.text);
    return null;
  }
  await writeNew(out, 'bytes' in result ? result.bytes : result.text);
  return out;
}

/** Runs a history or export command; returns the file written, if any. */
export async function runProgressCommand(
  command: Exclude<ProgressCommand, { kind: 'import' }>,
  context: ProgressCliContext,
): Promise<string | null> {
  switch (command.kind) {
    case 'history': {
      const question = resolveQuestion(context.db, command.question);
      const history = historyJson(
        question,
        loadPoints(context.db, { questionId: question.id, drillLength: command.length }),
        command.window,
      );
      context.write(command.json ? `${JSON.stringify(history, null, 2)}\n` : `${formatHistory(history)}\n`);
      return null;
    }
    case 'export-attempts': {
      const questionId = command.question === null ? null : resolveQuestion(context.db, command.question).id;
      const rows = listAttemptIds(context.db, questionId).map((id) => exported(context, id));
      return output(context, command.out, { text: command.format === 'csv' ? attemptsToCsv(rows) : attemptsToJson(rows) });
    }
    case 'export-transcript': {
      const row = exported(context, command.attemptId);
      if (row.attempt.words.length === 0) throw new AppError('not-found', `attempt ${command.attemptId} has no transcript yet`);
      const text =
        command.format === 'srt'
          ? transcriptToSrt(row.attempt.words)
          : command.format === 'vtt'
            ? transcriptToVtt(row.attempt.words)
            : command.format === 'md'
              ? transcriptToMarkdown(row)
              : transcriptToWordsJson(row);
      return output(context, command.out, { text });
    }
    case 'export-audio': {
      const recording = context.getRecording(command.attemptId);
      if (recording === null) throw new AppError('not-found', `attempt ${command.attemptId} has no recording`);
      return output(context, command.out, {
        bytes: command.format === 'wav' ? recordingToWav(recording) : recordingToOpus(recording),
      });
    }
  }
}
