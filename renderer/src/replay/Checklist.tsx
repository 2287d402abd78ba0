// What this kind of answer should cover (decided by the question), ticked or crossed, with the words that
// cover each item.
import type { AnswerMode, ChecklistItem } from '../../../common/report';
import { EvidenceChip, type PlayFrom } from './EvidenceChip';
import { checklistTitle, spanEvidence } from './evidence';

interface ChecklistProps {
  mode: AnswerMode;
  items: readonly ChecklistItem[];
  onPlay: PlayFrom;
}

export function Checklist({ mode, items, onPlay }: ChecklistProps) {
  if (items.length === 0) return null;
  return (
    <section className="checklist" data-testid="checklist" data-mode={mode} aria-label="Checklist">
      <h3 className="score-label">{checklistTitle(mode, items)}</h3>
      <ul className="checklist-items">
        {items.map((item) => (
          <li
            key={item.id}
            className={`checklist-item ${item.met ? 'is-met' : 'is-missing'}`}
            data-testid="checklist-item"
            data-id={item.id}
            data-met={item.met}
          >
            <span className="checklist-mark" aria-label={item.met ? 'covered' : 'missing'}>
              {item.met ? '✓' : '✗'}
            </span>
            <span className="checklist-label">{item.label}</span>
            {item.evidence.map((span, i) => (
              <EvidenceChip key={i} evidence={spanEvidence(span)} onPlay={onPlay} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
