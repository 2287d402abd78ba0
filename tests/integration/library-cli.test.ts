// The library commands as a user runs them: the built dist/cli.js in a child process, against a fresh home.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const stories = path.join(repo, 'tests', 'unit', 'library', 'fixtures', 'star-stories.md');

function home(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-library-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function run(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VOICEDRILL_HOME: dir },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('questions list --json: the starter deck, each question with its text, mode and follow-ups', (t) => {
  const dir = home(t);
  const listed = run(dir, 'questions', 'list', '--json');
  assert.equal(listed.status, 0, listed.stderr);
  const questions = JSON.parse(listed.stdout) as { text: string; mode: string; followUps: { text: string }[] }[];
  assert.ok(questions.length >= 40);
  assert.ok(
    questions.every(
      (question) => typeof question.text === 'string' && question.mode !== undefined && question.followUps.length >= 1,
    ),
  );
});

test('deck import --dry-run changes nothing, import adds, a bad deck is refused naming its line and changes nothing', (t) => {
  const dir = home(t);
  const dry = run(dir, 'deck', 'import', stories, '--dry-run');
  assert.equal(dry.status, 0, dry.stderr);
  assert.match(dry.stdout, /would add 2 question\(s\), 0 follow-up\(s\), 3 story\(ies\)/);
  assert.deepEqual(JSON.parse(run(dir, 'stories', 'list', '--json').stdout), []);
  assert.equal(run(dir, 'deck', 'import', stories).status, 0);
  const before = run(dir, 'deck', 'export').stdout;
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, '{\n  "questions": [\n    {"text": "Why?", "mode": "nope"}\n  ]\n}\n');
  const refused = run(dir, 'deck', 'import', bad);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /bad\.json: line 3: question 1 \("Why\?"\), mode/);
  assert.equal(run(dir, 'deck', 'export').stdout, before, 'the library is unchanged');
  const listed = JSON.parse(run(dir, 'stories', 'list', '--json').stdout) as { title: string }[];
  assert.equal(listed.length, 3);
});

test('deck export --format md writes Markdown that another library imports to the same deck', (t) => {
  const dir = home(t);
  run(dir, 'deck', 'import', stories);
  const file = path.join(dir, 'out.md');
  assert.equal(run(dir, 'deck', 'export', '--format', 'md', '--output', file).status, 0);
  assert.match(readFileSync(file, 'utf8'), /^## Questions/m);
  const other = home(t);
  // The other library starts from the same starter deck, so only the stories and two questions are new.
  assert.match(run(other, 'deck', 'import', file).stdout, /added 2 question\(s\), 0 follow-up\(s\), 3 story/);
  assert.equal(run(other, 'deck', 'export').stdout, run(dir, 'deck', 'export').stdout);
  const usage = run(dir, 'deck', 'export', '--format', 'xml');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--format must be json or md/);
});
