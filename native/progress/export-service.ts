// The app's exports: attempts as CSV or JSON, one transcript as SRT, WebVTT, Markdown or word JSON, one
// recording as WAV or its stored Opus, written where the user chooses in a save dialog.

import { writeFile } from 'node:fs/promises';
import { AppError } from '../../common/errors';
import type { AttemptDetail, StoredRecording } from '../../common/library';
import type { ExportKind, ExportRequest } from '../../common/progress';
import { recordingToOpus, recordingToWav } from './export-audio';
import {
  attemptsToCsv,
  attemptsToJson,
  exportFileName,
  transcriptToMarkdown,
  transcriptToSrt,
  transcriptToVtt,
  transcriptToWordsJson,
  type ExportedAttempt,
} from './export-formats';

export interface ExportSources {
  getAttempt(attemptId: number): AttemptDetail | null;
  getRecording(attemptId: number): StoredRecording | null;
  attemptIds(questionId: number | null): number[];
  questionText(questionId: number): string | null;
}

/** Asks where to save (the suggested name first); null when the user cancels. */
export type PickSaveFile = (suggestedName: string) => Promise<string | null>;

const EXTENSION: Record<ExportKind, string> = {
  'attempts-csv': 'csv',
  'attempts-json': 'json',
  'transcript-srt': 'srt',
  'transcript-vtt': 'vtt',
  'transcript-md': 'md',
  'transcript-json': 'json',
  'audio-wav': 'wav',
  'audio-opus': 'opus',
};

export class ExportService {
  constructor(
    private readonly sources: ExportSources,
    private readonly pickSaveFile: PickSaveFile | null,
  ) {}

  /** Builds the file first (so a bad request fails before any dialog), then asks where to put it. */
  async export(request: ExportRequest): Promise<{ path: string | null }> {
    const { name, data } = this.build(request);
    // Without a window there is no one to ask: nothing is saved, as when the user cancels.
    const target = this.pickSaveFile === null ? null : await this.pickSaveFile(name);
    if (target === null) return { path: null };
    try {
      await writeFile(target, data);
    } catch (error) {
      throw new AppError('internal', `could not write ${target}: ${(error as Error).message}`, { cause: error });
    }
    return { path: target };
  }

  build(request: ExportRequest): { name: string; data: string | Uint8Array } {
    const extension = EXTENSION[request.kind];
    if (request.kind === 'attempts-csv' || request.kind === 'attempts-json') {
      const rows = this.sources.attemptIds(request.questionId).map((id) => this.exported(id));
      const data = request.kind === 'attempts-csv' ? attemptsToCsv(rows) : attemptsToJson(rows);
      const scope = request.questionId === null ? 'all' : (this.sources.questionText(request.questionId) ?? 'question');
      const slug =
        scope
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 40) || 'attempts';
      return { name: `voicedrill-${slug}-attempts.${extension}`, data };
    }
    if (request.attemptId === null) throw new AppError('invalid-argument', 'choose the attempt to export');
    const row = this.exported(request.attemptId);
    const name = exportFileName(row, extension);
    if (request.kind === 'audio-wav' || request.kind === 'audio-opus') {
      const recording = this.sources.getRecording(request.attemptId);
      if (recording === null) throw new AppError('not-found', `attempt ${request.attemptId} has no recording`);
      return { name, data: request.kind === 'audio-wav' ? recordingToWav(recording) : recordingToOpus(recording) };
    }
    if (row.attempt.words.length === 0) throw new AppError('not-found', `attempt ${request.attemptId} has no transcript yet`);
    const data =
      request.kind === 'transcript-srt'
        ? transcriptToSrt(row.attempt.words)
        : request.kind === 'transcript-vtt'
          ? transcriptToVtt(row.attempt.words)
          : request.kind === 'transcript-md'
            ? transcriptToMarkdown(row)
            : transcriptToWordsJson(row);
    return { name, data };
  }

  private exported(attemptId: number): ExportedAttempt {
    const attempt = this.sources.getAttempt(attemptId);
    if (attempt === null) throw new AppError('not-found', `attempt ${attemptId} does not exist`);
    return { attempt, question: this.sources.questionText(attempt.questionId) ?? '' };
  }
}
