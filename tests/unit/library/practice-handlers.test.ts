import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { PRACTICE_CALLS, type PracticeCallName } from '../../../common/practice-calls';
import { windowOf } from '../../../common/drill-lengths';
import { migrate } from '../../../native/store/migrations';
import { Store } from '../../../native/store/store';
import { LibraryStore } from '../../../native/library/library-store';
import { PracticeService } from '../../../native/library/practice-service';
import { practiceHandlers } from '../../../native/library/practice-handlers';
import { parseTwistDeck } from '../../../native/library/twists';
import { parseDeckJson } from '../../../native/library/deck-json';
import { report } from './reports';

const twists = parseTwistDeck(JSON.parse(readFileSync(new URL('../../../resources/twists.json', import.meta.url), 'utf8')));
const starter = parseDeckJson(readFileSync(new URL('../../../resources/deck.json', import.meta.url), 'utf8')).deck;
const storiesMd = readFileSync(new URL('./fixtures/star-stories.md', import.meta.url), 'utf8');

test('every practice call: its arguments pass its schema, and what the service returns matches its result schema', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const store = new Store(db);
  const library = new LibraryStore(db);
  library.seedDeck(starter);
  const handlers = practiceHandlers(new PracticeService(library, store, twists));
  const called = new Set<PracticeCallName>();
  const callAs = <K extends PracticeCallName>(name: K, ...args: unknown[]): unknown => {
    const parsed = PRACTICE_CALLS[name].args.safeParse(args);
    assert.ok(parsed.success, `${name} arguments: ${JSON.stringify(parsed.error?.issues)}`);
    const result = (handlers[name] as (...values: unknown[]) => unknown)(...(parsed.data as unknown[]));
    const checked = PRACTICE_CALLS[name].result.safeParse(result);
    assert.ok(checked.success, `${name} result: ${JSON.stringify(checked.error?.issues)}`);
    called.add(name);
    return checked.data;
  };

  const [first] = callAs('listLibrary', { search: 'disagreed' }) as { id: number }[];
  const question = callAs('createLibraryQuestion', { text: 'Tell me about a launch.', tags: ['launch'] }) as { id: number };
  callAs('updateLibraryQuestion', { id: question.id, patch: { mode: 'product', company: 'Acme' } });
  callAs('archiveLibraryQuestion', { id: question.id, archived: true });
  callAs('archiveLibraryQuestion', { id: question.id, archived: false });
  callAs('rememberQuestionLength', { questionId: first!.id, length: 'elevator', window: null });
  const story = callAs('createStory', { title: 'Launch', keyNumbers: ['40%'], questionIds: [first!.id] }) as { id: number };
  callAs('updateStory', { id: story.id, patch: { notes: { result: 'up **40%**' } } });
  callAs('listStories', {});
  callAs('archiveStory', { id: story.id, archived: false });

  const window = windowOf('full');
  const attemptId = store.createAttempt({
    questionId: first!.id,
    startedAt: '2026-11-27T10:00:00.000Z',
    drillLength: 'full',
    targetMinSec: window.minSec,
    targetMaxSec: window.maxSec,
    recovered: false,
  });
  store.saveRecording(attemptId, { codec: 'ogg-opus', sampleRate: 16000, sampleCount: 1, bytes: new Uint8Array([1]) }, 70);
  store.saveReport(attemptId, { ...report({ metric: false, words: 'we cut it by forty percent' }), durationSec: 70 });
  callAs('getStoryPage', story.id);
  const twist = callAs('getTwist', { attemptId }) as { state: string };
  assert.equal(twist.state, 'ready');
  const session = callAs('startDrillSession', {
    kind: 'drill',
    order: 'due',
    count: 3,
    chime: true,
    autoStop: true,
    twists: true,
  }) as { id: number };
  callAs('linkAttempt', { attemptId, sessionId: session.id });
  callAs('setAttemptNote', { attemptId, note: 'Say the number first.' });
  callAs('listAttemptLinks', first!.id);
  const numbers = callAs('getAttemptNumbers', attemptId) as {
    title: string;
    checks: { keyNumber: string; said: boolean | null }[];
  }[];
  assert.deepEqual(
    numbers,
    [{ storyId: story.id, title: 'Launch', checks: [{ keyNumber: '40%', said: true }] }],
    'forty percent is the 40%',
  );
  callAs('getSessionSummary', session.id);
  callAs('endDrillSession', session.id);
  callAs('previewDeckImport', { fileName: 'stories.md', text: storiesMd });
  callAs('importDeck', { fileName: 'stories.md', text: storiesMd });
  callAs('exportDeck', { format: 'markdown' });

  assert.deepEqual([...called].sort(), (Object.keys(PRACTICE_CALLS) as PracticeCallName[]).sort(), 'every call was exercised');
});

test('bad arguments are refused by the schemas before the service sees them', () => {
  assert.equal(
    PRACTICE_CALLS.startDrillSession.args.safeParse([
      { kind: 'drill', order: 'random', count: 0, chime: true, autoStop: true, twists: true },
    ]).success,
    false,
  );
  assert.equal(
    PRACTICE_CALLS.rememberQuestionLength.args.safeParse([{ questionId: 1, length: 'full', window: { minSec: 90, maxSec: 60 } }])
      .success,
    false,
  );
  assert.equal(PRACTICE_CALLS.createLibraryQuestion.args.safeParse([{ text: 'two\nlines' }]).success, false);
  assert.equal(PRACTICE_CALLS.importDeck.args.safeParse([{ fileName: 'x.md', text: 'x', extra: 1 }]).success, false);
});
