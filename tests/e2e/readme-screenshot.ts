// Makes resources/screenshot.png for the README: an espeak-ng answer recorded through the real contract
// (the same calls the renderer makes), then given its timed test transcript (there are no real Whisper
// weights on the build machines) and scored, shown in the app in Chromium.
//   npm run build && node --import tsx tests/e2e/readme-screenshot.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimedWord } from '../../common/report';
import { voicedRegions } from '../../native/audio/facts';
import { decodeWav } from '../../native/audio/wav';
import { defaultSettings } from '../../native/app/settings';
import { scoreSamples } from '../../native/pipeline/analyze';
import { openStore } from '../../native/store';
import { speechWav, type Segment } from '../utils/speech';
import { launchHarness } from './harness';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PHRASES = [
  'So, um, last year our checkout page was timing out for about one in twenty customers.',
  'I owned the fix.',
  'I traced it to a retry storm between two services, added a circuit breaker, and cut p99 latency by forty percent, to eight hundred milliseconds.',
  'In hindsight, I would have added the load test before launch.',
];
const segments: Segment[] = PHRASES.flatMap((say) => [{ say }, { silence: 0.5 }]);

/** Words spread over the voiced part of each spoken segment, in proportion to their length. */
function timedWords(samples: Float32Array, spans: { start: number; end: number }[]): TimedWord[] {
  return PHRASES.flatMap((phrase, index) => {
    const span = spans[index * 2];
    if (!span) throw new Error('segment timing missing');
    const part = samples.subarray(Math.round(span.start * 16000), Math.round(span.end * 16000));
    const regions = voicedRegions(part);
    const start = span.start + (regions[0]?.start ?? 0);
    const end = span.start + (regions.at(-1)?.end ?? span.end - span.start);
    const words = phrase.split(' ');
    const total = words.reduce((sum, word) => sum + word.length + 1, 0);
    let at = start;
    return words.map((text) => {
      const length = ((text.length + 1) / total) * (end - start);
      const word = { text, start: Number(at.toFixed(2)), end: Number((at + length * 0.9).toFixed(2)) };
      at += length;
      return word;
    });
  });
}

const speech = speechWav(segments);
const samples = decodeWav(new Uint8Array(readFileSync(speech.path))).samples;
const harness = await launchHarness({ microphoneWav: speech.path });
const { page, core, home } = harness;
try {
  const question = core.library.listQuestions()[2];
  if (!question) throw new Error('no starter questions');
  const questionId = question.id;
  const { recordingId } = core.recordings.start({ questionId, target: { minSec: 20, maxSec: 35 } });
  for (let seq = 0; seq * 4000 < samples.length; seq++) {
    core.recordings.append({ recordingId, seq, samples: samples.slice(seq * 4000, (seq + 1) * 4000) });
  }
  const { attemptId } = await core.recordings.stop({ recordingId });
  await core.idle();
  const store = openStore(path.join(home, 'voicedrill.sqlite'));
  const words = timedWords(samples, speech.spans);
  store.saveTranscript(attemptId, 'corrected', words);
  store.saveReport(
    attemptId,
    scoreSamples(samples, words, { fillerWords: defaultSettings().fillerWords, question: question.text }),
  );
  store.close();

  await page.reload();
  await page.getByTestId('question-item').nth(2).click();
  await page.getByTestId('history-row').first().click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('[data-testid="waveform"][data-status="ready"]').waitFor();
  await page.getByTestId('transcript-word').nth(30).click();
  await page.waitForTimeout(1500);
  await page.getByTestId('play-button').click();
  const out = path.join(repo, 'resources', 'screenshot.png');
  await page.screenshot({ path: out });
  console.log(`saved ${out}`);
} finally {
  await harness.close();
}
