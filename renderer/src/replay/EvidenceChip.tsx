// A clickable moment: plays the recording from where a finding's words (or sound) start.
import { momentTime, type Evidence } from './evidence';

/** Plays from a time; null while there is no audio to play (loading, or recording in progress). */
export type PlayFrom = ((sec: number) => void) | null;

interface EvidenceChipProps {
  evidence: Evidence;
  onPlay: PlayFrom;
  /** Time only: for lines whose own text already says what was heard. */
  compact?: boolean;
}

export function EvidenceChip({ evidence, onPlay, compact = false }: EvidenceChipProps) {
  const time = momentTime(evidence);
  const quote = compact ? null : evidence.quote;
  return (
    <button
      type="button"
      className="evidence"
      data-testid="evidence"
      data-start={evidence.start.toFixed(2)}
      title={evidence.quote ? `${evidence.quote} — play from ${time}` : `Play from ${time}`}
      disabled={!onPlay}
      onClick={() => onPlay?.(evidence.start)}
    >
      <span className="evidence-play" aria-hidden="true" />
      {/* The name starts with what the button does; the visible time and quote follow, as WCAG 2.5.3 asks. */}
      <span className="visually-hidden">Play from </span>
      <span className="evidence-time">{time}</span>
      {quote ? <span className="evidence-quote">{quote}</span> : null}
      {!quote && evidence.quote ? <span className="visually-hidden">: {evidence.quote}</span> : null}
    </button>
  );
}
