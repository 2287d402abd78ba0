// The word-level diff of two transcripts, read as the later one with what changed marked in it: added
// words underlined, dropped ones struck through, moved runs marked at both places. Marks are also
// spelled out for screen readers, so colour is never the only signal.
import type { WordDiff } from '../../../common/diff/word-diff';

const LABELS = { added: 'added', dropped: 'dropped', moved: 'moved' } as const;

export function WordDiffView({ diff }: { diff: WordDiff }) {
  const { counts } = diff;
  return (
    <section className="word-diff" aria-labelledby="word-diff-title" data-testid="word-diff">
      <h3 id="word-diff-title">What changed in the words</h3>
      <p className="muted">
        {counts.added} added · {counts.dropped} dropped · {counts.moved} moved · {counts.same} the same
      </p>
      <p className="word-diff-text">
        {diff.tokens.map((token, i) => {
          const space = i > 0 ? ' ' : '';
          if (token.op === 'same') return `${space}${token.text}`;
          const kind = token.op === 'moved' ? (token.after === null ? 'moved from here' : 'moved here') : LABELS[token.op];
          const Tag = token.op === 'dropped' || (token.op === 'moved' && token.after === null) ? 'del' : 'ins';
          return (
            <span key={i}>
              {space}
              <Tag
                className={`diff-${token.op}${token.op === 'moved' ? (token.after === null ? '-from' : '-to') : ''}`}
                title={kind}
              >
                <span className="visually-hidden">[{kind}] </span>
                {token.text}
              </Tag>
            </span>
          );
        })}
      </p>
    </section>
  );
}
