// Live view: the words of a recording so far, with a running filler count and pace, measured with the
// same analysis the scorecard uses. Sent as each stretch is transcribed; never awaited by Stop.
import type { Events } from '../../common/contract';
import type { TimedWord } from '../../common/report';
import { detectFillers } from '../analysis/fillers';
import { tokenize } from '../analysis/normalize';
import { measurePace } from '../analysis/pace';

export class LiveWords {
  private readonly words: TimedWord[] = [];

  constructor(
    private readonly recordingId: string,
    private readonly fillerWords: readonly string[],
  ) {}

  /** Adds one stretch's words; returns the event to send. */
  add(stretchWords: readonly TimedWord[]): Events['liveWords'] {
    this.words.push(...stretchWords);
    const tokens = tokenize(this.words);
    const pace = measurePace(tokens);
    return {
      recordingId: this.recordingId,
      words: this.words.map((word) => word.text),
      fillerCount: detectFillers(tokens, this.fillerWords).length,
      wordsPerMinute: pace.speakingSec > 0 ? pace.wordsPerMinute : null,
    };
  }
}
