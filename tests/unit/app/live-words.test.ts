// Issue 9, live view: the words of each stretch appear as it is transcribed, with a running filler count
// and pace; only when the setting is on, and never after Stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Events } from '../../../common/contract';
import { LibraryService } from '../../../native/app/library';
import { Pipeline } from '../../../native/app/pipeline';
import { RecordingsService } from '../../../native/app/recordings';
import type { TranscriberHost } from '../../../native/app/transcription';
import type { StretchTranscriber } from '../../../native/transcriber/streaming';
import { concatSignals, speechLike, tempDir } from '../../utils/audio-signals';
import { ensureSyntheticModel } from '../../utils/synthetic-model';
import { eventRecorder, memoryStore } from './fixtures';

/** A stand-in for whisper.cpp: "um so we shipped" for every stretch. */
const host = (() => {
  const transcriber: StretchTranscriber = {
    async transcribe(pcm) {
      const end = pcm.length / 16000;
      const words = ['um', 'so', 'we', 'shipped'].map((text, i) => ({ text, start: (i * end) / 4, end: ((i + 1) * end) / 4 }));
      return { words, text: words.map((w) => w.text).join(' '), model: 'stand-in', elapsedMs: 5 };
    },
  };
  return {
    forModel: async () => transcriber,
    forCheckedModel: async () => transcriber,
    close: async () => undefined,
  } as unknown as TranscriberHost;
})();

async function record(t: Parameters<typeof memoryStore>[0], liveView: boolean): Promise<Events['liveWords'][]> {
  const { store, settings, questionId } = memoryStore(t);
  settings.setModelPath(await ensureSyntheticModel());
  settings.update({ liveView });
  const { emit, events } = eventRecorder();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const library = new LibraryService(store, settings);
  let stretches = 0;
  const onStretch = () => void stretches++;
  const recordings = new RecordingsService({
    store,
    settings,
    library,
    pipeline,
    host,
    journalDir: path.join(tempDir(t), 'journal'),
    emit,
    onStretch,
  });
  const { recordingId } = recordings.start({ questionId, target: { minSec: 60, maxSec: 90 } });
  const pause = new Float32Array(16000 * 2);
  const samples = concatSignals(speechLike(4), pause, speechLike(4), pause, speechLike(4), pause);
  for (let seq = 0; seq * 4000 < samples.length; seq++)
    recordings.append({ recordingId, seq, samples: samples.slice(seq * 4000, (seq + 1) * 4000) });
  const live = () => events.filter((event) => event.name === 'liveWords').map((event) => event.payload as Events['liveWords']);
  // Stretches closed by a pause are transcribed while recording goes on.
  while (stretches < 2) await new Promise((resolve) => setImmediate(resolve));
  await recordings.stop({ recordingId });
  await pipeline.idle();
  return live();
}

test('with live view on, each stretch sends the words so far with a running filler count and pace', async (t) => {
  const live = await record(t, true);
  assert.ok(live.length >= 2);
  assert.deepEqual(live[0]?.words, ['um', 'so', 'we', 'shipped']);
  assert.deepEqual(live[1]?.words.length, 8, 'the words accumulate');
  assert.ok((live[1]?.fillerCount ?? 0) > (live[0]?.fillerCount ?? 0), 'the filler count runs');
  assert.ok((live[1]?.wordsPerMinute ?? 0) > 0);
});

test('with live view off, no live words are sent', async (t) => {
  assert.deepEqual(await record(t, false), []);
});
