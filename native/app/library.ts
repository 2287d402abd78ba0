// The user's library: questions, attempts and their recordings, and the hand correction of a transcript
// (kept beside Whisper's words, re-timed to them, and scored again).
import type { RecordedAudio } from '../../common/contract';
import { AppError } from '../../common/errors';
import type { AttemptDetail, AttemptSummary, Question, QuestionKind, QuestionWithFollowUps } from '../../common/library';
import { alignCorrection } from '../analysis/align-correction';
import { decodeOggOpus } from '../audio/ogg-opus';
import { scoreSamples } from '../pipeline/analyze';
import type { Store } from '../store';
import type { SettingsService } from './settings';

export class LibraryService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
  ) {}

  listQuestions(): QuestionWithFollowUps[] {
    return this.store.listQuestions();
  }

  addQuestion(input: { text: string; kind: QuestionKind }): Question {
    const id = this.store.addQuestion({ kind: input.kind, text: input.text.trim() });
    return this.requireQuestion(id);
  }

  requireQuestion(id: number): Question {
    const question = this.store.getQuestion(id);
    if (!question) throw new AppError('not-found', `question ${id} does not exist`);
    return question;
  }

  listAttempts(questionId: number): AttemptSummary[] {
    this.requireQuestion(questionId);
    return this.store.listAttempts(questionId);
  }

  getAttempt(attemptId: number): AttemptDetail {
    const attempt = this.store.getAttempt(attemptId);
    if (!attempt) throw new AppError('not-found', `attempt ${attemptId} does not exist (it may have been deleted)`);
    return attempt;
  }

  getRecording(attemptId: number): RecordedAudio {
    const recording = this.store.getRecording(attemptId);
    if (!recording) throw new AppError('not-found', `attempt ${attemptId} has no recording`);
    return { mimeType: 'audio/ogg; codecs=opus', bytes: recording.bytes };
  }

  deleteAttempt(attemptId: number): void {
    if (!this.store.deleteAttempt(attemptId)) throw new AppError('not-found', `attempt ${attemptId} does not exist`);
  }

  /** Keeps the user's text beside Whisper's words, re-timed to them, and scores the attempt again. */
  correctTranscript(input: { attemptId: number; text: string }): AttemptDetail {
    const attempt = this.getAttempt(input.attemptId);
    if (attempt.words.length === 0) throw new AppError('transcript-invalid', 'this attempt has no transcript to correct yet');
    const words = alignCorrection(attempt.words, input.text);
    if (words.length === 0)
      throw new AppError('transcript-invalid', 'the corrected transcript is empty; use "Revert" to go back to Whisper\'s');
    this.store.saveTranscript(input.attemptId, 'corrected', words);
    return this.rescore(attempt);
  }

  /** Drops the correction and scores Whisper's words again. */
  revertTranscript(attemptId: number): AttemptDetail {
    const attempt = this.getAttempt(attemptId);
    this.store.saveTranscript(attemptId, 'corrected', []);
    return this.rescore(attempt);
  }

  /** Scores the attempt's current words (the correction when there is one) against its stored audio. */
  private rescore(attempt: AttemptDetail): AttemptDetail {
    const recording = this.store.getRecording(attempt.id);
    if (!recording) throw new AppError('not-found', `attempt ${attempt.id} has no recording`);
    const words = this.getAttempt(attempt.id).words;
    const question = this.store.getQuestion(attempt.questionId)?.text;
    const options = { fillerWords: this.settings.get().fillerWords, ...(question ? { question } : {}) };
    this.store.saveReport(attempt.id, scoreSamples(decodeOggOpus(recording.bytes), words, options));
    return this.getAttempt(attempt.id);
  }
}
