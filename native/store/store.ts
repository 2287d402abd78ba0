// The repository over one open database. Obtain it from `openStore`; every write that spans several
// statements runs in one transaction.

import type Database from 'better-sqlite3';
import type { Report, TimedWord } from '../../common/report';
import { checkNewAttempt, checkRecording, checkReport, checkSelfEstimate } from './inputs';
import {
  selectDetails,
  SELECT_QUESTIONS,
  SELECT_SUMMARIES,
  toDetail,
  toRecording,
  toSummary,
  toWord,
  type DetailRow,
  type RecordingRow,
  type SummaryRow,
  type WordRow,
} from './rows';
import {
  ATTEMPT_STATUSES,
  QUESTION_KINDS,
  TRANSCRIPT_SOURCES,
  type AttemptDetail,
  type AttemptStatus,
  type AttemptSummary,
  type NewAttempt,
  type NewQuestion,
  type Question,
  type QuestionKind,
  type QuestionWithFollowUps,
  type SelfEstimate,
  type StoredRecording,
  type TranscriptSource,
} from '../../common/library';
import { LibraryStore } from '../library/library-store';
import { dailyBackup, type DailyBackup } from './backups';
import { compact, libraryCounts, replaceLibrary, writeBackupFile, type FileOptions, type LibraryCounts } from './library-file';
import { asWriteAppError } from './write-errors';
import { requireId, requireJson, requireNonNegative, requireOneOf, requireText, requireWord } from './validate';

export class Store {
  private readonly statements = new Map<string, Database.Statement>();
  private practiceStore: LibraryStore | null = null;
  private retranscriptionsTable: boolean | undefined;

  constructor(
    private readonly db: Database.Database,
    /** Opened read-only (a damaged file, or the CLI reading settings): every write throws. */
    readonly info: { readonly: boolean } = { readonly: false },
  ) {}

  /** The practice library's tables (questions' details, stories, threads, sessions) on this connection. */
  practice(): LibraryStore {
    this.practiceStore ??= new LibraryStore(this.db);
    return this.practiceStore;
  }

  /** Today's copy in `dir` with SQLite's online backup API, unless one is under a day old. Never throws. */
  dailyBackup(dir: string, now = new Date()): Promise<DailyBackup> {
    return dailyBackup(this.db, dir, now);
  }

  /** Writes a consistent single-file copy of the library to `target` while it stays in use. */
  backupTo(
    target: string,
    options: FileOptions & { onProgress?: (done: number, total: number) => void } = {},
  ): Promise<{ bytes: number }> {
    return writeBackupFile(this.db, target, options);
  }

  /** Replaces every row with those of a copy made by prepareRestore, in one transaction. */
  replaceWith(prepared: string, label: string): void {
    replaceLibrary(this.db, prepared, { label });
  }

  /** Drops the pages freed by deleted rows, so deleted audio does not linger in the file. */
  compact(): void {
    compact(this.db);
  }

  /** Rows changed through this connection since it opened: equal twice, nothing was written in between. */
  changeCount(): number {
    return Number(this.db.prepare('SELECT total_changes()').pluck().get());
  }

  counts(): LibraryCounts {
    return libraryCounts(this.db);
  }

  /** Runs another module's read-only queries (the progress views) on this connection. */
  read<T>(query: (db: Database.Database) => T): T {
    return query(this.db);
  }

  /** Top-level questions and stories in creation order, each with its follow-ups nested. */
  listQuestions(): QuestionWithFollowUps[] {
    const rows = this.sql<Question>(`${SELECT_QUESTIONS} GROUP BY q.id ORDER BY q.id`).all();
    const followUps = new Map<number, Question[]>();
    for (const row of rows) {
      if (row.parentId !== null) {
        followUps.set(row.parentId, [...(followUps.get(row.parentId) ?? []), row]);
      }
    }
    return rows.filter((row) => row.parentId === null).map((row) => ({ ...row, followUps: followUps.get(row.id) ?? [] }));
  }

  getQuestion(id: number): Question | null {
    const questionId = requireId(id, 'question id');
    return this.sql<Question>(`${SELECT_QUESTIONS} WHERE q.id = ? GROUP BY q.id`).get(questionId) ?? null;
  }

  addQuestion(question: NewQuestion): number {
    const kind = requireOneOf(question.kind, QUESTION_KINDS, 'question kind');
    const text = requireText(question.text, 'question text');
    const parentId = question.parentId === undefined ? null : this.requireFollowUpParent(question.parentId, kind);
    const result = this.inTransaction(() =>
      this.sql("INSERT INTO questions (kind, text, parent_id, source) VALUES (?, ?, ?, 'user')").run(kind, text, parentId),
    );
    return Number(result.lastInsertRowid);
  }

  /** Inserts the starter items, or refreshes their text; the slug keeps reseeding from duplicating. */
  createAttempt(attempt: NewAttempt): number {
    const checked = checkNewAttempt(attempt);
    this.requireQuestion(checked.questionId);
    const result = this.inTransaction(() =>
      this.sql(
        `INSERT INTO attempts (question_id, started_at, drill_length, target_min_sec, target_max_sec, recovered)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        checked.questionId,
        checked.startedAt,
        checked.drillLength,
        checked.targetMinSec,
        checked.targetMaxSec,
        checked.recovered ? 1 : 0,
      ),
    );
    return Number(result.lastInsertRowid);
  }

  /**
   * Creates an attempt together with its audio in one transaction: an attempt row without its recording
   * can never exist, whatever stops the process. Returns the new attempt's id.
   */
  createAttemptWithRecording(attempt: NewAttempt, recording: StoredRecording, durationSec: number): number {
    const checked = checkNewAttempt(attempt);
    const audio = checkRecording(recording);
    const duration = requireNonNegative(durationSec, 'recording duration');
    return this.inTransaction(() => {
      this.requireQuestion(checked.questionId);
      const attemptId = Number(
        this.sql(
          `INSERT INTO attempts (question_id, started_at, drill_length, target_min_sec, target_max_sec, recovered, duration_sec)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          checked.questionId,
          checked.startedAt,
          checked.drillLength,
          checked.targetMinSec,
          checked.targetMaxSec,
          checked.recovered ? 1 : 0,
          duration,
        ).lastInsertRowid,
      );
      this.sql('INSERT INTO recordings (attempt_id, codec, sample_rate, sample_count, bytes) VALUES (?, ?, ?, ?, ?)').run(
        attemptId,
        audio.codec,
        audio.sampleRate,
        audio.sampleCount,
        audio.bytes,
      );
      return attemptId;
    }, audio.bytes.byteLength);
  }

  /** Stores (or replaces) the attempt's compressed audio and records its duration. */
  saveRecording(attemptId: number, recording: StoredRecording, durationSec: number): void {
    const { codec, sampleRate, sampleCount, bytes } = checkRecording(recording);
    const duration = requireNonNegative(durationSec, 'recording duration');
    this.inTransaction(() => {
      this.requireAttempt(attemptId);
      this.sql(
        `INSERT INTO recordings (attempt_id, codec, sample_rate, sample_count, bytes) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (attempt_id) DO UPDATE SET codec = excluded.codec, sample_rate = excluded.sample_rate,
           sample_count = excluded.sample_count, bytes = excluded.bytes`,
      ).run(attemptId, codec, sampleRate, sampleCount, bytes);
      this.sql('UPDATE attempts SET duration_sec = ? WHERE id = ?').run(duration, attemptId);
    }, bytes.byteLength);
  }

  getRecording(attemptId: number): StoredRecording | null {
    const row = this.sql<RecordingRow>(
      `SELECT codec, sample_rate AS sampleRate, sample_count AS sampleCount, bytes
       FROM recordings WHERE attempt_id = ?`,
    ).get(requireId(attemptId, 'attempt id'));
    return row === undefined ? null : toRecording(row);
  }

  /** Moves an attempt through recording and transcription; it becomes 'scored' only via `saveReport`. */
  setAttemptStatus(attemptId: number, status: AttemptStatus, error?: string): void {
    const checked = requireOneOf(status, ATTEMPT_STATUSES, 'attempt status');
    if (checked === 'scored') {
      throw new Error('an attempt becomes scored by saving its report, not by setting its status');
    }
    if (checked !== 'failed' && error !== undefined) {
      throw new Error(`only a failed attempt carries an error, not a ${checked} one`);
    }
    const message = checked === 'failed' ? requireText(error, 'failure reason') : null;
    this.updateAttempt(attemptId, 'status = ?, error = ?', checked, message);
  }

  /** Records the user's guess, made before the score is shown, to calibrate against the real numbers. */
  setSelfEstimate(attemptId: number, estimate: SelfEstimate): void {
    this.updateAttempt(attemptId, 'self_estimate_json = ?', JSON.stringify(checkSelfEstimate(estimate)));
  }

  /**
   * Replaces one source's words. Saving an empty corrected transcript removes the correction, so
   * Whisper's words show again. `model` names the Whisper model and only goes with source 'whisper'.
   */
  saveTranscript(attemptId: number, source: TranscriptSource, words: TimedWord[], model?: string, prompt?: string): void {
    const checkedSource = requireOneOf(source, TRANSCRIPT_SOURCES, 'transcript source');
    if (!Array.isArray(words)) {
      throw new Error('transcript words must be a list');
    }
    const checkedWords = words.map(requireWord);
    if (model !== undefined && checkedSource !== 'whisper') {
      throw new Error('only a Whisper transcript names a model');
    }
    const checkedModel = model === undefined ? null : requireText(model, 'Whisper model');
    this.inTransaction(() => {
      this.requireAttempt(attemptId);
      this.replaceWords(attemptId, checkedSource, checkedWords);
      if (checkedModel !== null) {
        // The decoding prompt travels with the model: both shape the words (and the filler counts).
        this.sql('UPDATE attempts SET model = ?, prompt = ? WHERE id = ?').run(checkedModel, prompt ?? null, attemptId);
      }
    });
  }

  /** Stores (or replaces) the attempt's report and marks it scored. */
  saveReport(attemptId: number, report: Report): void {
    const checked = checkReport(report);
    this.inTransaction(() => {
      this.requireAttempt(attemptId);
      this.sql(
        `INSERT OR REPLACE INTO scores (attempt_id, report_json, words_per_minute, fillers_per_minute,
           filler_count, metric_present, reflection_present, computed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        attemptId,
        JSON.stringify(checked),
        checked.wordsPerMinute,
        checked.fillers.perMinute,
        checked.fillers.count,
        checked.metrics.present ? 1 : 0,
        checked.reflection.present ? 1 : 0,
        new Date().toISOString(),
      );
      this.sql("UPDATE attempts SET status = 'scored', error = NULL WHERE id = ?").run(attemptId);
    });
  }

  /**
   * Stores a completed re-transcription in one transaction: Whisper's new words with their model and prompt,
   * the user's correction re-timed to them (when there is one), the new report, and the end of the pending
   * mark. Until this commits the attempt keeps its old transcript and scores, whatever stops the process.
   */
  saveRetranscription(
    attemptId: number,
    result: { words: TimedWord[]; model: string; prompt: string; corrected: TimedWord[] | null; report: Report },
  ): void {
    this.inTransaction(() => {
      this.saveTranscript(attemptId, 'whisper', result.words, result.model, result.prompt);
      if (result.corrected !== null) this.saveTranscript(attemptId, 'corrected', result.corrected);
      this.saveReport(attemptId, result.report);
      this.sql('DELETE FROM retranscriptions WHERE attempt_id = ?').run(attemptId);
    });
  }

  /** Marks attempts as queued for re-transcription with `model` (replacing an earlier failure's notice). */
  markRetranscribing(attemptIds: readonly number[], model: string): void {
    const checkedModel = requireText(model, 'Whisper model');
    const ids = attemptIds.map((id) => requireId(id, 'attempt id'));
    this.inTransaction(() => {
      const mark = this.sql(
        `INSERT INTO retranscriptions (attempt_id, model, state) VALUES (?, ?, 'pending')
         ON CONFLICT (attempt_id) DO UPDATE SET model = excluded.model, state = 'pending', error = NULL,
           requested_at = excluded.requested_at`,
      );
      for (const id of ids) mark.run(id, checkedModel);
    });
  }

  /** The re-transcription of the attempt stopped: the old result stays, and `reason` says so to the user. */
  failRetranscription(attemptId: number, reason: string): void {
    const message = requireText(reason, 'failure reason');
    this.inTransaction(() =>
      this.sql("UPDATE retranscriptions SET state = 'failed', error = ? WHERE attempt_id = ?").run(
        message,
        requireId(attemptId, 'attempt id'),
      ),
    );
  }

  /** Drops the attempt's re-transcription mark (a run cancelled before it, or a failure the user dismissed). */
  clearRetranscription(attemptId: number): void {
    const id = requireId(attemptId, 'attempt id');
    this.inTransaction(() => this.sql('DELETE FROM retranscriptions WHERE attempt_id = ?').run(id));
  }

  /** At launch: every re-transcription still pending was cut short (a crash, a forced quit); returns how many. */
  failInterruptedRetranscriptions(reason: string): number {
    const message = requireText(reason, 'failure reason');
    return this.inTransaction(
      () => this.sql("UPDATE retranscriptions SET state = 'failed', error = ? WHERE state = 'pending'").run(message).changes,
    );
  }

  getAttempt(id: number): AttemptDetail | null {
    const attemptId = requireId(id, 'attempt id');
    const row = this.sql<DetailRow>(`${selectDetails(this.hasRetranscriptions())} WHERE a.id = ?`).get(attemptId);
    if (row === undefined) {
      return null;
    }
    const source = this.transcriptSource(attemptId);
    return toDetail(row, source, source === null ? [] : this.words(attemptId, source));
  }

  /** The question's attempts, newest first. */
  listAttempts(questionId: number): AttemptSummary[] {
    return this.sql<SummaryRow>(`${SELECT_SUMMARIES} WHERE a.question_id = ? ORDER BY a.started_at DESC, a.id DESC`)
      .all(requireId(questionId, 'question id'))
      .map(toSummary);
  }

  /** Attempts with a recording that were never transcribed (no model yet, or a crash mid-way), oldest first. */
  listUntranscribedAttempts(): { id: number; questionId: number }[] {
    return this.sql<{ id: number; questionId: number }>(
      `SELECT a.id, a.question_id AS questionId FROM attempts a
       WHERE a.status IN ('recorded', 'transcribing') AND EXISTS (SELECT 1 FROM recordings r WHERE r.attempt_id = a.id)
       ORDER BY a.started_at, a.id`,
    ).all();
  }

  /** Attempts with a recording left 'recorded' or 'transcribing' (no model yet, or a crash mid-way), oldest first. */
  listUnfinishedAttempts(): { id: number; questionId: number; status: 'recorded' | 'transcribing' }[] {
    return this.sql<{ id: number; questionId: number; status: 'recorded' | 'transcribing' }>(
      `SELECT a.id, a.question_id AS questionId, a.status FROM attempts a
       WHERE a.status IN ('recorded', 'transcribing') AND EXISTS (SELECT 1 FROM recordings r WHERE r.attempt_id = a.id)
       ORDER BY a.started_at, a.id`,
    ).all();
  }

  /** Failed attempts with a recording that were retried at launch fewer than `maxRetries` times, oldest first. */
  listRetryableFailures(maxRetries: number): { id: number; questionId: number }[] {
    return this.sql<{ id: number; questionId: number }>(
      `SELECT a.id, a.question_id AS questionId FROM attempts a
       WHERE a.status = 'failed' AND a.retry_count < ? AND EXISTS (SELECT 1 FROM recordings r WHERE r.attempt_id = a.id)
       ORDER BY a.started_at, a.id`,
    ).all(requireNonNegative(maxRetries, 'retry limit'));
  }

  /** Counts one more launch retry of a failed attempt and puts it back to 'recorded', in one write. */
  countRetry(attemptId: number): void {
    this.updateAttempt(attemptId, "status = 'recorded', error = NULL, retry_count = retry_count + 1");
  }

  /** Deletes the attempt with its audio, words and scores; false when there was no such attempt. */
  deleteAttempt(id: number): boolean {
    const attemptId = requireId(id, 'attempt id');
    return this.inTransaction(() => this.sql('DELETE FROM attempts WHERE id = ?').run(attemptId).changes > 0);
  }

  /** The stored value, trusted to be the shape the caller saved under this key. */
  getSetting<T>(key: string, fallback: T): T {
    const row = this.sql<{ valueJson: string }>('SELECT value_json AS valueJson FROM settings WHERE key = ?').get(
      requireText(key, 'setting key'),
    );
    return row === undefined ? fallback : (JSON.parse(row.valueJson) as T);
  }

  setSetting(key: string, value: unknown): void {
    const checkedKey = requireText(key, 'setting key');
    const json = requireJson(value, `setting '${checkedKey}'`);
    this.inTransaction(() =>
      this.sql(
        'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
      ).run(checkedKey, json),
    );
  }

  close(): void {
    this.db.close();
  }

  /** The schema has the retranscriptions table (a read-only library may predate it); asked once. */
  private hasRetranscriptions(): boolean {
    this.retranscriptionsTable ??=
      this.sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retranscriptions'").get() !== undefined;
    return this.retranscriptionsTable;
  }

  /** Prepared statements are cached by their SQL text. */
  private sql<Row = unknown>(source: string): Database.Statement<unknown[], Row> {
    let statement = this.statements.get(source);
    if (statement === undefined) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement as Database.Statement<unknown[], Row>;
  }

  /**
   * IMMEDIATE takes the write lock first. A deferred transaction that reads and then writes gets
   * SQLITE_BUSY at once, without the busy timeout, when another connection holds the lock.
   */
  private inTransaction<T>(work: () => T, payloadBytes = 0): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      throw asWriteAppError(error, this.db.name, payloadBytes);
    }
  }

  private requireQuestion(id: number): Question {
    const question = this.getQuestion(id);
    if (question === null) {
      throw new Error(`there is no question with id ${id}`);
    }
    return question;
  }

  private requireAttempt(id: number): void {
    const attemptId = requireId(id, 'attempt id');
    if (this.sql('SELECT 1 FROM attempts WHERE id = ?').get(attemptId) === undefined) {
      throw new Error(`there is no attempt with id ${attemptId}`);
    }
  }

  /** Follow-ups are questions hanging off a top-level item, one level deep. */
  private requireFollowUpParent(parentId: number, kind: QuestionKind): number {
    if (kind !== 'question') {
      throw new Error('a follow-up must be a question, not a story');
    }
    const parent = this.requireQuestion(requireId(parentId, 'parent question id'));
    if (parent.parentId !== null) {
      throw new Error(`question ${parent.id} is itself a follow-up; follow-ups are one level deep`);
    }
    return parent.id;
  }

  private updateAttempt(attemptId: number, assignments: string, ...values: unknown[]): void {
    const id = requireId(attemptId, 'attempt id');
    if (this.inTransaction(() => this.sql(`UPDATE attempts SET ${assignments} WHERE id = ?`).run(...values, id).changes) === 0) {
      throw new Error(`there is no attempt with id ${id}`);
    }
  }

  private replaceWords(attemptId: number, source: TranscriptSource, words: TimedWord[]): void {
    this.sql('DELETE FROM words WHERE attempt_id = ? AND source = ?').run(attemptId, source);
    const insert = this.sql(
      `INSERT INTO words (attempt_id, source, idx, text, start_sec, end_sec, probability)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    words.forEach((word, index) => {
      insert.run(attemptId, source, index, word.text, word.start, word.end, word.probability ?? null);
    });
  }

  /** The corrected transcript wins over Whisper's when both exist. */
  private transcriptSource(attemptId: number): TranscriptSource | null {
    const row = this.sql<{ source: TranscriptSource }>(
      "SELECT source FROM words WHERE attempt_id = ? ORDER BY source = 'corrected' DESC LIMIT 1",
    ).get(attemptId);
    return row?.source ?? null;
  }

  private words(attemptId: number, source: TranscriptSource): TimedWord[] {
    return this.sql<WordRow>(
      `SELECT text, start_sec AS start, end_sec AS "end", probability
       FROM words WHERE attempt_id = ? AND source = ? ORDER BY idx`,
    )
      .all(attemptId, source)
      .map(toWord);
  }
}
