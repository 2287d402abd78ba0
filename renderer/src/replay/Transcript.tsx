// The transcript under the waveform. Each word is clickable (seek there and play); the word being spoken
// follows playback; fillers, metrics and reflections are marked. From the keyboard the transcript is one tab
// stop (roving tabindex): arrow keys, Home and End move between words, Enter or Space plays from the word.
import { memo, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
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
  const [focusIndex, setFocusIndex] = useState(0);
  const tabStop = Math.min(focusIndex, Math.max(0, words.length - 1));

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>): void => {
    const from = Number((event.target as HTMLElement).dataset.index ?? tabStop);
    const to =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? from + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? from - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? words.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(words.length - 1, to));
    setFocusIndex(index);
    box.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  };

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
    <div
      className="transcript"
      ref={box}
      data-testid="transcript"
      role="group"
      aria-label={onWordClick ? 'Transcript: arrow keys move between words, Enter plays from a word' : 'Transcript'}
      onKeyDown={onWordClick ? moveFocus : undefined}
    >
      {words.map((word, index) => (
        <Word
          key={index}
          index={index}
          word={word}
          kind={kinds[index] ?? null}
          current={index === current}
          tabStop={index === tabStop}
          onClick={onWordClick}
          onFocusWord={setFocusIndex}
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
  /** The one word the Tab key reaches. */
  tabStop: boolean;
  onClick: ((sec: number) => void) | null;
  onFocusWord: (index: number) => void;
}

const Word = memo(function Word({ index, word, kind, current, tabStop, onClick, onFocusWord }: WordProps) {
  const play = onClick ? () => onClick(word.start) : undefined;
  return (
    <>
      <span
        className="word"
        role={play ? 'button' : undefined}
        tabIndex={play ? (tabStop ? 0 : -1) : undefined}
        data-testid="transcript-word"
        data-index={index}
        data-start={word.start.toFixed(2)}
        data-kind={kind ?? undefined}
        data-current={current ? 'true' : undefined}
        data-low-confidence={word.probability !== undefined && word.probability < 0.5 ? 'true' : undefined}
        title={onClick ? `Play from ${word.start.toFixed(1)} s` : undefined}
        onClick={play}
        onFocus={play ? () => onFocusWord(index) : undefined}
        onKeyDown={
          play
            ? (event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                play();
              }
            : undefined
        }
      >
        {displayText(word)}
      </span>{' '}
    </>
  );
});
