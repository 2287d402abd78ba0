// The core transcribes a recording while it is being made: stretches are transcribed before Stop, and
// Stop hands the live result to the processing queue. Real core, store, journal and whisper.cpp
// (random-weight tiny.en), espeak-ng speech fed as the renderer feeds it, in 250 ms chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Events } from '../../common/contract';
import { openApp, type App } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import type { StretchReport } from '../../native/transcriber/streaming';
import { ensureSyntheticModel, TINY_EN } from '../utils/synthetic-model';
import { speechToolsMissing } from '../utils/speech';
import { spokenAnswer } from '../unit/transcriber/spoken-answer';

const missing = speechToolsMissing();
const CHUNK = 4000;

interface Fixture {
  core: App;
  home: string;
  progress: Events['attemptProgress'][];
  stretches: Map<string, StretchReport[]>;
}

async function fixture(withModel: boolean): Promise<Fixture> {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-streaming-'));
  const progress: Events['attemptProgress'][] = [];
  const stretches = new Map<string, StretchReport[]>();
  const model = await ensureSyntheticModel(TINY_EN);
  const core = await openApp({
    paths: resolveDataPaths(home, {}),
    emit: (name, payload) => {
      if (name === 'attemptProgress') progress.push(payload as Events['attemptProgress']);
    },
    pickModelFile: async () => model,
    onStretch: (recordingId, report) => stretches.set(recordingId, [...(stretches.get(recordingId) ?? []), report]),
  });
  if (withModel) await core.models.chooseFile();
  return { core, home, progress, stretches };
}

async function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test(
  'stretches are transcribed while recording, and Stop stores and scores the live transcript',
  { skip: missing ?? false, timeout: 300_000 },
  async () => {
    const f = await fixture(true);
    try {
      const [question] = f.core.library.listQuestions();
      assert.ok(question);
      const { samples } = spokenAnswer();
      const { recordingId } = f.core.recordings.start({ questionId: question.id, target: { minSec: 20, maxSec: 35 } });
      const half = Math.floor(samples.length / 2 / CHUNK) * CHUNK;
      let seq = 0;
      for (let at = 0; at < half; at += CHUNK)
        f.core.recordings.append({ recordingId, seq: seq++, samples: samples.slice(at, at + CHUNK) });
      await until('a stretch transcribed during the recording', () =>
        (f.stretches.get(recordingId) ?? []).some((r) => r.clip !== null),
      );
      for (let at = half; at < samples.length; at += CHUNK)
        f.core.recordings.append({ recordingId, seq: seq++, samples: samples.slice(at, at + CHUNK) });
      const before = f.stretches.get(recordingId)?.length ?? 0;
      const { attemptId } = await f.core.recordings.stop({ recordingId });
      await f.core.idle();

      const reports = f.stretches.get(recordingId) ?? [];
      assert.ok(before >= 1 && reports.length > before, `${before} stretches done before Stop, ${reports.length} in all`);
      const attempt = f.core.library.getAttempt(attemptId);
      assert.equal(attempt.status, 'scored', attempt.error ?? '');
      assert.equal(attempt.model, 'synthetic-tiny.en.bin');
      assert.deepEqual(
        attempt.words,
        reports.flatMap((r) => r.words),
        'the stored transcript is the live one',
      );
      assert.equal(attempt.report?.durationSec, samples.length / 16000);
      const progress = f.progress.filter((event) => event.attemptId === attemptId);
      const stages = progress.map((event) => event.stage);
      assert.deepEqual(
        stages.filter((stage, index) => stage !== stages[index - 1]),
        ['saving', 'transcribing', 'scoring', 'done'],
      );
      // After Stop each remaining stretch is reported: the count rises to every stretch of the recording.
      const counted = progress.filter((event) => event.stage === 'transcribing');
      assert.ok(
        counted.every((event, index) => index === 0 || (event.stretchesDone ?? 0) >= (counted[index - 1]?.stretchesDone ?? 0)),
      );
      assert.equal(counted.at(-1)?.stretchesDone, reports.length);
      assert.equal(counted.at(-1)?.stretchesTotal, reports.length);
    } finally {
      await f.core.close();
      await rm(f.home, { recursive: true, force: true });
    }
  },
);

test(
  'discarding a recording cancels its live transcript; closing mid-recording keeps the journal',
  { skip: missing ?? false, timeout: 300_000 },
  async () => {
    const f = await fixture(true);
    try {
      const [question] = f.core.library.listQuestions();
      assert.ok(question);
      const { samples } = spokenAnswer();
      const first = f.core.recordings.start({ questionId: question.id, target: { minSec: 20, maxSec: 35 } });
      let seq = 0;
      for (let at = 0; at < samples.length; at += CHUNK)
        f.core.recordings.append({ recordingId: first.recordingId, seq: seq++, samples: samples.slice(at, at + CHUNK) });
      f.core.recordings.discard(first);
      await f.core.idle();
      assert.deepEqual(f.core.library.listAttempts(question.id), []);
      assert.deepEqual(readdirSync(path.join(f.home, 'journal')), []);

      const second = f.core.recordings.start({ questionId: question.id, target: { minSec: 20, maxSec: 35 } });
      f.core.recordings.append({ recordingId: second.recordingId, seq: 0, samples: samples.slice(0, CHUNK) });
    } finally {
      await f.core.close();
    }
    assert.equal(readdirSync(path.join(f.home, 'journal')).length, 1, 'the open recording stays journaled for recovery');
    await rm(f.home, { recursive: true, force: true });
  },
);
