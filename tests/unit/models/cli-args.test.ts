import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../../native/cli/args';

const sha256 = 'A'.repeat(64);

test('models subcommands parse into commands', () => {
  assert.deepEqual(parseArgs(['models', 'list']), { kind: 'models-list' });
  assert.deepEqual(parseArgs(['models', 'add', 'base.en']), {
    kind: 'models-add',
    source: 'base.en',
    sha256: null,
    sha1: null,
    allowUnverified: false,
  });
  assert.equal(
    (parseArgs(['models', 'add', 'base.en-q5_1', '--allow-unverified']) as { allowUnverified: boolean }).allowUnverified,
    true,
  );
  assert.deepEqual(parseArgs(['models', 'add', 'https://h.example/ggml-x.bin', '--sha256', sha256]), {
    kind: 'models-add',
    source: 'https://h.example/ggml-x.bin',
    sha256: 'a'.repeat(64),
    sha1: null,
    allowUnverified: false,
  });
  assert.deepEqual(parseArgs(['models', 'add', '--sha1', 'b'.repeat(40), 'http://h.example/x.bin']).kind, 'models-add');
  assert.deepEqual(parseArgs(['models', 'remove', 'tiny.en']), { kind: 'models-remove', name: 'tiny.en' });
  assert.deepEqual(parseArgs(['models', 'add', '--help']), { kind: 'help' });
  assert.deepEqual(parseArgs(['analyze', 'a.wav', '--model', 'base.en']), {
    kind: 'analyze',
    audio: 'a.wav',
    transcript: null,
    model: 'base.en',
    question: null,
    json: false,
  });
});

test('models usage errors are UsageErrors with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [['models'], /^models needs list, add or remove$/],
    [['models', 'install', 'x'], /^unknown models command 'install'$/],
    [['models', 'list', 'extra'], /^unexpected argument 'extra'$/],
    [['models', 'add'], /^models add needs a model name, a URL or a file$/],
    [['models', 'add', 'a', 'b'], /^unexpected argument 'b'$/],
    [['models', 'add', 'https://h/x.bin', '--sha256'], /^--sha256 needs a value$/],
    [['models', 'add', 'https://h/x.bin', '--sha256', 'abc'], /^--sha256 needs 64 hex digits$/],
    [['models', 'add', 'https://h/x.bin', '--sha1', sha256], /^--sha1 needs 40 hex digits$/],
    [['models', 'add', './ggml-x.bin', '--sha256', sha256], /^--sha256 and --sha1 apply to a URL download only$/],
    [['models', 'add', 'x', '--force'], /^unknown option '--force'$/],
    [['models', 'remove'], /^models remove needs a model name$/],
    [['models', 'remove', 'a', 'b'], /^unexpected argument 'b'$/],
  ];
  for (const [args, pattern] of cases) {
    assert.throws(
      () => parseArgs(args),
      (error: unknown) => error instanceof UsageError && pattern.test(error.message),
      args.join(' '),
    );
  }
});
