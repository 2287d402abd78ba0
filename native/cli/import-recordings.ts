// `voicedrill import <audio…> --question "…"`: old recordings become attempts through the app's own steps:
// stored as Opus with the recording, transcribed stretch by stretch (transcribeBatch), scored
// (scoreSamples) and saved with the model and prompt, so they chart like any other attempt.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../common/errors';
import { DRILL_LENGTH_TABLE } from '../../common/drill-lengths';
import { assertHasSpeech } from '../audio/facts';
import { SAMPLE_RATE } from '../audio/format';
import { encodeOggOpus } from '../audio/ogg-opus';
import { scoreSamples } from '../pipeline/analyze';
import { readAudioFile } from '../pipeline/audio-file';
import type { Store } from '../store';
import { FILLER_PROMPT } from '../transcriber/decoding';
import { transcribeBatch, type StretchTranscriber } from '../transcriber/streaming';
import type { ProgressCommand } from './progress-args';

type ImportCommand = Extract<ProgressCommand, { kind: 'import' }>;

export interface ImportContext {
  store: Store;
  transcriber: StretchTranscriber;
  /** The model's file name, stored with each attempt. */
  modelName: string;
  fillerWords: string[];
  /** Progress for people: one line per file and stage. */
  progress(line: string): void;
}

export interface ImportResult {
  questionId: number;
  imported: { file: string; attemptId: number; durationSec: number }[];
  failed: { file: string; error: string }[];
}

function findOrAddQuestion(store: Store, text: string, kind: 'question' | 'story'): number {
  const all = store.listQuestions().flatMap((question) => [question, ...question.followUps]);
  const same = all.filter((question) => question.text.trim().toLowerCase() === text.toLowerCase());
  if (same.length > 1)
    throw new AppError('invalid-argument', `${same.length} questions read "${text}"; rename one in the app first`);
  return same[0]?.id ?? store.addQuestion({ kind, text });
}

/** Imports each file in turn; a file that fails is reported and the others still go in. */
export async function importRecordings(command: ImportCommand, context: ImportContext): Promise<ImportResult> {
  const { store } = context;
  const questionId = findOrAddQuestion(store, command.question, command.storyKind);
  const question = store.getQuestion(questionId)!.text;
  const window = DRILL_LENGTH_TABLE[command.length].window;
  const result: ImportResult = { questionId, imported: [], failed: [] };
  for (const [index, file] of command.files.entries()) {
    const name = `[${index + 1}/${command.files.length}] ${path.basename(file)}`;
    try {
      context.progress(`${name}: reading`);
      const samples = await readAudioFile(file);
      assertHasSpeech(samples);
      const durationSec = samples.length / SAMPLE_RATE;
      // The attempt is dated when the recording was made, as far as the file can tell.
      const startedAt = (await stat(file)).mtime.toISOString();
      const recording = {
        codec: 'ogg-opus' as const,
        sampleRate: SAMPLE_RATE,
        sampleCount: samples.length,
        bytes: encodeOggOpus(samples),
      };
      const attemptId = store.createAttemptWithRecording(
        {
          questionId,
          startedAt,
          drillLength: command.length,
          targetMinSec: window.minSec,
          targetMaxSec: window.maxSec,
          recovered: false,
        },
        recording,
        durationSec,
      );
      try {
        store.setAttemptStatus(attemptId, 'transcribing');
        let done = 0;
        const words = await transcribeBatch(context.transcriber, samples, {
          onStretch: (stretch) => {
            done = Math.max(done, stretch.end);
            context.progress(`${name}: transcribing ${Math.round((done / durationSec) * 100)} %`);
          },
        });
        store.saveTranscript(attemptId, 'whisper', words, context.modelName, FILLER_PROMPT);
        context.progress(`${name}: scoring`);
        store.saveReport(attemptId, scoreSamples(samples, words, { fillerWords: context.fillerWords, question }));
      } catch (error) {
        // The recording stays, marked failed with the reason, as the app keeps a take it could not score.
        store.setAttemptStatus(attemptId, 'failed', error instanceof Error ? error.message : String(error));
        throw error;
      }
      result.imported.push({ file, attemptId, durationSec });
      context.progress(`${name}: done (${durationSec.toFixed(1)} s, attempt ${attemptId})`);
    } catch (error) {
      const message =
        error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      result.failed.push({ file, error: message });
      context.progress(`${name}: failed: ${message}`);
    }
  }
  return result;
}
