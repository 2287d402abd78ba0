// An interview answer spoken by espeak-ng with known sentences and pauses, and a TEST DOUBLE transcriber
// that "hears" exactly the words of the sentences inside each clip it is given. The double is for
// checking how stretches are cut, offset and stitched; it is never a transcription.

import { readFileSync } from 'node:fs';
import type { TimedWord } from '../../../common/report';
import { decodeWav } from '../../../native/audio/wav';
import type { DecodeOptions } from '../../../native/transcriber/params';
import type { StretchTranscriber } from '../../../native/transcriber/streaming';
import type { TranscriptResult } from '../../../native/transcriber/types';
import { speechWav, type Segment } from '../../utils/speech';

const RATE = 16000;
/** Louder than this counts as sound when finding where a sentence is audible (about -50 dBFS). */
const AUDIBLE = 0.003;

/** One clause per sentence (espeak pauses at commas), with pauses of 0.25–1.5 s between them. */
export const ANSWER: Segment[] = [
  { say: 'In my last role I owned the checkout service' },
  { silence: 0.6 },
  { say: 'Um the error rate was climbing every week' },
  { silence: 0.3 },
  { say: 'and customers were abandoning their carts' },
  { silence: 1.2 },
  { say: 'I set up tracing for every payment call' },
  { silence: 0.5 },
  { say: 'I found two retry storms' },
  { silence: 0.25 },
  { say: 'and I fixed both of them myself' },
  { silence: 0.8 },
  { say: 'We cut the error rate by forty percent' },
  { silence: 1.5 },
  { say: 'In hindsight I would have measured it sooner' },
  { silence: 0.7 },
];

export interface Sentence {
  text: string;
  /** Where the sentence is audible, in seconds (espeak pads each file with a little silence). */
  start: number;
  end: number;
}

export interface SpokenAnswer {
  samples: Float32Array;
  sentences: Sentence[];
}

export function spokenAnswer(segments: Segment[] = ANSWER): SpokenAnswer {
  const file = speechWav(segments);
  const samples = decodeWav(new Uint8Array(readFileSync(file.path))).samples;
  const sentences: Sentence[] = [];
  segments.forEach((segment, i) => {
    const span = file.spans[i];
    if (!('say' in segment) || span === undefined) return;
    const from = Math.round(span.start * RATE);
    const to = Math.round(span.end * RATE);
    let first = to;
    let last = from;
    for (let s = from; s < to; s++) {
      if (Math.abs(samples[s]!) > AUDIBLE) {
        first = Math.min(first, s);
        last = s + 1;
      }
    }
    sentences.push({ text: segment.say, start: first / RATE, end: last / RATE });
  });
  return { samples, sentences };
}

/** The sentences' words spread evenly over where each is audible, with a probability per word to trace. */
export function knownWords(sentences: readonly Sentence[]): TimedWord[] {
  return sentences.flatMap((sentence, s) => {
    const texts = sentence.text.split(' ');
    const step = (sentence.end - sentence.start) / texts.length;
    return texts.map((text, i) => ({
      text,
      start: sentence.start + i * step,
      end: sentence.start + (i + 0.8) * step,
      probability: 0.5 + ((s + i) % 5) / 10,
    }));
  });
}

/** Where a clip lies in the recording, found from its first sound (clips start in silence, so not from sample 0). */
function locate(recording: Float32Array, clip: Float32Array): number {
  const firstSound = clip.findIndex((sample) => sample !== 0);
  if (firstSound < 0) throw new Error('the test double was given a silent clip');
  const probe = Math.min(64, clip.length - firstSound);
  for (let at = firstSound; at + clip.length - firstSound <= recording.length + firstSound; at++) {
    let same = true;
    for (let k = 0; k < probe && same; k++) same = recording[at + k] === clip[firstSound + k];
    if (same) return at - firstSound;
  }
  throw new Error('the test double was given a clip that is not part of the recording');
}

export interface DoubleCall {
  /** Seconds in the recording. */
  start: number;
  end: number;
  durationSec: number;
  options: DecodeOptions;
}

/**
 * TEST DOUBLE, not a transcriber: returns the known words that overlap the clip it is given, with times
 * relative to the clip and not clamped to it (a word cut by the clip's edge sticks out), and records
 * every call.
 */
export class KnownWordsTranscriber implements StretchTranscriber {
  readonly calls: DoubleCall[] = [];

  constructor(
    private readonly recording: Float32Array,
    private readonly words: readonly TimedWord[],
  ) {}

  async transcribe(pcm: Float32Array, options: DecodeOptions): Promise<TranscriptResult> {
    const start = locate(this.recording, pcm) / RATE;
    const durationSec = pcm.length / RATE;
    const end = start + durationSec;
    this.calls.push({ start, end, durationSec, options });
    const heard = this.words
      .filter((word) => word.end > start && word.start < end)
      .map((word) => ({ ...word, start: word.start - start, end: word.end - start }));
    return { words: heard, text: heard.map((word) => word.text).join(' '), model: 'known-words-double', elapsedMs: 1 };
  }
}
