// Transcript search hits: each names its question and date, shows the words around the match, and plays
// the attempt from the matched moment.
import type { SearchHit } from '../../../common/progress';

interface SearchResultsProps {
  hits: readonly SearchHit[];
  query: string;
  formatDate: (iso: string) => string;
  onPlay: (hit: SearchHit) => void;
}

function Snippet({ text }: { text: string }) {
  const match = /^(.*?)«(.*)»(.*)$/s.exec(text);
  if (!match) return <>{text}</>;
  return (
    <>
      {match[1]}
      <mark>{match[2]}</mark>
      {match[3]}
    </>
  );
}

function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function SearchResults({ hits, query, formatDate, onPlay }: SearchResultsProps) {
  if (query.trim() === '') return null;
  if (hits.length === 0)
    return (
      <p className="muted" role="status">
        No transcript says “{query}”.
      </p>
    );
  return (
    <>
      <p className="visually-hidden" role="status">
        {hits.length} attempt{hits.length === 1 ? '' : 's'} found
      </p>
      <ol className="search-hits" data-testid="search-hits">
        {hits.map((hit) => (
          <li key={hit.attemptId}>
            <button
              type="button"
              className="search-hit"
              onClick={() => onPlay(hit)}
              aria-label={`Play from ${clock(hit.atSec)}: ${hit.snippet.replace(/[«»]/g, '')} — ${hit.question}, ${formatDate(hit.startedAt)}`}
            >
              <span className="search-hit-meta">
                {hit.question} · {formatDate(hit.startedAt)} · {clock(hit.atSec)}
              </span>
              <span className="search-hit-snippet">
                <Snippet text={hit.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
