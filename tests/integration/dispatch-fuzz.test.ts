// The IPC boundary under hostile input: every call of the contract table is validated before its handler
// runs, and 10,000 calls of random shapes against the real services leave the process up, return only
// clean `{ code, message }` errors, and do not leak file descriptors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CALL_NAMES, type CallName } from '../../common/contract';
import { ERROR_CODES } from '../../common/errors';
import { createHandlers, dispatch, type Handlers } from '../../electron/main/handlers';
import { decodeOggOpusAsync } from '../../native/audio/decode-off-thread';
import { encodeOggOpus } from '../../native/audio/ogg-opus';
import { openApp } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';

/** A valid argument list for each call, which the fuzzer mutates. */
const VALID: Record<CallName, unknown[]> = {
  listQuestions: [],
  addQuestion: [{ text: 'Why this team?', kind: 'question' }],
  listAttempts: [1],
  getAttempt: [1],
  getRecording: [1],
  deleteAttempt: [1],
  startRecording: [{ questionId: 1, target: { minSec: 60, maxSec: 90 } }],
  appendRecording: [{ recordingId: 'r', seq: 0, samples: new Float32Array(4000) }],
  stopRecording: [{ recordingId: 'r' }],
  discardRecording: [{ recordingId: 'r' }],
  getSettings: [],
  updateSettings: [{ fillerWords: ['um'], liveView: true }],
  getModelStatus: [],
  chooseModelFile: [],
  listModels: [],
  downloadModel: ['no-such-model', { allowUnverified: false }],
  cancelModelDownload: ['no-such-model'],
  deleteModel: ['no-such-model'],
  useModel: ['no-such-model'],
  correctTranscript: [{ attemptId: 1, text: 'corrected words' }],
  revertTranscript: [1],
  partialDownloads: [],
  removePartialDownloads: [],
  retryAttempt: [1],
  revealLog: [],
  rendererReady: [],
  progressHistory: [{ questionId: 1, drillLength: 'full' }, 5],
  compareAttempts: [1, 2],
  progressDashboard: [],
  searchTranscripts: ['retries'],
  progressCalibration: [{ questionId: null, drillLength: 'elevator' }],
  predictAttempt: [1, { durationSec: 70, fillerCount: 2, inWindowChance: 0.6, overall: 4 }],
  exportData: [{ kind: 'attempts-csv', questionId: null, attemptId: null }],
  backupLibrary: [],
  inspectBackup: [],
  restoreLibrary: [{ token: '00000000-0000-4000-8000-000000000000' }],
  cancelRestore: [{ token: '00000000-0000-4000-8000-000000000000' }],
  eraseLibrary: [{ confirm: 'DELETE' }],
  retranscribePreview: [{ kind: 'otherModels' }],
  retranscribe: [{ kind: 'attempts', attemptIds: [1] }],
  cancelRetranscribe: ['run'],
  dismissRetranscribeFailure: [1],
  listLibrary: [{ search: 'time' }],
  createLibraryQuestion: [{ text: 'Why this team?', tags: ['motivation'] }],
  updateLibraryQuestion: [{ id: 1, patch: { mode: 'pitch' } }],
  archiveLibraryQuestion: [{ id: 1, archived: false }],
  rememberQuestionLength: [{ questionId: 1, length: 'elevator', window: null }],
  listStories: [{}],
  createStory: [{ title: 'Checkout latency', keyNumbers: ['40%'] }],
  updateStory: [{ id: 1, patch: { title: 'Checkout' } }],
  archiveStory: [{ id: 1, archived: false }],
  getStoryPage: [1],
  getTwist: [{ attemptId: 1 }],
  linkAttempt: [{ attemptId: 1 }],
  setAttemptNote: [{ attemptId: 1, note: 'Lead with the number.' }],
  getAttemptNumbers: [1],
  listAttemptLinks: [1],
  startDrillSession: [{ kind: 'drill', order: 'shuffled', count: 3, chime: true, autoStop: false, twists: true }],
  endDrillSession: [1],
  getSessionSummary: [1],
  previewDeckImport: [{ fileName: 'deck.md', text: '## Questions\n- Why here?\n' }],
  importDeck: [{ fileName: 'deck.json', text: '{"questions": [{"text": "Why here?", "mode": "motivation"}]}' }],
  exportDeck: [{ format: 'markdown' }],
};

test('every call of the table is validated before its handler runs', async () => {
  const reached: string[] = [];
  const spies = Object.fromEntries(CALL_NAMES.map((name) => [name, () => void reached.push(name)])) as unknown as Handlers;
  for (const name of CALL_NAMES) {
    const wrongShapes: unknown[] = [
      'not a list',
      [...VALID[name], 'one too many'],
      VALID[name].length > 0 ? [] : [1],
      VALID[name].length > 0
        ? VALID[name].map((value) => (typeof value === 'object' && value !== null ? { ...value, constructor: 1 } : { value }))
        : [{}],
    ];
    for (const args of wrongShapes) {
      const outcome = await dispatch(spies, name, args);
      assert.equal(outcome.ok, false, `${name} accepted ${String(args)}`);
      if (!outcome.ok) {
        assert.equal(outcome.error.code, 'invalid-argument');
        assert.match(outcome.error.message, new RegExp(`invalid arguments to ${name}`));
      }
    }
    const valid = await dispatch(spies, name, VALID[name]);
    assert.equal(valid.ok, true, `${name}: ${JSON.stringify(valid)}`);
  }
  assert.deepEqual(reached, CALL_NAMES, 'only the valid calls reached a handler, one per call');
});

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'text',
  'kind',
  'questionId',
  'target',
  'minSec',
  'maxSec',
  'recordingId',
  'seq',
  'samples',
  'attemptId',
  'fillerWords',
  'modelPath',
  'liveView',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
const NUMBERS = [0, 1, 2, 3, -1, 0.5, 2 ** 53, 2 ** 64, 1e308, -1e308, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, -0];
const STRINGS = [
  '',
  '   ',
  'x',
  'question',
  'story',
  '__proto__',
  'constructor',
  'a'.repeat(100_001),
  '\u0000',
  '𝄞 ünïcode',
  '1',
];

function junk(random: () => number, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  switch (Math.floor(random() * (depth > 2 ? 6 : 9))) {
    case 0:
      return pick(NUMBERS);
    case 1:
      return pick(STRINGS);
    case 2:
      return pick([true, false, null, undefined]);
    case 3: {
      const length = pick([0, 1, 3, 4000, 80_001]);
      const samples = new Float32Array(length);
      if (length > 0 && random() < 0.3) samples[0] = Number.NaN;
      return samples;
    }
    case 4:
      return pick([new Uint8Array(3), new Float64Array(2), new Date(0), new Map()]);
    case 5:
      return JSON.parse('{"__proto__":{"polluted":true},"text":"x","kind":"question"}');
    case 6:
      return Array.from({ length: Math.floor(random() * 4) }, () => junk(random, depth + 1));
    default: {
      const object: Record<string, unknown> = random() < 0.2 ? Object.create(null) : {};
      for (let i = Math.floor(random() * 4); i > 0; i--) object[pick(KEYS)] = junk(random, depth + 1);
      return object;
    }
  }
}

/** A valid argument list with one thing changed: a leaf replaced, a key added or removed, an argument added. */
function mutate(random: () => number, value: unknown): unknown {
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value))) {
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
      ? [...value]
      : { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const roll = random();
    if (keys.length === 0 || roll < 0.15) {
      (copy as Record<string, unknown>)[KEYS[Math.floor(random() * KEYS.length)]!] = junk(random);
    } else if (roll < 0.25) {
      delete (copy as Record<string, unknown>)[keys[Math.floor(random() * keys.length)]!];
    } else {
      const key = keys[Math.floor(random() * keys.length)]!;
      (copy as Record<string, unknown>)[key] = mutate(random, (copy as Record<string, unknown>)[key]);
    }
    return copy;
  }
  return junk(random);
}

const openFds = (): number => readdirSync('/proc/self/fd').length;

test(
  '10,000 random calls: the process stays up, errors are clean, file descriptors stay flat',
  { timeout: 600_000 },
  async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-fuzz-'));
    const app = await openApp({
      paths: resolveDataPaths(home, {}),
      emit: () => undefined,
      pickModelFile: async () => null,
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const handlers = createHandlers(app);
      const random = prng(0x5eed);
      // The Opus decoder's one long-lived worker thread (its own event loop: a few descriptors) is started
      // before the baseline; what must stay flat is everything per call.
      await decodeOggOpusAsync(encodeOggOpus(new Float32Array(1600)));
      const fdsBefore = openFds();
      let fdsMax = fdsBefore;
      const live = new Set<string>();
      const codes = new Map<string, number>();
      let succeeded = 0;
      for (let i = 0; i < 10_000; i++) {
        const roll = random();
        const name: unknown =
          roll < 0.05
            ? junk(random)
            : roll < 0.08
              ? ['constructor', '__proto__', 'toString', 'hasOwnProperty'][i % 4]
              : CALL_NAMES[Math.floor(random() * CALL_NAMES.length)];
        const valid = typeof name === 'string' && Object.hasOwn(VALID, name) ? VALID[name as CallName] : [];
        const recordingId = [...live][0];
        const template = recordingId ? JSON.parse(JSON.stringify(valid).replaceAll('"r"', JSON.stringify(recordingId))) : valid;
        // Keep the samples a real Float32Array in the template: JSON above turned it into an object.
        if (name === 'appendRecording') (template as { samples: unknown }[])[0]!.samples = new Float32Array(400);
        const args = random() < 0.1 ? junk(random) : random() < 0.2 ? template : mutate(random, template);
        const outcome = await dispatch(handlers, name, args);
        if (outcome.ok) {
          succeeded++;
          const started = outcome.value as { recordingId?: unknown } | undefined;
          if (name === 'startRecording' && typeof started?.recordingId === 'string') live.add(started.recordingId);
          if ((name === 'stopRecording' || name === 'discardRecording') && recordingId) live.delete(recordingId);
        } else {
          assert.deepEqual(Object.keys(outcome.error).sort(), ['code', 'message']);
          assert.ok((ERROR_CODES as readonly string[]).includes(outcome.error.code), outcome.error.code);
          assert.notEqual(
            outcome.error.code,
            'internal',
            `call ${i} (${typeof name === 'string' ? name : typeof name}): ${outcome.error.message}`,
          );
          assert.ok(outcome.error.message.length > 0 && outcome.error.message.length < 2000, outcome.error.message.slice(0, 200));
          codes.set(outcome.error.code, (codes.get(outcome.error.code) ?? 0) + 1);
          // A recording that ended (nothing recorded) is no longer live.
          if (name === 'stopRecording' && outcome.error.code === 'nothing-recorded' && recordingId) live.delete(recordingId);
        }
        if (i % 500 === 0) fdsMax = Math.max(fdsMax, openFds());
      }
      for (const recordingId of live) await dispatch(handlers, 'discardRecording', [{ recordingId }]);
      await app.idle();
      assert.ok(succeeded > 500, `some calls were valid and served (${succeeded})`);
      assert.ok((codes.get('invalid-argument') ?? 0) > 5000, JSON.stringify([...codes]));
      assert.ok(fdsMax <= fdsBefore + 4, `file descriptors peaked at ${fdsMax} (from ${fdsBefore})`);
      assert.ok(openFds() <= fdsBefore + 2, `file descriptors ${openFds()} after, ${fdsBefore} before`);
      assert.deepEqual(unhandled, []);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is untouched');
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await app.close();
      await rm(home, { recursive: true, force: true });
    }
  },
);
