// The practice library as a service: what the contract's library calls and the CLI's `questions`,
// `stories` and `deck` commands do. It joins the library's tables with the store's attempts and reports,
// and keeps the pure parts (twists, schedule, readiness, summaries) pure.

import { AppError } from '../../common/errors';
import type { Deck, DeckImport, TwistDeck } from '../../common/deck';
import {
  DRILL_LENGTHS,
  DRILL_LENGTH_TABLE,
  FOLLOW_UP_WINDOW,
  type DrillLength,
  type TargetWindow,
} from '../../common/drill-lengths';
import type { AttemptDetail, AttemptSummary } from '../../common/library';
import type {
  AttemptLink,
  AttemptNumbers,
  DrillSession,
  ImportPreview,
  LibraryQuestion,
  LibraryQuestionTree,
  LinkAttempt,
  ListFilter,
  NewLibraryQuestion,
  QuestionPatch,
  SessionOptions,
  SessionSummary,
  Story,
  StoryInput,
  StoryPage,
  TwistAnswer,
  StoryPatch,
} from '../../common/practice';
import type { DueItem, ReadinessCoverage } from '../../common/progress';
import { DeckImportError } from './deck-error';
import { checkKeyNumbers } from './key-numbers';
import { deckToJson, parseDeckJson } from './deck-json';
import { deckToMarkdown, parseDeckMarkdown } from './deck-markdown';
import type { LibraryStore, ScoredFirstAnswer } from './library-store';
import { compressionCheck, storyReadiness, type StoryAttempt } from './readiness';
import { gradeOf, type Review } from './schedule';
import { dueNow, planSession, type PlanItem } from './session-plan';
import { planMock, sessionItemOf } from './session-items';
import { summarizeSession } from './session-summary';
import { chooseTwist } from './twists';
import { inWindow } from './verdicts';

/** The store's attempt reads the service needs. */
export interface AttemptReader {
  listAttempts(questionId: number): AttemptSummary[];
  getAttempt(id: number): AttemptDetail | null;
}

export type DeckFormat = 'json' | 'markdown';

const DAY_MS = 86_400_000;

/**
 * Each length's latest scored attempt (the last in time order, as storyReadiness takes it): the only
 * attempts whose marks decide whether a story is ready.
 */
function latestScoredPerLength<T extends Pick<AttemptSummary, 'status' | 'drillLength' | 'startedAt'>>(
  summaries: readonly T[],
): T[] {
  const latest = new Map<DrillLength, T>();
  for (const summary of summaries) {
    if (summary.status !== 'scored') continue;
    const held = latest.get(summary.drillLength);
    if (held === undefined || Date.parse(summary.startedAt) >= Date.parse(held.startedAt))
      latest.set(summary.drillLength, summary);
  }
  return [...latest.values()];
}

/** The deck format a file name says: .md/.markdown is Markdown, anything else JSON. */
export function deckFormatOf(fileName: string): DeckFormat {
  return /\.(?:md|markdown)$/i.test(fileName) ? 'markdown' : 'json';
}

function parseDeck(fileName: string, text: string): DeckImport & { format: DeckFormat } {
  const format = deckFormatOf(fileName);
  try {
    return { ...(format === 'markdown' ? parseDeckMarkdown(text) : parseDeckJson(text)), format };
  } catch (error) {
    if (error instanceof DeckImportError) throw new AppError('import-invalid', `${fileName}: ${error.message}`, { cause: error });
    throw error;
  }
}

export class PracticeService {
  constructor(
    private readonly library: LibraryStore,
    private readonly attempts: AttemptReader,
    private readonly twistDeck: TwistDeck,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // Questions and stories

  listQuestions(filter: ListFilter = {}): LibraryQuestionTree[] {
    return this.library.listQuestions(filter);
  }

  createQuestion(input: NewLibraryQuestion): LibraryQuestion {
    return this.library.createQuestion(input);
  }

  updateQuestion(id: number, patch: QuestionPatch): LibraryQuestion {
    return this.library.updateQuestion(id, patch);
  }

  archiveQuestion(id: number, archived: boolean): LibraryQuestion {
    return this.library.archiveQuestion(id, archived);
  }

  /** Remembers the length picked on the drill screen; a window that is not the length's own is kept as custom. */
  rememberLength(questionId: number, length: DrillLength, window: TargetWindow | null): LibraryQuestion {
    const own = DRILL_LENGTH_TABLE[length].window;
    const custom = window !== null && (window.minSec !== own.minSec || window.maxSec !== own.maxSec) ? window : null;
    return this.library.rememberLength(questionId, length, custom);
  }

  listStories(filter: ListFilter = {}): Story[] {
    return this.library.listStories(filter);
  }

  createStory(input: StoryInput): Story {
    return this.library.createStory(input);
  }

  updateStory(id: number, patch: StoryPatch): Story {
    return this.library.updateStory(id, patch);
  }

  archiveStory(id: number, archived: boolean): Story {
    return this.library.archiveStory(id, archived);
  }

  /** A story with its matrix and compression check, over first answers at its linked questions. */
  storyPage(id: number): StoryPage {
    const story = this.library.requireStory(id);
    const attempts = this.storyFirstAnswers(story).map((summary) => this.withReport(summary));
    const facts = { mode: story.mode, keyNumbers: story.keyNumbers };
    return { story, readiness: storyReadiness(facts, attempts), compression: compressionCheck(facts, attempts) };
  }

  /**
   * What the dashboard shows of the library: how much of the story bank is ready (by storyReadiness) and
   * which questions the review schedule says are due now (most overdue first, as a "due" session takes
   * them). Both read the scored first answers in one pass, without their reports; readiness then reads the
   * report of each length's latest attempt only, the one it looks at: fast however long the history.
   */
  overview(): { readiness: ReadinessCoverage; due: DueItem[] } {
    const answers = this.scoredFirstAnswersByQuestion();
    return { readiness: this.readinessCoverage(answers), due: this.dueQuestions(answers) };
  }

  private readinessCoverage(answers: Map<number, ScoredFirstAnswer[]>): ReadinessCoverage {
    const stories = this.library.listStories();
    const notReady: ReadinessCoverage['notReady'] = [];
    let greenCells = 0;
    for (const story of stories) {
      const told = story.questionIds.flatMap((questionId) => answers.get(questionId) ?? []);
      const latest = latestScoredPerLength(told).map((summary) => this.withReport(summary));
      const { cells, ready } = storyReadiness({ mode: story.mode, keyNumbers: story.keyNumbers }, latest);
      const missing = DRILL_LENGTHS.filter((length) => cells[length].latest?.green !== true);
      greenCells += DRILL_LENGTHS.length - missing.length;
      if (!ready) notReady.push({ storyId: story.id, title: story.title, missing });
    }
    return {
      stories: stories.length,
      ready: stories.length - notReady.length,
      greenCells,
      cells: stories.length * DRILL_LENGTHS.length,
      notReady,
    };
  }

  private dueQuestions(answers: Map<number, ScoredFirstAnswer[]>): DueItem[] {
    const now = this.now();
    return dueNow(this.planItems(this.library.listQuestions(), answers), now).map(({ item, state }) => ({
      questionId: item.key.id,
      text: item.key.text,
      dueAt: state.dueAt!,
      overdueDays: Math.floor((now.getTime() - Date.parse(state.dueAt!)) / DAY_MS),
      intervalDays: state.intervalDays,
    }));
  }

  private scoredFirstAnswersByQuestion(): Map<number, ScoredFirstAnswer[]> {
    const byQuestion = new Map<number, ScoredFirstAnswer[]>();
    for (const answer of this.library.scoredFirstAnswers()) {
      const list = byQuestion.get(answer.questionId);
      if (list === undefined) byQuestion.set(answer.questionId, [answer]);
      else list.push(answer);
    }
    return byQuestion;
  }

  /** First answers (not follow-ups) at the story's linked questions. */
  private storyFirstAnswers(story: Story): AttemptSummary[] {
    return story.questionIds.flatMap((questionId) => {
      const firstAnswers = new Set(
        this.library
          .attemptLinks(questionId)
          .filter((link) => link.parentAttemptId === null)
          .map((link) => link.attemptId),
      );
      return this.attempts.listAttempts(questionId).filter((summary) => firstAnswers.has(summary.id));
    });
  }

  private withReport(summary: StoryAttempt['summary']): StoryAttempt {
    return { summary, report: summary.status === 'scored' ? (this.attempts.getAttempt(summary.id)?.report ?? null) : null };
  }

  // Attempts

  /** The follow-up for a scored answer; pending until the answer is scored. Seeded by the attempt, so asking again gives the same twist. */
  twistFor(attemptId: number, askedIds: readonly string[] = []): TwistAnswer {
    const attempt = this.requireAttempt(attemptId);
    if (attempt.status === 'failed') return { state: 'none' };
    if (attempt.status !== 'scored' || attempt.report === null) return { state: 'pending' };
    const question = this.library.requireQuestion(attempt.questionId);
    const chosen = chooseTwist(this.twistDeck, attempt.report, { mode: question.mode, seed: attemptId, askedIds });
    if (chosen === null) return { state: 'none' };
    return {
      state: 'ready',
      twist: {
        twistId: chosen.twist.id,
        text: chosen.twist.text,
        gap: chosen.gap,
        because: chosen.because,
        window: { ...FOLLOW_UP_WINDOW },
      },
    };
  }

  /** "Did you say your number?" for each story linked to the attempt's question (or told in it); empty until scored. */
  attemptNumbers(attemptId: number): AttemptNumbers {
    const attempt = this.requireAttempt(attemptId);
    if (attempt.report === null) return [];
    const link = this.library.attemptLink(attemptId);
    const storyIds = new Set([
      ...this.library.requireQuestion(attempt.questionId).storyIds,
      ...(link.storyId === null ? [] : [link.storyId]),
    ]);
    return [...storyIds].flatMap((storyId) => {
      const story = this.library.getStory(storyId);
      if (story === null || story.keyNumbers.length === 0) return [];
      const checks = checkKeyNumbers(story.keyNumbers, attempt.report!.transcript.words).map(({ keyNumber, said }) => ({
        keyNumber,
        said,
      }));
      return [{ storyId, title: story.title, checks }];
    });
  }

  linkAttempt(link: LinkAttempt): AttemptLink {
    return this.library.linkAttempt(link);
  }

  setNote(attemptId: number, note: string): AttemptLink {
    return this.library.setNote(attemptId, note);
  }

  attemptLinks(questionId: number): AttemptLink[] {
    this.library.requireQuestion(questionId);
    return this.library.attemptLinks(questionId);
  }

  // Sessions

  startSession(options: SessionOptions, seed: number = this.now().getTime() % 2 ** 31): DrillSession {
    const active = this.library.listQuestions();
    const chosen =
      options.questionIds === undefined ? active : active.filter((question) => options.questionIds!.includes(question.id));
    if (chosen.length === 0)
      throw new AppError('invalid-argument', 'there are no questions to drill: add some, or un-archive them');
    const items =
      options.kind === 'mock'
        ? this.planMockItems(chosen, options, seed)
        : planSession(this.planItems(chosen), { order: options.order, count: options.count, seed, now: this.now() }).map(
            sessionItemOf,
          );
    return this.library.createSession(options, items, this.now().toISOString());
  }

  private planMockItems(questions: LibraryQuestion[], options: SessionOptions, seed: number) {
    try {
      return planMock(questions, Math.min(Math.max(options.count, 4), 6), options.budgetMin ?? 30, seed);
    } catch (error) {
      throw new AppError('invalid-argument', error instanceof Error ? error.message : String(error));
    }
  }

  private planItems(
    questions: readonly LibraryQuestion[],
    answers = this.scoredFirstAnswersByQuestion(),
  ): PlanItem<LibraryQuestion>[] {
    return questions.map((question) => this.planItem(question, answers.get(question.id) ?? []));
  }

  /** A question's reviews for scheduling: the marks its history rows carry (window, number, reflection). */
  private planItem(question: LibraryQuestion, answers: readonly ScoredFirstAnswer[]): PlanItem<LibraryQuestion> {
    const reviews: Review[] = answers.map((summary) => {
      const verdicts = {
        inWindow: inWindow(summary),
        number: question.mode === 'motivation' ? null : summary.metricPresent,
        result: null,
        ownership: null,
        reflection: question.mode === 'behavioral' || question.mode === 'incident' ? summary.reflectionPresent : null,
      };
      return { at: summary.startedAt, grade: gradeOf(verdicts, 1) };
    });
    return { key: question, reviews };
  }

  endSession(id: number): SessionSummary {
    this.library.endSession(id, this.now().toISOString());
    return this.sessionSummary(id);
  }

  sessionSummary(id: number): SessionSummary {
    const session = this.library.requireSession(id);
    const attempts = this.library.sessionLinks(id).flatMap((link) => {
      const detail = this.attempts.getAttempt(link.attemptId);
      if (detail === null) return [];
      const story = link.storyId === null ? null : this.library.getStory(link.storyId);
      return [{ summary: detail, report: detail.report, link, ...(story === null ? {} : { keyNumbers: story.keyNumbers }) }];
    });
    return summarizeSession(session, attempts);
  }

  // Decks

  previewImport(fileName: string, text: string): ImportPreview {
    const parsed = parseDeck(fileName, text);
    return this.library.importDeck(parsed.deck, parsed.format, parsed.warnings, false);
  }

  /** Parses again and applies in one transaction: a bad file throws before anything is written. */
  confirmImport(fileName: string, text: string): ImportPreview {
    const parsed = parseDeck(fileName, text);
    return this.library.importDeck(parsed.deck, parsed.format, parsed.warnings, true);
  }

  exportDeck(format: DeckFormat, name: string | null = null): { fileName: string; text: string; deck: Deck } {
    const deck = this.library.exportDeck(name);
    return format === 'markdown'
      ? { fileName: 'voicedrill-deck.md', text: deckToMarkdown(deck), deck }
      : { fileName: 'voicedrill-deck.json', text: deckToJson(deck), deck };
  }

  private requireAttempt(id: number): AttemptDetail {
    const attempt = this.attempts.getAttempt(id);
    if (attempt === null) throw new AppError('not-found', `attempt ${id} does not exist`);
    return attempt;
  }
}
