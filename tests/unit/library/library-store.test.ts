import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../../../native/store/migrations';
import { Store } from '../../../native/store/store';
import { LibraryStore } from '../../../native/library/library-store';
import { parseDeckJson } from '../../../native/library/deck-json';
import { parseDeckMarkdown } from '../../../native/library/deck-markdown';

const starter = parseDeckJson(readFileSync(new URL('../../../resources/deck.json', import.meta.url), 'utf8')).deck;

function open(): { db: Database.Database; store: Store; library: LibraryStore } {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return { db, store: new Store(db), library: new LibraryStore(db) };
}

function attempt(store: Store, questionId: number, startedAt = '2026-11-27T10:00:00.000Z'): number {
  return store.createAttempt({
    questionId,
    startedAt,
    drillLength: 'full',
    targetMinSec: 60,
    targetMaxSec: 90,
    recovered: false,
  });
}

test('a new library is seeded from the starter deck, once; follow-ups show under their question', () => {
  const { library } = open();
  assert.equal(library.isEmpty(), true);
  library.seedDeck(starter);
  library.seedDeck(starter);
  const questions = library.listQuestions();
  assert.equal(questions.length, starter.questions.length);
  const first = questions[0]!;
  assert.equal(first.text, starter.questions[0]!.text);
  assert.equal(first.mode, starter.questions[0]!.mode);
  assert.deepEqual(first.tags, starter.questions[0]!.tags);
  assert.deepEqual(
    first.followUps.map((followUp) => followUp.text),
    starter.questions[0]!.followUps,
  );
  assert.equal(first.followUps[0]!.parentId, first.id);
  assert.equal(first.source, 'starter');
});

test('questions: create, edit (with a mode override), archive, search', () => {
  const { library } = open();
  const question = library.createQuestion({ text: 'Design a rate limiter.', tags: ['api'], company: 'Acme' });
  assert.equal(question.mode, 'design', 'the mode is read from the words');
  assert.equal(question.defaultLength, 'full');
  const followUp = library.createQuestion({ text: 'What if Redis is down?', parentId: question.id });
  assert.equal(followUp.mode, 'design');
  assert.throws(() => library.createQuestion({ text: 'x', parentId: followUp.id }), /cannot have follow-ups/);
  const edited = library.updateQuestion(question.id, { mode: 'incident', defaultLength: 'deep', tags: ['api', 'scale'] });
  assert.equal(edited.mode, 'incident');
  assert.equal(edited.modeOverridden, true);
  assert.equal(library.updateQuestion(question.id, { mode: null }).mode, 'design');
  library.createQuestion({ text: 'Why here?' });
  assert.deepEqual(
    library.listQuestions({ search: 'redis' }).map((item) => item.text),
    ['Design a rate limiter.'],
    'a follow-up match finds its question',
  );
  assert.deepEqual(
    library.listQuestions({ search: 'acme SCALE' }).map((item) => item.text),
    ['Design a rate limiter.'],
  );
  library.archiveQuestion(question.id, true);
  assert.deepEqual(
    library.listQuestions().map((item) => item.text),
    ['Why here?'],
  );
  assert.equal(library.listQuestions({ includeArchived: true }).length, 2);
  assert.equal(library.getQuestion(followUp.id)?.archived, true, 'archiving takes the follow-ups along');
  assert.equal(library.archiveQuestion(question.id, false).archived, false);
  assert.throws(() => library.updateQuestion(999, { text: 'x' }), /question 999 does not exist/);
});

test('each question remembers its own last length and custom window', () => {
  const { library } = open();
  const a = library.createQuestion({ text: 'Tell me about yourself.' });
  const b = library.createQuestion({ text: 'Why here?' });
  library.rememberLength(a.id, 'elevator', null);
  library.rememberLength(b.id, 'full', { minSec: 45, maxSec: 75 });
  assert.equal(library.getQuestion(a.id)?.lastLength, 'elevator');
  assert.equal(library.getQuestion(a.id)?.lastWindow, null);
  assert.deepEqual(library.getQuestion(b.id)?.lastWindow, { minSec: 45, maxSec: 75 });
});

test('stories: create with linked questions, edit, archive, search', () => {
  const { library } = open();
  const question = library.createQuestion({ text: 'Tell me about a time you improved performance.' });
  const story = library.createStory({
    title: 'Checkout latency',
    notes: { result: 'p95 down **40%**' },
    keyNumbers: ['40%'],
    questionIds: [question.id],
  });
  assert.deepEqual(story.questionIds, [question.id]);
  assert.equal(story.notes.situation, '');
  assert.deepEqual(library.getQuestion(question.id)?.storyIds, [story.id]);
  const edited = library.updateStory(story.id, { notes: { situation: 'Black Friday was coming' }, questionIds: [] });
  assert.equal(edited.notes.result, 'p95 down **40%**', 'a patch keeps the sections it does not name');
  assert.equal(edited.notes.situation, 'Black Friday was coming');
  assert.deepEqual(edited.questionIds, []);
  assert.equal(library.listStories({ search: 'black friday' }).length, 1);
  library.archiveStory(story.id, true);
  assert.equal(library.listStories().length, 0);
  assert.throws(() => library.createStory({ title: 'x', questionIds: [999] }), /question 999/);
  assert.equal(library.listStories({ includeArchived: true }).length, 1, 'a failed create leaves nothing behind');
});

test('a twist answer is linked to the first answer; notes; no thread deeper than one', () => {
  const { store, library } = open();
  const question = library.createQuestion({ text: 'Tell me about a failure.' });
  const first = attempt(store, question.id);
  const twist = attempt(store, question.id, '2026-11-27T10:02:00.000Z');
  const link = library.linkAttempt({
    attemptId: twist,
    parentAttemptId: first,
    twistId: 'reflect-differently',
    twistText: 'What would you do differently?',
  });
  assert.equal(link.parentAttemptId, first);
  assert.equal(link.twistText, 'What would you do differently?');
  assert.equal(library.setNote(first, '  Lead with the number next time. ').note, 'Lead with the number next time.');
  assert.equal(library.setNote(first, '   ').note, null);
  const third = attempt(store, question.id);
  assert.throws(() => library.linkAttempt({ attemptId: third, parentAttemptId: twist }), /cannot have follow-ups/);
  assert.throws(() => library.linkAttempt({ attemptId: first, parentAttemptId: first }), /itself/);
  assert.deepEqual(
    library.attemptLinks(question.id).map((item) => item.parentAttemptId),
    [null, null, first],
  );
});

test('drill sessions keep their options and items; attempts join them', () => {
  const { store, library } = open();
  const question = library.createQuestion({ text: 'Why here?' });
  const options = { kind: 'drill' as const, order: 'shuffled' as const, count: 1, chime: true, autoStop: false, twists: true };
  const items = [
    {
      questionId: question.id,
      text: question.text,
      mode: question.mode,
      length: 'elevator' as const,
      window: { minSec: 25, maxSec: 35 },
      hardCapSec: 40,
    },
  ];
  const session = library.createSession(options, items, '2026-11-27T10:00:00.000Z');
  assert.deepEqual(session.options, options);
  assert.deepEqual(session.items, items);
  const answer = attempt(store, question.id);
  library.linkAttempt({ attemptId: answer, sessionId: session.id });
  assert.deepEqual(
    library.sessionLinks(session.id).map((item) => item.attemptId),
    [answer],
  );
  assert.equal(library.endSession(session.id, '2026-11-27T10:05:00.000Z').endedAt, '2026-11-27T10:05:00.000Z');
  assert.throws(() => library.linkAttempt({ attemptId: answer, sessionId: 99 }), /session 99/);
});

test('deck import: preview changes nothing; confirm adds new questions, follow-ups and stories with their links', () => {
  const { db, library } = open();
  library.createQuestion({ text: 'Tell me about yourself.' });
  const markdown = readFileSync(new URL('./fixtures/star-stories.md', import.meta.url), 'utf8');
  const parsed = parseDeckMarkdown(markdown);
  const deck = {
    ...parsed.deck,
    questions: [
      ...parsed.deck.questions,
      {
        text: 'tell me about yourself.',
        mode: 'pitch' as const,
        tags: [],
        company: null,
        defaultLength: 'elevator' as const,
        followUps: ['What are you proudest of?'],
      },
    ],
  };
  deck.stories[0] = {
    ...deck.stories[0]!,
    questions: ['Tell me about a time you improved performance.', 'A question only the story names'],
  };
  const before = db.prepare('SELECT COUNT(*) AS n FROM questions').get();
  const preview = library.importDeck(deck, 'markdown', parsed.warnings, false);
  assert.deepEqual(db.prepare('SELECT COUNT(*) AS n FROM questions').get(), before, 'a preview writes nothing');
  assert.equal(library.listStories().length, 0);
  assert.deepEqual(preview.questionsAdded, [
    'Tell me about a time you improved performance.',
    'Why do you want to work here?',
    'A question only the story names',
  ]);
  assert.deepEqual(preview.questionsSkipped, ['tell me about yourself.']);
  assert.equal(preview.followUpsAdded, 1);
  assert.equal(preview.storiesAdded.length, 3);
  assert.equal(preview.warnings.length, 3);
  const applied = library.importDeck(deck, 'markdown', parsed.warnings, true);
  assert.deepEqual(applied, preview, 'the import does what the preview said');
  const stories = library.listStories();
  assert.equal(stories.length, 3);
  const linked = stories[0]!.questionIds.map((id) => library.getQuestion(id)?.text);
  assert.deepEqual(linked, ['Tell me about a time you improved performance.', 'A question only the story names']);
  assert.deepEqual(
    library.listQuestions({ search: 'yourself' })[0]?.followUps.map((item) => item.text),
    ['What are you proudest of?'],
  );
  const again = library.importDeck(deck, 'markdown', [], true);
  assert.deepEqual([again.questionsAdded, again.storiesAdded, again.followUpsAdded], [[], [], 0], 'importing twice adds nothing');
});

test('export then import into an empty library gives the same deck', () => {
  const { library } = open();
  library.seedDeck(starter);
  const question = library.listQuestions()[0]!;
  library.createStory({
    title: 'Billing migration',
    notes: { action: '- shadow pipeline\n- **3 weeks** of nightly diffs' },
    keyNumbers: ['3 weeks'],
    questionIds: [question.id],
  });
  const exported = library.exportDeck('Mine');
  const other = open().library;
  other.importDeck(exported, 'json', [], true);
  assert.deepEqual(other.exportDeck('Mine'), exported);
});

test('an existing library migrates keeping its questions and attempts; the starter deck is only for new ones', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 3);
  db.exec(`
    INSERT INTO questions (id, kind, text, source) VALUES (1, 'question', 'Design a cache for a news feed.', 'user');
    INSERT INTO questions (id, kind, text, parent_id, source) VALUES (2, 'question', 'What if it goes stale?', 1, 'user');
    INSERT INTO attempts (id, question_id, started_at, duration_sec, target_min_sec, target_max_sec, status)
    VALUES (1, 1, '2026-01-01T09:00:00.000Z', 80, 60, 90, 'recorded');
  `);
  migrate(db);
  const library = new LibraryStore(db);
  assert.equal(library.isEmpty(), false, 'so the app does not seed the deck over it');
  const [question] = library.listQuestions();
  assert.equal(question?.text, 'Design a cache for a news feed.');
  assert.equal(question?.mode, 'design', 'a question from before the migration gets its mode from its words');
  assert.equal(question?.defaultLength, 'full');
  assert.deepEqual(
    question?.followUps.map((followUp) => followUp.text),
    ['What if it goes stale?'],
  );
  assert.deepEqual(library.attemptLink(1), {
    attemptId: 1,
    parentAttemptId: null,
    twistId: null,
    twistText: null,
    sessionId: null,
    storyId: null,
    note: null,
  });
});
