// Issue 9: "recovered recordings: their notice is sent before any window exists, so it is never seen;
// recovering a 60-minute journal blocks start-up", and the log file the Settings dialog opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EventName } from '../../common/contract';
import { createHandlers, dispatch } from '../../electron/main/handlers';
import { openApp, type AppOptions } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import { speechLike } from '../utils/audio-signals';

function options(home: string, extra: Partial<AppOptions> = {}): AppOptions {
  return {
    paths: resolveDataPaths(home, {}),
    emit: () => undefined,
    pickModelFile: async () => null,
    ...extra,
  };
}

test('recovery runs after start-up, and its notice waits until the renderer listens', async () => {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-launch-'));
  try {
    // A first run leaves a recording open at quit: its journal stays behind.
    const first = await openApp(options(home));
    const [question] = first.library.listQuestions();
    assert.ok(question);
    const { recordingId } = first.recordings.start({ questionId: question.id, target: { minSec: 60, maxSec: 90 } });
    first.recordings.append({ recordingId, seq: 0, samples: speechLike(3) });
    await first.close();

    const delivered: [EventName, unknown][] = [];
    const revealed: string[] = [];
    const app = await openApp(
      options(home, {
        emit: (name, payload) => void delivered.push([name, payload]),
        holdEventsUntilReady: true,
        revealFile: (file) => void revealed.push(file),
      }),
    );
    try {
      assert.equal(app.library.listAttempts(question.id).length, 0, 'openApp returns before recovery runs');
      await app.idle();
      assert.equal(app.library.listAttempts(question.id)[0]?.recovered, true);
      assert.equal(delivered.length, 0, 'nothing is sent before the renderer listens');

      const handlers = createHandlers(app);
      assert.deepEqual(await dispatch(handlers, 'rendererReady', [], app.log), { ok: true, value: undefined });
      const notices = delivered
        .filter(([name]) => name === 'notice')
        .map(([, payload]) => (payload as { message: string }).message);
      assert.match(notices.join('\n'), /Recovered an interrupted recording \(3\.0 s\)/);
      assert.ok(
        delivered.some(([name]) => name === 'attemptProgress'),
        'held progress is delivered too, in order',
      );

      // A failing call leaves its detail in the log, which revealLog shows in the file manager.
      const outcome = await dispatch(handlers, 'getAttempt', [4242], app.log);
      assert.equal(outcome.ok, false);
      assert.deepEqual(await dispatch(handlers, 'revealLog', [], app.log), { ok: true, value: undefined });
      assert.deepEqual(revealed, [path.join(home, 'voicedrill.log')]);
      const log = readFileSync(revealed[0]!, 'utf8');
      assert.match(log, /ERROR not-found \(call getAttempt\)/);
      assert.match(log, /at .*library\.ts/, 'with the stack');
      // The daily backup was made after start-up.
      assert.equal(readdirSync(path.join(home, 'backups')).filter((name) => name.includes('daily')).length, 1);
    } finally {
      await app.close();
    }
    assert.ok(existsSync(path.join(home, 'voicedrill.log')));
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});
