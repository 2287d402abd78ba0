// The answer's STAR sections as a bar under the waveform, lined up with it: each section where it was said,
// as long as it lasted, coloured by kind; a click plays it. The caption reads the story verdict, so it says
// what the tiles and the summary say; a design or product answer is not told it lacks a story.
import type { Report, Verdict } from '../../../common/report';
import { formatSeconds } from '../format/time';
import type { PlayFrom } from './EvidenceChip';
import { missingText, STAR_NAMES, starBlocks } from './evidence';

interface StarBarProps {
  /** The sections, and the story verdict (absent or null for reports before analysis 2). */
  star: Report['star'] & { verdict?: Verdict | null };
  durationSec: number;
  onPlay: PlayFrom;
}

export function StarBar({ star, durationSec, onPlay }: StarBarProps) {
  const blocks = starBlocks(star.sections, durationSec);
  const verdict = star.verdict ?? null;
  // With a verdict, the caption is the verdict's: its fix when off, nothing missing when it is not a story.
  const missing =
    verdict === null ? missingText(star.missing) : verdict.state === 'warn' || verdict.state === 'bad' ? verdict.fix : null;
  const story = verdict === null || verdict.label === 'Story';
  if (blocks.length === 0 && !missing) return null;
  return (
    <div className="star" data-testid="star-bar" aria-label="STAR sections">
      <div className="star-track">
        {blocks.map((block) => {
          const name = STAR_NAMES[block.name];
          const length = formatSeconds(block.durationSec);
          return (
            <button
              key={`${block.name}-${block.start}`}
              type="button"
              className="star-section"
              data-testid="star-section"
              data-name={block.name}
              data-start={block.start.toFixed(2)}
              style={{ left: `${block.leftPct}%`, width: `${block.widthPct}%` }}
              title={`${name} · ${length} — play it`}
              aria-label={`Play the ${name.toLowerCase()}, ${length}`}
              disabled={!onPlay}
              onClick={() => onPlay?.(block.start)}
            >
              {block.fit === 'full' ? `${name} · ${length}` : block.fit === 'short' ? name.charAt(0) : ''}
            </button>
          );
        })}
      </div>
      <p className="star-caption small">
        <span className="muted">STAR</span>{' '}
        {missing ? (
          <span className="warn-text" data-testid="star-missing">
            {missing}
          </span>
        ) : story ? (
          <span className="muted">· every part is there</span>
        ) : (
          <span className="muted" data-testid="star-not-asked">
            · not needed for this kind of question
          </span>
        )}
      </p>
    </div>
  );
}
