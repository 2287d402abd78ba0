// The practice library's tables over the store's database: question details, stories, attempt links and
// notes, drill sessions, and decks in and out. A repository beside the store's own (same connection, same
// transactions), so the library's schema step stays self-contained.

import type Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { STAR_SECTIONS, type Deck, type DeckMode, type DeckQuestion, type StoryNotes } from '../../common/deck';
import { DEFAULT_DRILL_LENGTH, type DrillLength, type TargetWindow } from '../../common/drill-lengths';
import type {
  AttemptLink,
  DrillSession,
  ImportPreview,
  LibraryQuestion,
  LibraryQuestionTree,
  LinkAttempt,
  ListFilter,
  NewLibraryQuestion,
  QuestionPatch,
  SessionItem,
  SessionOptions,
  Story,
  StoryInput,
  StoryPatch,
} from '../../common/practice';
import type { AttemptSummary } from '../../common/library';
import { inferDeckMode } from './infer-mode';

interface QuestionRow {
  id: number;
  kind: 'question' | 'story';
  text: string;
  parentId: number | null;
  source: 'starter' | 'user';
  mode: DeckMode | null;
  modeOverride: DeckMode | null;
  tagsJson: string;
  company: string | null;
  defaultLength: DrillLength;
  lastLength: DrillLength | null;
  lastMinSec: number | null;
  lastMaxSec: number | null;
  archivedAt: string | null;
  createdAt: string;
  attemptCount: number;
  lastAttemptAt: string | null;
  storyIdsCsv: string | null;
}

const SELECT_QUESTIONS = `
  SELECT q.id, q.kind, q.text, q.parent_id AS parentId, q.source, q.mode, q.mode_override AS modeOverride,
         q.tags_json AS tagsJson, q.company, q.default_length AS defaultLength, q.last_length AS lastLength,
         q.last_min_sec AS lastMinSec, q.last_max_sec AS lastMaxSec, q.archived_at AS archivedAt,
         q.created_at AS createdAt,
         (SELECT COUNT(*) FROM attempts a WHERE a.question_id = q.id) AS attemptCount,
         (SELECT MAX(a.started_at) FROM attempts a WHERE a.question_id = q.id) AS lastAttemptAt,
         (SELECT GROUP_CONCAT(sq.story_id) FROM story_questions sq WHERE sq.question_id = q.id) AS storyIdsCsv
  FROM questions q`;

interface StoryRow {
  id: number;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  reflection: string;
  keyNumbersJson: string;
  mode: DeckMode;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  questionIdsCsv: string | null;
}

const SELECT_STORIES = `
  SELECT s.id, s.title, s.situation, s.task, s.action, s.result, s.reflection, s.key_numbers_json AS keyNumbersJson,
         s.mode, s.archived_at AS archivedAt, s.created_at AS createdAt, s.updated_at AS updatedAt,
         (SELECT GROUP_CONCAT(sq.question_id) FROM story_questions sq WHERE sq.story_id = s.id) AS questionIdsCsv
  FROM stories s`;

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

function ids(csv: string | null): number[] {
  return csv === null
    ? []
    : csv
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
}

function toQuestion(row: QuestionRow): LibraryQuestion {
  return {
    id: row.id,
    text: row.text,
    parentId: row.parentId,
    source: row.source,
    mode: row.modeOverride ?? row.mode ?? inferDeckMode(row.text),
    modeOverridden: row.modeOverride !== null,
    tags: JSON.parse(row.tagsJson) as string[],
    company: row.company,
    defaultLength: row.defaultLength,
    lastLength: row.lastLength,
    lastWindow: row.lastMinSec === null || row.lastMaxSec === null ? null : { minSec: row.lastMinSec, maxSec: row.lastMaxSec },
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    attemptCount: row.attemptCount,
    lastAttemptAt: row.lastAttemptAt,
    storyIds: ids(row.storyIdsCsv),
  };
}

function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    title: row.title,
    notes: { situation: row.situation, task: row.task, action: row.action, result: row.result, reflection: row.reflection },
    keyNumbers: JSON.parse(row.keyNumbersJson) as string[],
    mode: row.mode,
    questionIds: ids(row.questionIdsCsv),
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function matches(search: string | undefined, ...texts: (string | null)[]): boolean {
  if (search === undefined || search.trim() === '') return true;
  const words = search
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const haystack = texts
    .filter((text) => text !== null)
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A scored answer that is not a follow-up, as the schedule and the readiness matrix read it. */
export type ScoredFirstAnswer = Pick<
  AttemptSummary,
  | 'id'
  | 'questionId'
  | 'startedAt'
  | 'drillLength'
  | 'durationSec'
  | 'targetMinSec'
  | 'targetMaxSec'
  | 'metricPresent'
  | 'reflectionPresent'
> & { status: 'scored' };

type ScoredFirstAnswerRow = Omit<ScoredFirstAnswer, 'status' | 'metricPresent' | 'reflectionPresent'> & {
  metricPresent: 0 | 1 | null;
  reflectionPresent: 0 | 1 | null;
};

export class LibraryStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  // Questions

  /** Top-level questions with their follow-ups nested; a question matches a search if it or a follow-up does. */
  listQuestions(filter: ListFilter = {}): LibraryQuestionTree[] {
    const all = this.sql<QuestionRow>(`${SELECT_QUESTIONS} ORDER BY q.id`).all().map(toQuestion);
    const visible = all.filter((question) => filter.includeArchived === true || !question.archived);
    const followUps = new Map<number, LibraryQuestion[]>();
    for (const question of visible) {
      if (question.parentId !== null) followUps.set(question.parentId, [...(followUps.get(question.parentId) ?? []), question]);
    }
    return visible
      .filter((question) => question.parentId === null)
      .map((question) => ({ ...question, followUps: followUps.get(question.id) ?? [] }))
      .filter((question) =>
        matches(
          filter.search,
          question.text,
          question.company,
          question.mode,
          ...question.tags,
          ...question.followUps.map((followUp) => followUp.text),
        ),
      );
  }

  getQuestion(id: number): LibraryQuestion | null {
    const row = this.sql<QuestionRow>(`${SELECT_QUESTIONS} WHERE q.id = ?`).get(id);
    return row === undefined ? null : toQuestion(row);
  }

  requireQuestion(id: number): LibraryQuestion {
    const question = this.getQuestion(id);
    if (question === null) throw new AppError('not-found', `question ${id} does not exist`);
    return question;
  }

  createQuestion(input: NewLibraryQuestion, source: 'starter' | 'user' = 'user', slug: string | null = null): LibraryQuestion {
    let parent: LibraryQuestion | null = null;
    if (input.parentId !== undefined) {
      parent = this.requireQuestion(input.parentId);
      if (parent.parentId !== null) throw new AppError('invalid-argument', 'a follow-up cannot have follow-ups of its own');
    }
    const text = input.text.trim();
    const result = this.sql(
      `INSERT INTO questions (kind, text, parent_id, source, slug, mode, tags_json, company, default_length)
       VALUES ('question', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      text,
      parent?.id ?? null,
      source,
      slug,
      input.mode ?? parent?.mode ?? inferDeckMode(text),
      JSON.stringify(input.tags ?? []),
      input.company ?? null,
      input.defaultLength ?? parent?.defaultLength ?? DEFAULT_DRILL_LENGTH,
    );
    return this.requireQuestion(Number(result.lastInsertRowid));
  }

  updateQuestion(id: number, patch: QuestionPatch): LibraryQuestion {
    this.requireQuestion(id);
    this.transaction(() => {
      if (patch.text !== undefined) this.sql('UPDATE questions SET text = ? WHERE id = ?').run(patch.text.trim(), id);
      if (patch.mode !== undefined) this.sql('UPDATE questions SET mode_override = ? WHERE id = ?').run(patch.mode, id);
      if (patch.tags !== undefined)
        this.sql('UPDATE questions SET tags_json = ? WHERE id = ?').run(JSON.stringify(patch.tags.map((tag) => tag.trim())), id);
      if (patch.company !== undefined)
        this.sql('UPDATE questions SET company = ? WHERE id = ?').run(patch.company?.trim() ?? null, id);
      if (patch.defaultLength !== undefined)
        this.sql('UPDATE questions SET default_length = ? WHERE id = ?').run(patch.defaultLength, id);
    });
    return this.requireQuestion(id);
  }

  /** Archiving hides a question (and its follow-ups) from lists and sessions; its attempts stay. */
  archiveQuestion(id: number, archived: boolean): LibraryQuestion {
    this.requireQuestion(id);
    this.sql(
      `UPDATE questions SET archived_at = CASE WHEN ? THEN COALESCE(archived_at, ${NOW}) ELSE NULL END WHERE id = ? OR parent_id = ?`,
    ).run(archived ? 1 : 0, id, id);
    return this.requireQuestion(id);
  }

  /** Remembers the length (and custom window, if any) picked for a question, for next time. */
  rememberLength(id: number, length: DrillLength, window: TargetWindow | null): LibraryQuestion {
    this.requireQuestion(id);
    this.sql('UPDATE questions SET last_length = ?, last_min_sec = ?, last_max_sec = ? WHERE id = ?').run(
      length,
      window?.minSec ?? null,
      window?.maxSec ?? null,
      id,
    );
    return this.requireQuestion(id);
  }

  // Stories

  listStories(filter: ListFilter = {}): Story[] {
    return this.sql<StoryRow>(`${SELECT_STORIES} ORDER BY s.id`)
      .all()
      .map(toStory)
      .filter((story) => filter.includeArchived === true || !story.archived)
      .filter((story) =>
        matches(filter.search, story.title, ...story.keyNumbers, ...STAR_SECTIONS.map((section) => story.notes[section])),
      );
  }

  getStory(id: number): Story | null {
    const row = this.sql<StoryRow>(`${SELECT_STORIES} WHERE s.id = ?`).get(id);
    return row === undefined ? null : toStory(row);
  }

  requireStory(id: number): Story {
    const story = this.getStory(id);
    if (story === null) throw new AppError('not-found', `story ${id} does not exist`);
    return story;
  }

  createStory(input: StoryInput): Story {
    let id = 0;
    this.transaction(() => {
      const notes = { situation: '', task: '', action: '', result: '', reflection: '', ...input.notes };
      const result = this.sql(
        `INSERT INTO stories (title, situation, task, action, result, reflection, key_numbers_json, mode)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        input.title.trim(),
        notes.situation,
        notes.task,
        notes.action,
        notes.result,
        notes.reflection,
        JSON.stringify(input.keyNumbers ?? []),
        input.mode ?? 'behavioral',
      );
      id = Number(result.lastInsertRowid);
      this.linkQuestions(id, input.questionIds ?? []);
    });
    return this.requireStory(id);
  }

  updateStory(id: number, patch: StoryPatch): Story {
    const story = this.requireStory(id);
    this.transaction(() => {
      const notes = { ...story.notes, ...patch.notes };
      this.sql(
        `UPDATE stories SET title = ?, situation = ?, task = ?, action = ?, result = ?, reflection = ?, key_numbers_json = ?,
           mode = ?, updated_at = ${NOW} WHERE id = ?`,
      ).run(
        patch.title?.trim() ?? story.title,
        notes.situation,
        notes.task,
        notes.action,
        notes.result,
        notes.reflection,
        JSON.stringify(patch.keyNumbers ?? story.keyNumbers),
        patch.mode ?? story.mode,
        id,
      );
      if (patch.questionIds !== undefined) {
        this.sql('DELETE FROM story_questions WHERE story_id = ?').run(id);
        this.linkQuestions(id, patch.questionIds);
      }
    });
    return this.requireStory(id);
  }

  archiveStory(id: number, archived: boolean): Story {
    this.requireStory(id);
    this.sql(`UPDATE stories SET archived_at = CASE WHEN ? THEN COALESCE(archived_at, ${NOW}) ELSE NULL END WHERE id = ?`).run(
      archived ? 1 : 0,
      id,
    );
    return this.requireStory(id);
  }

  private linkQuestions(storyId: number, questionIds: readonly number[]): void {
    for (const questionId of new Set(questionIds)) {
      this.requireQuestion(questionId);
      this.sql('INSERT OR IGNORE INTO story_questions (story_id, question_id) VALUES (?, ?)').run(storyId, questionId);
    }
  }

  // Attempts: threads, sessions, notes

  linkAttempt(link: LinkAttempt): AttemptLink {
    const attempt = this.requireAttemptRow(link.attemptId);
    if (link.parentAttemptId !== undefined) {
      if (link.parentAttemptId === link.attemptId)
        throw new AppError('invalid-argument', 'an attempt cannot follow up on itself');
      const parent = this.requireAttemptRow(link.parentAttemptId);
      if (parent.parentAttemptId !== null)
        throw new AppError('invalid-argument', 'a follow-up answer cannot have follow-ups of its own');
    }
    if (link.sessionId !== undefined) this.requireSession(link.sessionId);
    if (link.storyId !== undefined) this.requireStory(link.storyId);
    this.sql(
      `UPDATE attempts SET parent_attempt_id = COALESCE(?, parent_attempt_id), twist_id = COALESCE(?, twist_id),
         twist_text = COALESCE(?, twist_text), session_id = COALESCE(?, session_id), story_id = COALESCE(?, story_id)
       WHERE id = ?`,
    ).run(
      link.parentAttemptId ?? null,
      link.twistId ?? null,
      link.twistText ?? null,
      link.sessionId ?? null,
      link.storyId ?? null,
      attempt.attemptId,
    );
    return this.attemptLink(attempt.attemptId);
  }

  /** The note on an attempt ("what I'd change"); an empty note removes it. */
  setNote(attemptId: number, note: string): AttemptLink {
    this.requireAttemptRow(attemptId);
    const text = note.trim();
    this.sql('UPDATE attempts SET note = ? WHERE id = ?').run(text === '' ? null : text, attemptId);
    return this.attemptLink(attemptId);
  }

  attemptLink(attemptId: number): AttemptLink {
    return this.requireAttemptRow(attemptId);
  }

  /** The links of every attempt at a question, oldest first. */
  attemptLinks(questionId: number): AttemptLink[] {
    return this.sql<AttemptLink>(`${SELECT_LINKS} WHERE a.question_id = ? ORDER BY a.started_at, a.id`).all(questionId);
  }

  /**
   * Every scored first answer (not a follow-up), in no particular order, with only the columns the review
   * schedule and readiness read: one pass, no report JSON, however long the history. A scan ("+" keeps the
   * index on parent_attempt_id out): nearly every attempt is a first answer, so the index only adds lookups.
   */
  scoredFirstAnswers(): ScoredFirstAnswer[] {
    return this.sql<ScoredFirstAnswerRow>(
      `SELECT a.id, a.question_id AS questionId, a.started_at AS startedAt, a.drill_length AS drillLength,
              a.duration_sec AS durationSec, a.target_min_sec AS targetMinSec, a.target_max_sec AS targetMaxSec,
              s.metric_present AS metricPresent, s.reflection_present AS reflectionPresent
       FROM attempts a LEFT JOIN scores s ON s.attempt_id = a.id
       WHERE a.status = 'scored' AND +a.parent_attempt_id IS NULL`,
    )
      .all()
      .map((row) => ({
        ...row,
        status: 'scored',
        metricPresent: row.metricPresent === null ? null : row.metricPresent === 1,
        reflectionPresent: row.reflectionPresent === null ? null : row.reflectionPresent === 1,
      }));
  }

  sessionLinks(sessionId: number): AttemptLink[] {
    return this.sql<AttemptLink>(`${SELECT_LINKS} WHERE a.session_id = ? ORDER BY a.started_at, a.id`).all(sessionId);
  }

  private requireAttemptRow(attemptId: number): AttemptLink {
    const row = this.sql<AttemptLink>(`${SELECT_LINKS} WHERE a.id = ?`).get(attemptId);
    if (row === undefined) throw new AppError('not-found', `attempt ${attemptId} does not exist`);
    return row;
  }

  // Drill sessions

  createSession(options: SessionOptions, items: readonly SessionItem[], startedAt: string): DrillSession {
    const result = this.sql('INSERT INTO drill_sessions (options_json, items_json, started_at) VALUES (?, ?, ?)').run(
      JSON.stringify(options),
      JSON.stringify(items),
      startedAt,
    );
    return this.requireSession(Number(result.lastInsertRowid));
  }

  endSession(id: number, endedAt: string): DrillSession {
    this.requireSession(id);
    this.sql('UPDATE drill_sessions SET ended_at = COALESCE(ended_at, ?) WHERE id = ?').run(endedAt, id);
    return this.requireSession(id);
  }

  requireSession(id: number): DrillSession {
    const row = this.sql<{ id: number; optionsJson: string; itemsJson: string; startedAt: string; endedAt: string | null }>(
      'SELECT id, options_json AS optionsJson, items_json AS itemsJson, started_at AS startedAt, ended_at AS endedAt FROM drill_sessions WHERE id = ?',
    ).get(id);
    if (row === undefined) throw new AppError('not-found', `drill session ${id} does not exist`);
    return {
      id: row.id,
      options: JSON.parse(row.optionsJson) as SessionOptions,
      items: JSON.parse(row.itemsJson) as SessionItem[],
      startedAt: row.startedAt,
      endedAt: row.endedAt,
    };
  }

  // Decks

  isEmpty(): boolean {
    return this.sql('SELECT 1 FROM questions LIMIT 1').get() === undefined;
  }

  /** Seeds the shipped deck: each question once, found again by its id (slug) so a second run adds nothing. */
  seedDeck(deck: Deck): void {
    this.transaction(() => {
      for (const question of deck.questions) {
        if (question.id === undefined) continue;
        if (this.sql('SELECT 1 FROM questions WHERE slug = ?').get(question.id) !== undefined) continue;
        const created = this.createQuestion(this.newQuestionOf(question), 'starter', question.id);
        question.followUps.forEach((text, index) => {
          this.createQuestion(
            { text, parentId: created.id, mode: question.mode, defaultLength: question.defaultLength },
            'starter',
            `${question.id}-follow-up-${index + 1}`,
          );
        });
      }
    });
  }

  /**
   * What importing a deck would do, or does with `apply`: questions new by text are added, known ones keep
   * theirs and gain missing follow-ups; stories new by title are added with their links (a linked question
   * not in the library is added too), known ones are left alone. All in one transaction.
   */
  importDeck(deck: Deck, format: ImportPreview['format'], warnings: readonly string[], apply: boolean): ImportPreview {
    const preview: ImportPreview = {
      format,
      questionsAdded: [],
      questionsSkipped: [],
      followUpsAdded: 0,
      storiesAdded: [],
      storiesSkipped: [],
      warnings: [...warnings],
    };
    const run = (): void => {
      const existing = this.listQuestions({ includeArchived: true });
      const byText = (text: string): LibraryQuestionTree | undefined =>
        existing.find((question) => sameText(question.text, text));
      const added = new Map<string, number>();
      for (const question of deck.questions) {
        const known = byText(question.text);
        const newFollowUps = question.followUps.filter(
          (text) => !known?.followUps.some((followUp) => sameText(followUp.text, text)),
        );
        if (known === undefined) preview.questionsAdded.push(question.text);
        else preview.questionsSkipped.push(question.text);
        preview.followUpsAdded += newFollowUps.length;
        if (!apply) continue;
        const parentId = known?.id ?? this.createQuestion(this.newQuestionOf(question)).id;
        added.set(question.text.toLowerCase(), parentId);
        for (const text of newFollowUps)
          this.createQuestion({ text, parentId, mode: question.mode, defaultLength: question.defaultLength });
      }
      const stories = this.listStories({ includeArchived: true });
      for (const story of deck.stories) {
        if (stories.some((known) => sameText(known.title, story.title))) {
          preview.storiesSkipped.push(story.title);
          continue;
        }
        preview.storiesAdded.push(story.title);
        for (const text of story.questions) {
          if (
            byText(text) === undefined &&
            !added.has(text.toLowerCase()) &&
            !deck.questions.some((question) => sameText(question.text, text))
          ) {
            preview.questionsAdded.push(text);
            if (apply) added.set(text.toLowerCase(), this.createQuestion({ text }).id);
          }
        }
        if (!apply) continue;
        const questionIds = story.questions.map((text) => byText(text)?.id ?? added.get(text.toLowerCase())!);
        this.createStory({ title: story.title, notes: story.notes, keyNumbers: story.keyNumbers, questionIds });
      }
    };
    if (apply) this.transaction(run);
    else run();
    return preview;
  }

  /** The library as a deck: active questions with their follow-ups, active stories with their questions' texts. */
  exportDeck(name: string | null): Deck {
    const questions = this.listQuestions();
    const textOf = new Map<number, string>();
    for (const question of this.listQuestions({ includeArchived: true })) textOf.set(question.id, question.text);
    return {
      format: 'voicedrill-deck',
      version: 1,
      name,
      questions: questions.map((question) => ({
        text: question.text,
        mode: question.mode,
        tags: question.tags,
        company: question.company,
        defaultLength: question.defaultLength,
        followUps: question.followUps.map((followUp) => followUp.text),
      })),
      stories: this.listStories().map((story) => ({
        title: story.title,
        notes: story.notes as StoryNotes,
        keyNumbers: story.keyNumbers,
        questions: story.questionIds.flatMap((id) => (textOf.has(id) ? [textOf.get(id)!] : [])),
      })),
    };
  }

  private newQuestionOf(question: DeckQuestion): NewLibraryQuestion {
    return {
      text: question.text,
      mode: question.mode,
      tags: question.tags,
      company: question.company,
      defaultLength: question.defaultLength,
    };
  }

  private sql<Row = unknown>(source: string): Database.Statement<unknown[], Row> {
    let statement = this.statements.get(source);
    if (statement === undefined) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement as Database.Statement<unknown[], Row>;
  }

  private transaction(work: () => void): void {
    this.db.transaction(work)();
  }
}

const SELECT_LINKS = `
  SELECT a.id AS attemptId, a.parent_attempt_id AS parentAttemptId, a.twist_id AS twistId, a.twist_text AS twistText,
         a.session_id AS sessionId, a.story_id AS storyId, a.note
  FROM attempts a`;
