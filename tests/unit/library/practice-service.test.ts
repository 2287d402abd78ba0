import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import { windowOf, type DrillLength } from '../../../common/drill-lengths';
import { migrate } from '../../../native/store/migrations';
import { Store } from '../../../native/store/store';
import { LibraryStore } from '../../../native/library/library-store';
import { PracticeService } from '../../../native/library/practice-service';
import { parseTwistDeck } from '../../../native/library/twists';
import { parseDeckJson } from '../../../native/library/deck-json';
import { report, type ReportFacts } from './reports';

const twists = parseTwistDeck(JSON.parse(readFileSync(new URL('../../../resources/twists.json', import.meta.url), 'utf8')));
const starter = parseDeckJson(readFileSync(new URL('../../../resources/deck.json', import.meta.url), 'utf8')).deck;
const NOW = new Date('2026-11-27T12:00:00.000Z');

function open() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const store = new Store(db);
  const library = new LibraryStore(db);
  return { db, store, library, service: new PracticeService(library, store, twists, () => NOW) };
}

let minute = 0;
function record(
  store: Store,
  questionId: number,
  length: DrillLength,
  durationSec: number,
  facts: ReportFacts | null,
  startedAt = new Date(Date.UTC(2026, 10, 27, 9, minute++)).toISOString(),
): number {
  const window = windowOf(length);
  const id = store.createAttempt({
    questionId,
    startedAt,
    drillLength: length,
    targetMinSec: window.minSec,
    targetMaxSec: window.maxSec,
    recovered: false,
  });
  store.saveRecording(
    id,
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: 16000, bytes: new Uint8Array([1, 2, 3]) },
    durationSec,
  );
  if (facts !== null) {
    store.saveReport(id, { ...report(facts), durationSec });
  }
  return id;
}

test('the twist for an answer: pending until scored, then chosen from its gaps, the same each time', () => {
  const { store, service } = open();
  const question = service.createQuestion({ text: 'Tell me about a time you led a migration.' });
  const pending = record(store, question.id, 'full', 70, null);
  assert.deepEqual(service.twistFor(pending), { state: 'pending' });
  const scored = record(store, question.id, 'full', 70, { mostlyWe: true });
  const twist = service.twistFor(scored);
  assert.equal(twist.state, 'ready');
  assert.equal(twist.state === 'ready' && twist.twist.gap, 'mostly-we');
  assert.deepEqual(twist.state === 'ready' && twist.twist.window, { minSec: 30, maxSec: 60 });
  assert.deepEqual(service.twistFor(scored), twist);
  assert.throws(
    () => service.twistFor(999),
    (error: unknown) => error instanceof AppError && error.code === 'not-found',
  );
});

test('a story page: the matrix over first answers only, and the compression check', () => {
  const { store, service } = open();
  const question = service.createQuestion({ text: 'Tell me about a time you improved performance.' });
  const story = service.createStory({ title: 'Checkout', keyNumbers: ['40%'], questionIds: [question.id] });
  const said = 'we cut p95 by forty percent';
  record(store, question.id, 'elevator', 30, { words: said, sections: ['situation', 'action', 'result'] });
  record(store, question.id, 'full', 80, { words: said });
  const deep = record(store, question.id, 'deep', 180, { words: said });
  const twistAnswer = record(store, question.id, 'elevator', 50, { words: 'no number here', reflection: false });
  service.linkAttempt({ attemptId: twistAnswer, parentAttemptId: deep, twistText: 'What would you do differently?' });
  const page = service.storyPage(story.id);
  assert.equal(page.readiness.ready, true, 'the twist answer does not count as an elevator attempt');
  assert.equal(page.readiness.cells.elevator.attemptCount, 1);
  assert.deepEqual(page.compression?.onlyLong.sections, ['task', 'reflection']);
  assert.deepEqual(page.compression?.survives.keyNumbers, ['40%']);
});

test('overview, readiness coverage: each story ready by its latest attempt at every length, as its page says', () => {
  const { store, service } = open();
  const question = service.createQuestion({ text: 'Tell me about a time you improved performance.' });
  const other = service.createQuestion({ text: 'Tell me about a time you disagreed with your manager.' });
  const ready = service.createStory({ title: 'Checkout', keyNumbers: ['40%'], questionIds: [question.id] });
  const slipping = service.createStory({ title: 'Pricing', keyNumbers: [], questionIds: [other.id] });
  service.createStory({ title: 'Never told', keyNumbers: [], questionIds: [] });
  const said = 'we cut p95 by forty percent';
  record(store, question.id, 'elevator', 30, { words: said });
  record(store, question.id, 'full', 80, { words: said });
  const deep = record(store, question.id, 'deep', 180, { words: said });
  // Neither a follow-up answer nor an unscored attempt is a story's latest attempt.
  const twistAnswer = record(store, question.id, 'elevator', 50, { words: 'no number here' });
  service.linkAttempt({ attemptId: twistAnswer, parentAttemptId: deep, twistText: 'What was the outcome?' });
  record(store, question.id, 'full', 200, null);
  // Pricing: green at every length once, but its latest elevator attempt ran long.
  record(store, other.id, 'elevator', 30, {});
  record(store, other.id, 'full', 80, {});
  record(store, other.id, 'deep', 180, {});
  record(store, other.id, 'elevator', 50, {});
  const coverage = service.overview().readiness;
  assert.deepEqual(coverage, {
    stories: 3,
    ready: 1,
    greenCells: 3 + 2,
    cells: 9,
    notReady: [
      { storyId: slipping.id, title: 'Pricing', missing: ['elevator'] },
      { storyId: ready.id + 2, title: 'Never told', missing: ['elevator', 'full', 'deep'] },
    ],
  });
  for (const story of service.listStories()) {
    const page = service.storyPage(story.id);
    assert.equal(
      coverage.notReady.some((item) => item.storyId === story.id),
      !page.readiness.ready,
      `${story.title}: the coverage and the story page agree`,
    );
  }
});

test("overview, due questions: the schedule's due items, most overdue first; practised today or never is not due", () => {
  const { store, service } = open();
  const old = service.createQuestion({ text: 'Tell me about a conflict.' });
  const recent = service.createQuestion({ text: 'Tell me about a launch.' });
  const today = service.createQuestion({ text: 'Tell me about a failure.' });
  service.createQuestion({ text: 'Why here?', mode: 'motivation' });
  const at = (day: number): string => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
  record(store, recent.id, 'full', 80, {}, at(25));
  record(store, old.id, 'full', 80, {}, at(20));
  record(store, today.id, 'full', 80, {}, at(27));
  // One review each: due the next day (SM-2's first interval). Now is the 27th at noon.
  assert.deepEqual(service.overview().due, [
    { questionId: old.id, text: 'Tell me about a conflict.', dueAt: at(21), overdueDays: 6, intervalDays: 1 },
    { questionId: recent.id, text: 'Tell me about a launch.', dueAt: at(26), overdueDays: 1, intervalDays: 1 },
  ]);
});

test('a drill session: weakest first, items at their remembered lengths, then a summary', () => {
  const { store, service } = open();
  const strong = service.createQuestion({ text: 'Why here?', mode: 'motivation', defaultLength: 'elevator' });
  const weak = service.createQuestion({ text: 'Tell me about a failure.' });
  service.createQuestion({ text: 'Design a cache.' });
  record(store, strong.id, 'elevator', 30, {});
  record(store, weak.id, 'full', 120, { metric: false, reflection: false });
  service.rememberLength(weak.id, 'elevator', { minSec: 25, maxSec: 35 });
  const session = service.startSession({ kind: 'drill', order: 'weakest', count: 2, chime: true, autoStop: true, twists: true });
  assert.deepEqual(
    session.items.map((item) => item.text),
    ['Tell me about a failure.', 'Why here?'],
  );
  assert.equal(session.items[0]!.length, 'elevator');
  assert.equal(service.listQuestions()[1]!.lastWindow, null, "the length's own window is not stored as custom");
  const answer = record(store, weak.id, 'elevator', 33, { metric: false });
  service.linkAttempt({ attemptId: answer, sessionId: session.id });
  const twistAnswer = record(store, weak.id, 'elevator', 45, {});
  service.linkAttempt({ attemptId: twistAnswer, sessionId: session.id, parentAttemptId: answer });
  const summary = service.endSession(session.id);
  assert.equal(summary.answers.length, 2);
  assert.equal(summary.answers[1]!.parentAttemptId, answer);
  assert.deepEqual(
    summary.drillNext.map((item) => item.reason),
    ['no number'],
  );
  assert.equal(summary.minutesSpoken, 1.3);
});

test('a mock interview plans 4–6 questions within its budget', () => {
  const { library, service } = open();
  library.seedDeck(starter);
  const mock = service.startSession({
    kind: 'mock',
    order: 'shuffled',
    count: 5,
    chime: false,
    autoStop: true,
    twists: true,
    budgetMin: 20,
  });
  assert.equal(mock.items.length, 5);
  assert.equal(mock.items[0]!.mode, 'pitch');
  assert.throws(
    () =>
      service.startSession({
        kind: 'mock',
        order: 'shuffled',
        count: 4,
        chime: false,
        autoStop: true,
        twists: true,
        budgetMin: 5,
      }),
    /too short/,
  );
});

test('deck import: a bad file is refused with its line and changes nothing; a good one is previewed, then applied', () => {
  const { db, service } = open();
  const count = () => db.prepare('SELECT (SELECT COUNT(*) FROM questions) + (SELECT COUNT(*) FROM stories) AS n').get();
  const before = count();
  assert.throws(
    () => service.confirmImport('stories.md', '# Prep\n\n**Situation:** oops\n\n## Questions\n### Q\n- Mode: nonsense\n'),
    (error: unknown) =>
      error instanceof AppError &&
      error.code === 'import-invalid' &&
      /^stories\.md: line 7: unknown mode "nonsense"/.test(error.message),
  );
  assert.deepEqual(count(), before);
  const preview = service.previewImport(
    'deck.json',
    '{"questions": [{"text": "Why us?", "mode": "motivation", "followUps": ["Why now?"]}]}',
  );
  assert.deepEqual(preview.questionsAdded, ['Why us?']);
  assert.deepEqual(count(), before);
  service.confirmImport('deck.json', '{"questions": [{"text": "Why us?", "mode": "motivation", "followUps": ["Why now?"]}]}');
  const exported = service.exportDeck('markdown');
  assert.equal(exported.fileName, 'voicedrill-deck.md');
  assert.match(exported.text, /### Why us\?\n\n- Mode: motivation\n- Length: full\n- Follow-ups:\n {2}- Why now\?/);
  assert.deepEqual(service.previewImport(exported.fileName, exported.text).questionsSkipped, ['Why us?']);
});
