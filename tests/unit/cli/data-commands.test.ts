// The arguments of backup, restore and delete-everything: what each accepts and the sentence each refusal gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../../../native/cli/args';
import { describeCounts, parseDataCommand } from '../../../native/cli/data-commands';

const refused = (argv: string[], pattern: RegExp) =>
  assert.throws(
    () => parseDataCommand(argv),
    (error: unknown) => error instanceof UsageError && pattern.test(error.message),
  );

test('each command takes its file and flags', () => {
  assert.deepEqual(parseDataCommand(['backup', 'lib.sqlite']), { kind: 'backup', file: 'lib.sqlite' });
  assert.deepEqual(parseDataCommand(['restore', 'lib.sqlite']), { kind: 'restore', file: 'lib.sqlite', yes: false });
  assert.deepEqual(parseDataCommand(['restore', '--yes', 'lib.sqlite']), { kind: 'restore', file: 'lib.sqlite', yes: true });
  assert.deepEqual(parseDataCommand(['delete-everything', '-y']), { kind: 'delete-everything', yes: true });
});

test('a missing file, a stray argument or an unknown flag is a usage error that says what to do', () => {
  refused(['backup'], /backup needs exactly one file/);
  refused(['restore', 'a.sqlite', 'b.sqlite'], /restore needs exactly one file/);
  refused(['backup', 'a.sqlite', '--yes'], /never replaces the library/);
  refused(['restore', 'a.sqlite', '--force'], /Unknown option '--force'/);
  refused(['delete-everything'], /cannot be undone; add --yes/);
  refused(['delete-everything', 'now', '--yes'], /unexpected argument 'now'/);
});

test('counts read as a sentence', () => {
  assert.equal(
    describeCounts({ questions: 1, stories: 2, attempts: 13, audioBytes: 2_500_000 }),
    '1 question, 2 stories, 13 attempts (2.5 MB of audio)',
  );
});
