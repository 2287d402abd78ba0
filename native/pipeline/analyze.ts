// The one pipeline from audio to report, shared by the app and the CLI:
// samples → (transcriber | given words) → analysis → report.
import type { AnalysisOptions, AudioFacts, Report, TimedWord, TimeSpan } from '../../common/report';
import { score } from '../analysis/score';
import { SAMPLE_RATE } from '../audio/format';
import { steadyVoiced, voicedForAnalysis } from '../audio/vocalized';
import { transcribeBatch } from '../transcriber/streaming';
import type { Transcriber } from '../transcriber/transcriber';

export interface Transcript {
  words: TimedWord[];
  /** The model that produced the words; null for a transcript given by the user. */
  model: string | null;
}

/** A whole recording, cut and transcribed exactly as the app transcribes one live (same stretches, prompt, guards). */
export async function transcribe(transcriber: Transcriber, samples: Float32Array, model: string): Promise<Transcript> {
  return { words: await transcribeBatch(transcriber, samples), model };
}

/**
 * Scores are a pure function of the audio facts and the timed words, so they can be recomputed at will
 * (after a transcript correction, say) from the stored audio.
 */
export function scoreSamples(samples: Float32Array, words: TimedWord[], options: AnalysisOptions): Report {
  return score(words, audioFacts(samples), options);
}

/** What analysis needs from the samples: length, where there is sound, and where a sound is held steady. */
export function audioFacts(samples: Float32Array, steady: TimeSpan[] = steadyVoiced(samples)): AudioFacts {
  // `steady` comes from the live tracker when the recording was analysed as it was made.
  return { durationSec: samples.length / SAMPLE_RATE, voiced: voicedForAnalysis(samples), steady };
}
