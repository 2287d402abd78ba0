import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../../../native/store/migrations';
import { Store } from '../../../native/store/store';
import { LibraryStore } from '../../../native/library/library-store';
import { PracticeService } from '../../../native/library/practice-service';
import { parseTwistDeck } from '../../../native/library/twists';
import { parseDeckJson } from '../../../native/library/deck-json';
import {
  isLibraryCommand,
  LibraryUsageError,
  parseLibraryCommand,
  runLibraryCommand,
  type LibraryIo,
} from '../../../native/library/cli';

const twists = parseTwistDeck(JSON.parse(readFileSync(new URL('../../../resources/twists.json', import.meta.url), 'utf8')));
const starter = parseDeckJson(readFileSync(new URL('../../../resources/deck.json', import.meta.url), 'utf8')).deck;
const storiesMd = readFileSync(new URL('./fixtures/star-stories.md', import.meta.url), 'utf8');

function setup() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const library = new LibraryStore(db);
  library.seedDeck(starter);
  const service = new PracticeService(library, new Store(db), twists);
  const out: string[] = [];
  const files = new Map<string, string>([
    ['stories.md', storiesMd],
    ['bad.md', '**Situation:** no heading\n'],
  ]);
  const io: LibraryIo = {
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`${path}: no such file`);
      return text;
    },
    writeFile: (path, text) => void files.set(path, text),
    stdout: (text) => void out.push(text),
  };
  const run = (...argv: string[]): string => {
    out.length = 0;
    runLibraryCommand(parseLibraryCommand(argv), service, io);
    return out.join('');
  };
  return { run, files, service };
}

test('parsing: the four commands and their usage errors', () => {
  assert.deepEqual(parseLibraryCommand(['questions', 'list', '--json']), {
    kind: 'questions-list',
    json: true,
    all: false,
    search: null,
  });
  assert.deepEqual(parseLibraryCommand(['deck', 'import', 'a.md', '--dry-run']), {
    kind: 'deck-import',
    file: 'a.md',
    dryRun: true,
  });
  assert.deepEqual(parseLibraryCommand(['deck', 'export', '--format', 'md']), {
    kind: 'deck-export',
    format: 'markdown',
    output: null,
  });
  assert.equal(isLibraryCommand(['deck', 'export']), true);
  assert.equal(isLibraryCommand(['analyze', 'x.wav']), false);
  assert.throws(() => parseLibraryCommand(['deck', 'export', '--format', 'pdf']), /--format must be json or md/);
  assert.throws(() => parseLibraryCommand(['deck', 'import']), /needs a deck file/);
  assert.throws(
    () => parseLibraryCommand(['questions', 'list', '--jsn']),
    (error: unknown) => error instanceof LibraryUsageError && /--jsn/.test(error.message),
  );
  assert.throws(() => parseLibraryCommand(['deck', 'import', 'a', 'b']), /unexpected argument 'b'/);
  assert.throws(() => parseLibraryCommand(['stories']), /needs 'list'/);
});

test('questions list --json prints each question with its text, mode and follow-ups', () => {
  const { run } = setup();
  const questions = JSON.parse(run('questions', 'list', '--json')) as {
    text: string;
    mode: string;
    followUps: { text: string }[];
  }[];
  assert.equal(questions.length, starter.questions.length);
  assert.equal(questions[0]!.text, starter.questions[0]!.text);
  assert.equal(questions[0]!.mode, starter.questions[0]!.mode);
  assert.deepEqual(
    questions[0]!.followUps.map((followUp) => followUp.text),
    starter.questions[0]!.followUps,
  );
  assert.match(run('questions', 'list'), /↳ \d+\. /);
});

test('deck import --dry-run changes nothing; deck import adds; stories list shows them', () => {
  const { run } = setup();
  const dry = run('deck', 'import', 'stories.md', '--dry-run');
  assert.match(dry, /would add 2 question\(s\), 0 follow-up\(s\), 3 story\(ies\)/);
  assert.match(dry, /nothing was changed/);
  assert.equal(run('stories', 'list'), 'no stories yet\n');
  assert.match(run('deck', 'import', 'stories.md'), /added 2 question/);
  const stories = JSON.parse(run('stories', 'list', '--json')) as { title: string; keyNumbers: string[] }[];
  assert.deepEqual(
    stories.map((story) => story.keyNumbers),
    [
      ['6 weeks', '800 ms', '4%', '$1.2M'],
      ['3 weeks', 'four hours'],
      ['70%', '9 pages a week'],
    ],
  );
  assert.throws(() => run('deck', 'import', 'bad.md'), /bad\.md: line 1: .*before any story/);
});

test('deck export writes JSON or Markdown that imports back as the same library', () => {
  const { run, files } = setup();
  run('deck', 'import', 'stories.md');
  assert.equal(run('deck', 'export', '--format', 'md', '--output', 'out.md'), 'wrote out.md\n');
  const json = run('deck', 'export');
  const other = setup();
  other.files.set('out.md', files.get('out.md')!);
  assert.match(other.run('deck', 'import', 'out.md'), /added 2 question\(s\), 0 follow-up\(s\), 3 story/);
  assert.equal(other.run('deck', 'export'), json);
});
