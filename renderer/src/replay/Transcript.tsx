// The transcript under the waveform. Each word is clickable (seek there and play); the word being spoken
// follows playback; fillers, metrics and reflections are marked.
import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import type { TimedWord } from '../../../common/report';
import type { ValueStore } from '../ui/store';
import { currentWordIndex, displayText, type WordKind } from './transcript';

interface TranscriptProps {
  words: readonly TimedWord[];
  kinds: readonly (WordKind | null)[];
  clock: ValueStore<number>;
  /** Null when there is no audio to seek in. */
  onWordClick: ((sec: number) => void) | null;
}

export function Transcript({ words, kinds, clock, onWordClick }: TranscriptProps) {
  const current = useSyncExternalStore(clock.subscribe, () => currentWordIndex(words, clock.get()));
  const box = useRef<HTMLDivElement>(null);

  // Keeps the spoken word in view by scrolling the transcript box only, never the page.
  useEffect(() => {
    const container = box.current;
    if (current === null || !container) return;
    const word = container.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (!word) return;
    // The box is position: relative, so offsetTop is measured from its top edge.
    const top = word.offsetTop;
    if (top < container.scrollTop || top + word.offsetHeight > container.scrollTop + container.clientHeight) {
      container.scrollTo({ top: Math.max(0, top - container.clientHeight / 3), behavior: 'smooth' });
    }
  }, [current]);

  return (
    <div className="transcript" ref={box} data-testid="transcript" aria-label="Transcript">
      {words.map((word, index) => (
        <Word
          key={index}
          index={index}
          word={word}
          kind={kinds[index] ?? null}
          current={index === current}
          onClick={onWordClick}
        />
      ))}
    </div>
  );
}

interface WordProps {
  index: number;
  word: TimedWord;
  kind: WordKind | null;
  current: boolean;
  onClick: ((sec: number) => void) | null;
}

const Word = memo(function Word({ index, word, kind, current, onClick }: WordProps) {
  return (
    <>
      <span
        className="word"
        data-testid="transcript-word"
        data-index={index}
        data-start={word.start.toFixed(2)}
        data-kind={kind ?? undefined}
        data-current={current ? 'true' : undefined}
        data-low-confidence={word.probability !== undefined && word.probability < 0.5 ? 'true' : undefined}
        title={onClick ? `Play from ${word.start.toFixed(1)} s` : undefined}
        onClick={onClick ? () => onClick(word.start) : undefined}
      >
        {displayText(word)}
      </span>{' '}
    </>
  );
});
