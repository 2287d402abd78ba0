// The score tiles. Each carries a test id and a machine-readable data-value; hints appear only on the
// tiles that are off, so a good answer reads as a calm row of ticks.
import type { ScoreItem } from './scores';

export function Scores({ items, note }: { items: ScoreItem[]; note: string | null }) {
  return (
    <section className="scores" data-testid="scores" aria-label="Scores">
      <ul className="score-grid">
        {items.map((item) => (
          <li
            key={item.id}
            className={`score verdict-${item.verdict}`}
            data-testid={`score-${item.id}`}
            data-value={item.value}
            data-verdict={item.verdict}
            {...Object.fromEntries(Object.entries(item.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
          >
            <span className="score-label">{item.label}</span>
            <span className="score-value">{item.display}</span>
            {item.detail ? <span className="score-detail">{item.detail}</span> : null}
            {item.hint ? <span className="score-hint">{item.hint}</span> : null}
          </li>
        ))}
      </ul>
      {note ? <p className="muted small">{note}</p> : null}
    </section>
  );
}
