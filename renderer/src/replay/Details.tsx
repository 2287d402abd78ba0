// Under the tiles: one card per flag with its verdict, a headline, a hint when it is off, and the moments
// it comes from. Long lists show their first few until asked for the rest.
import { useState } from 'react';
import { visibleItems, type DetailGroup, type DetailId } from './details';
import { EvidenceChip, type PlayFrom } from './EvidenceChip';

/** More chips than this turn a card into a wall; the rest are one click away. */
const SHOWN_ITEMS = 6;

/** Items some tests and tools look for by name. */
const ITEM_TEST_IDS: Partial<Record<DetailId, string>> = { pauses: 'pause-item' };

export function Details({ groups, onPlay }: { groups: readonly DetailGroup[]; onPlay: PlayFrom }) {
  if (groups.length === 0) return null;
  return (
    <ul className="detail-grid" aria-label="Details">
      {groups.map((group) => (
        <DetailCard key={group.id} group={group} onPlay={onPlay} />
      ))}
    </ul>
  );
}

function DetailCard({ group, onPlay }: { group: DetailGroup; onPlay: PlayFrom }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.items : visibleItems(group.items, SHOWN_ITEMS);
  const hidden = group.items.length - shown.length;
  return (
    <li
      className={`detail verdict-${group.verdict}`}
      data-testid={group.id}
      data-verdict={group.verdict}
      {...Object.fromEntries(Object.entries(group.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
    >
      <div className="detail-head">
        <span className="score-label">{group.label}</span>
        <span className="detail-headline">{group.headline}</span>
      </div>
      {group.hint ? <p className="score-hint">{group.hint}</p> : null}
      {shown.length > 0 ? (
        <ul className="evidence-list">
          {shown.map((item, index) => (
            <li
              key={index}
              className="evidence-item"
              data-testid={ITEM_TEST_IDS[group.id]}
              data-emphasis={item.emphasis ? 'true' : undefined}
            >
              <EvidenceChip evidence={item.evidence} onPlay={onPlay} />
              {item.caption ? <span className="evidence-caption">{item.caption}</span> : null}
            </li>
          ))}
          {hidden > 0 ? (
            <li>
              <button type="button" className="link-button" aria-label={`Show ${hidden} more`} onClick={() => setExpanded(true)}>
                +{hidden} more
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
