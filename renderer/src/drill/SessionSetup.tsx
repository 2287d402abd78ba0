// Setting up a drill session or a mock interview: how many items, in which order, and the protocol's
// options (chime at the window's end, stop at the hard cap, a twist after each answer).
import { useState } from 'react';
import type { SessionOptions } from '../../../common/practice';

interface SessionSetupProps {
  onStart: (options: SessionOptions) => void;
  busy: boolean;
  error: string | null;
}

const ORDERS = [
  ['shuffled', 'Shuffled'],
  ['weakest', 'Weakest first'],
  ['due', 'Due for review'],
] as const;

export function SessionSetup({ onStart, busy, error }: SessionSetupProps) {
  const [kind, setKind] = useState<SessionOptions['kind']>('drill');
  const [order, setOrder] = useState<SessionOptions['order']>('weakest');
  const [count, setCount] = useState(3);
  const [chime, setChime] = useState(true);
  const [autoStop, setAutoStop] = useState(false);
  const [twists, setTwists] = useState(true);
  const [budgetMin, setBudgetMin] = useState(30);
  const mock = kind === 'mock';
  return (
    <form
      className="card session-setup"
      data-testid="session-setup"
      aria-label="New drill session"
      onSubmit={(event) => {
        event.preventDefault();
        onStart({
          kind,
          order,
          count: mock ? Math.min(6, Math.max(4, count)) : count,
          chime,
          autoStop,
          twists: mock || twists,
          ...(mock ? { budgetMin } : {}),
        });
      }}
    >
      <div className="session-kind" role="radiogroup" aria-label="Session kind">
        <label>
          <input type="radio" name="session-kind" checked={!mock} onChange={() => setKind('drill')} /> Drill session
        </label>
        <label>
          <input type="radio" name="session-kind" data-testid="kind-mock" checked={mock} onChange={() => setKind('mock')} /> Mock
          interview
        </label>
      </div>
      <label className="field">
        <span className="field-label">{mock ? 'Questions (4–6)' : 'Items'}</span>
        <input
          className="select-small"
          type="number"
          data-testid="session-count"
          min={mock ? 4 : 1}
          max={mock ? 6 : 30}
          value={count}
          onChange={(event) => setCount(Math.max(1, Math.min(30, Math.round(Number(event.target.value) || 1))))}
        />
      </label>
      {mock ? (
        <label className="field">
          <span className="field-label">Budget (minutes)</span>
          <input
            className="select-small"
            type="number"
            min={5}
            max={120}
            value={budgetMin}
            onChange={(event) => setBudgetMin(Math.max(5, Math.min(120, Math.round(Number(event.target.value) || 30))))}
          />
        </label>
      ) : (
        <label className="field">
          <span className="field-label">Order</span>
          <select
            className="select"
            data-testid="session-order"
            value={order}
            onChange={(event) => setOrder(event.target.value as SessionOptions['order'])}
          >
            {ORDERS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input type="checkbox" checked={chime} onChange={(event) => setChime(event.target.checked)} /> Chime at the end of the
        window
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="session-autostop"
          checked={autoStop}
          onChange={(event) => setAutoStop(event.target.checked)}
        />{' '}
        Stop at the hard cap
      </label>
      {mock ? null : (
        <label>
          <input
            type="checkbox"
            data-testid="session-twists"
            checked={twists}
            onChange={(event) => setTwists(event.target.checked)}
          />{' '}
          A follow-up after each answer
        </label>
      )}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row-end">
        <button type="submit" className="button button-primary" data-testid="session-start" disabled={busy}>
          {mock ? 'Start the mock interview' : 'Start drilling'}
        </button>
      </div>
    </form>
  );
}
