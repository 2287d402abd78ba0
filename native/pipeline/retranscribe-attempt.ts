// Re-transcribes one stored attempt, shared by the app's queue and `voicedrill retranscribe`: its Opus audio
// decoded, cut and transcribed stretch by stretch exactly as at Stop (StreamingTranscription), scored as at
// Stop, and stored in one transaction with the model and prompt. Nothing is written before that: a failure,
// a cancel or a crash leaves the old transcript and scores as they were.
// A correction the user made is kept: their text is re-timed to the new words, and stays what is scored.
import { alignCorrection } from '../analysis/align-correction';
import { score } from '../analysis/score';
import type { Store } from '../store/store';
import { FILLER_PROMPT } from '../transcriber/decoding';
import { StreamingTranscription, type StretchReport, type StretchTranscriber } from '../transcriber/streaming';
import { audioFacts } from './analyze';

export interface RetranscribeAttemptOptions {
  store: Store;
  transcriber: StretchTranscriber | Promise<StretchTranscriber>;
  /** The model's file name, stored as the attempt's provenance. */
  model: string;
  fillerWords: string[];
  /** Decodes the stored Opus audio (a worker thread in the app). */
  decode: (bytes: Uint8Array) => Promise<Float32Array>;
  /** After the audio is decoded: the samples, to count the stretches for progress. */
  onSamples?: (samples: Float32Array) => void;
  onStretch?: (report: StretchReport) => void;
  /** Before scoring, once the words are in. */
  onScoring?: () => void;
  /** Stops the transcription between stretches; the attempt is left as it was. */
  signal?: AbortSignal;
}

/** done: stored; cancelled: stopped by the signal; gone: deleted meanwhile, or its recording is not kept. */
export type RetranscribeOutcome = 'done' | 'cancelled' | 'gone';

export async function retranscribeAttempt(attemptId: number, options: RetranscribeAttemptOptions): Promise<RetranscribeOutcome> {
  const { store, signal } = options;
  // The model may still be loading: its failure surfaces through the stream, or nowhere when cancelled first.
  const transcriber = Promise.resolve(options.transcriber);
  transcriber.catch(() => undefined);
  const recording = store.getRecording(attemptId);
  if (!recording || !store.getAttempt(attemptId)) return 'gone';
  const samples = await options.decode(recording.bytes);
  if (signal?.aborted) return 'cancelled';
  options.onSamples?.(samples);
  const stream = new StreamingTranscription(transcriber, options.onStretch ? { onStretch: options.onStretch } : {});
  const cancel = (): void => stream.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  let words;
  try {
    stream.push(samples);
    words = await stream.finish();
  } catch (error) {
    if (signal?.aborted) return 'cancelled';
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  if (signal?.aborted) return 'cancelled';
  // Read again after the wait: the user may have corrected, reverted or deleted it meanwhile.
  const attempt = store.getAttempt(attemptId);
  if (!attempt) return 'gone';
  options.onScoring?.();
  const corrected =
    attempt.transcriptSource === 'corrected' && words.length > 0
      ? alignCorrection(words, attempt.words.map((word) => word.text.trim()).join(' '))
      : null;
  const question = store.getQuestion(attempt.questionId)?.text;
  const window = { minSec: attempt.targetMinSec, maxSec: attempt.targetMaxSec };
  const report = score(corrected ?? (attempt.transcriptSource === 'corrected' ? attempt.words : words), audioFacts(samples), {
    fillerWords: options.fillerWords,
    window,
    ...(question ? { question } : {}),
  });
  store.saveRetranscription(attemptId, { words, model: options.model, prompt: FILLER_PROMPT, corrected, report });
  return 'done';
}
