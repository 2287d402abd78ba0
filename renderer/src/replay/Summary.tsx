// The five-second read at the top of a scored attempt: what worked and what to fix next, three of each,
// every line tied to the moments it comes from.
import type { Finding } from '../../../common/report';
import { EvidenceChip, type PlayFrom } from './EvidenceChip';
import { summaryLines } from './evidence';

interface SummaryProps {
  strengths: readonly Finding[];
  fixes: readonly Finding[];
  onPlay: PlayFrom;
}

export function Summary({ strengths, fixes, onPlay }: SummaryProps) {
  if (strengths.length === 0 && fixes.length === 0) return null;
  return (
    <section className="summary" data-testid="summary" aria-label="Summary">
      <SummaryColumn kind="strength" title="What worked" findings={strengths} empty="Nothing stood out yet." onPlay={onPlay} />
      <SummaryColumn kind="fix" title="Fix next" findings={fixes} empty="Nothing to fix — keep it up." onPlay={onPlay} />
    </section>
  );
}

interface SummaryColumnProps {
  kind: 'strength' | 'fix';
  title: string;
  findings: readonly Finding[];
  empty: string;
  onPlay: PlayFrom;
}

function SummaryColumn({ kind, title, findings, empty, onPlay }: SummaryColumnProps) {
  const lines = summaryLines(findings);
  return (
    <div className={`summary-column summary-${kind}`}>
      <h3 className="summary-title">{title}</h3>
      {lines.length === 0 ? <p className="muted small">{empty}</p> : null}
      <ul className="summary-list">
        {lines.map((line, index) => (
          <li key={index} className="summary-line" data-testid={`summary-${kind}`}>
            <span className="summary-mark" aria-hidden="true">
              {kind === 'strength' ? '✓' : '→'}
            </span>
            <span className="summary-text">{line.text}</span>
            <span className="summary-chips">
              {line.evidence.map((evidence, i) => (
                <EvidenceChip key={i} evidence={evidence} onPlay={onPlay} compact />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
