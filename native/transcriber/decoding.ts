// What goes to Whisper for one stretch: its voiced part with a little margin, and the decoding settings
// every stretch shares.

import type { Region } from '../audio/facts';
import { audioCtxFor, WHISPER_SAMPLE_RATE, type DecodeOptions } from './params';

/**
 * Whisper continues the style of the text it is told came before. Its training transcripts are mostly
 * cleaned of disfluencies, so unprompted it drops "um" and "uh"; a prompt that is itself a run of
 * fillers makes it write them as said. The fillers are the ones the analysis counts, spelled as Whisper
 * spells them, with "so", "like" and "you know" set off by commas as they are when used as fillers.
 * It is short because it is decoded before every stretch, and holds no content words (names, numbers,
 * "I'm", "we") that Whisper could copy into a stretch with a weak onset: a copied "I'm" would inflate
 * the ownership count. Its closing period makes the speaker's first word start a sentence.
 */
export const FILLER_PROMPT = 'Um, uh, so, like, you know, hmm.';

/** Fast speech is about 4.5 words (6 tokens) a second, plus timestamp tokens; a decode far past that is a loop. */
const TOKENS_PER_SEC = 8;
const TOKEN_MARGIN = 16;
/** whisper.cpp's own cap: half the 448-token text context, less the prompt's special tokens. */
const MAX_TOKENS = 220;

/** Tokens one decoder pass may produce for a clip of this length: room for fast speech, not for a loop. */
export function maxTokensFor(durationSec: number): number {
  return Math.min(MAX_TOKENS, Math.ceil(durationSec * TOKENS_PER_SEC) + TOKEN_MARGIN);
}

export function stretchOptions(durationSec: number): DecodeOptions {
  return { audioCtx: audioCtxFor(durationSec), maxTokens: maxTokensFor(durationSec), initialPrompt: FILLER_PROMPT };
}

/**
 * Silence kept around the voiced part: an energy detector misses a word's soft edges (breathy onsets,
 * trailing fricatives), and Whisper places the first word better with a little lead-in.
 */
export const VOICE_MARGIN_SEC = 0.25;

export interface Clip {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  pcm: Float32Array;
  options: DecodeOptions;
}

/**
 * The part of a stretch to transcribe: from its first voiced region to its last, with VOICE_MARGIN_SEC
 * either side, inside the stretch. Null when nothing in it is voiced: silence is never sent to Whisper,
 * which would invent text for it. Trimming silence also shrinks the encoder's work, which follows the
 * clip's length.
 */
export function clipOf(stretch: { start: number; samples: Float32Array; voiced: readonly Region[] }): Clip | null {
  const first = stretch.voiced[0];
  const last = stretch.voiced[stretch.voiced.length - 1];
  if (first === undefined || last === undefined) return null;
  const from = Math.max(0, Math.floor((first.start - VOICE_MARGIN_SEC - stretch.start) * WHISPER_SAMPLE_RATE));
  const to = Math.min(stretch.samples.length, Math.ceil((last.end + VOICE_MARGIN_SEC - stretch.start) * WHISPER_SAMPLE_RATE));
  const pcm = stretch.samples.subarray(from, to);
  return {
    start: stretch.start + from / WHISPER_SAMPLE_RATE,
    end: stretch.start + to / WHISPER_SAMPLE_RATE,
    pcm,
    options: stretchOptions(pcm.length / WHISPER_SAMPLE_RATE),
  };
}
