// Reads the CLI's words.json: {"words":[{"text":"…","start":1.23,"end":1.51,"probability":0.9}]}.
// Every problem is a 'transcript-invalid' AppError naming the word, so the CLI prints one line.

import { AppError } from '../../common/errors';
import { checkWords } from './input-checks';
import type { TimedWord } from '../../common/report';

/** Word times may run this far past the audio's end: Whisper's last timestamp often overshoots a little. */
export const WORD_TIME_TOLERANCE_SEC = 0.5;

function invalid(message: string, cause?: unknown): AppError {
  return new AppError('transcript-invalid', message, cause === undefined ? undefined : { cause });
}

/**
 * Word times must lie within the audio: a word ending at 1e308 s would make every per-second
 * measure allocate without bound. Returns the words unchanged.
 */
export function checkWordTimes(words: readonly TimedWord[], audioDurationSec: number, source: string): readonly TimedWord[] {
  const limit = audioDurationSec + WORD_TIME_TOLERANCE_SEC;
  words.forEach((word, index) => {
    if (!Number.isFinite(word.start) || !Number.isFinite(word.end)) {
      throw invalid(`${source}: word ${index + 1} ('${word.text}') has a time that is not a finite number`);
    }
    if (word.end > limit) {
      throw invalid(
        `${source}: word ${index + 1} ('${word.text}') ends at ${word.end} s, after the audio ends (${audioDurationSec.toFixed(2)} s)`,
      );
    }
  });
  return words;
}

export function parseWordsJson(text: string, audioDurationSec: number): TimedWord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid('words.json: not valid JSON', error);
  }
  if (typeof data !== 'object' || data === null || !('words' in data) || !Array.isArray(data.words)) {
    throw invalid("words.json: expected an object with a 'words' list");
  }
  let words: TimedWord[];
  try {
    words = checkWords(data.words, 'words.json');
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error), error);
  }
  checkWordTimes(words, audioDurationSec, 'words.json');
  return words;
}
