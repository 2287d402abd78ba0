import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { openApp } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import { decodeOggOpus } from '../../native/audio/ogg-opus';

const here = path.dirname(fileURLToPath(import.meta.url));

test('a recording killed mid-way is recovered at the next launch as an attempt marked recovered', async () => {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-crash-'));
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fixtures/record-then-die.ts'), home, '3'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => (output += text));
    while (!output.includes('\n')) await once(child.stdout, 'data');
    const questionId = Number(/recording (\d+)/.exec(output)?.[1]);
    child.kill('SIGKILL');
    await once(child, 'exit');

    const notices: string[] = [];
    const core = await openApp({
      paths: resolveDataPaths(home, {}),
      emit: (name, payload) => {
        if (name === 'notice') notices.push((payload as { message: string }).message);
      },
      pickModelFile: async () => null,
    });
    try {
      // Recovery runs after start-up, in the background.
      await core.idle();
      const [attempt, ...others] = core.library.listAttempts(questionId);
      assert.equal(others.length, 0);
      assert.ok(attempt);
      assert.equal(attempt.recovered, true);
      assert.ok(Math.abs((attempt.durationSec ?? 0) - 3) < 0.01, `recovered ${attempt.durationSec} s of 3 s`);
      const audio = decodeOggOpus(core.library.getRecording(attempt.id).bytes);
      assert.equal(audio.length, 48000);
      assert.match(notices.join('\n'), /Recovered an interrupted recording \(3\.0 s\)/);
    } finally {
      await core.close();
    }
    const again = await openApp({
      paths: resolveDataPaths(home, {}),
      emit: () => undefined,
      pickModelFile: async () => null,
    });
    await again.idle();
    assert.equal(again.library.listAttempts(questionId).length, 1, 'the journal is recovered once, not at every launch');
    await again.close();
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});
