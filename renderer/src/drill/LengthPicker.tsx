// The length of the next answer, chosen per attempt on the drill screen: elevator, full or deep dive from
// the one table, or a custom window. The question remembers the choice (the caller saves it), so nothing
// carries over from one question to the next.
import { useId, useState } from 'react';
import {
  DRILL_LENGTH_TABLE,
  DRILL_LENGTHS,
  drillLengthFor,
  type DrillLength,
  type TargetWindow,
} from '../../../common/drill-lengths';
import { formatWindow } from '../format/time';
import { isCustom, readCustomWindow } from './lengths';

interface LengthPickerProps {
  length: DrillLength;
  window: TargetWindow;
  onChange: (length: DrillLength, window: TargetWindow) => void;
  disabled: boolean;
}

export function LengthPicker({ length, window, onChange, disabled }: LengthPickerProps) {
  const name = useId();
  const custom = isCustom(length, window);
  const [editing, setEditing] = useState(false);
  const [minText, setMinText] = useState(String(window.minSec));
  const [maxText, setMaxText] = useState(String(window.maxSec));
  const parsed = readCustomWindow(minText, maxText);
  return (
    <fieldset className="length-picker" data-testid="length-picker" disabled={disabled}>
      <legend className="field-label">Length</legend>
      <div className="length-options" role="radiogroup" aria-label="Answer length">
        {DRILL_LENGTHS.map((id) => {
          const spec = DRILL_LENGTH_TABLE[id];
          return (
            <label key={id} className="length-option" data-selected={id === length && !custom}>
              <input
                type="radio"
                name={name}
                value={id}
                checked={id === length && !custom}
                onChange={() => {
                  setEditing(false);
                  onChange(id, { ...spec.window });
                }}
              />
              <span className="length-name">{spec.label}</span>
              <span className="muted small">{spec.purpose}</span>
            </label>
          );
        })}
        <label className="length-option" data-selected={custom || editing}>
          <input type="radio" name={name} value="custom" checked={custom || editing} onChange={() => setEditing(true)} />
          <span className="length-name">Custom{custom ? ` ${formatWindow(window.minSec, window.maxSec)}` : ''}</span>
        </label>
      </div>
      {editing ? (
        <form
          className="length-custom"
          onSubmit={(event) => {
            event.preventDefault();
            if (typeof parsed === 'string') return;
            setEditing(false);
            // A custom window belongs to the length whose window it is nearest, for the story matrix.
            onChange(drillLengthFor(parsed), parsed);
          }}
        >
          <label className="field">
            <span className="field-label">From (s)</span>
            <input
              className="select-small"
              inputMode="numeric"
              aria-label="Window from, seconds"
              value={minText}
              onChange={(event) => setMinText(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">To (s)</span>
            <input
              className="select-small"
              inputMode="numeric"
              aria-label="Window to, seconds"
              value={maxText}
              onChange={(event) => setMaxText(event.target.value)}
            />
          </label>
          <button type="submit" className="button button-small" disabled={typeof parsed === 'string'}>
            Use
          </button>
          {typeof parsed === 'string' ? (
            <span className="inline-error" role="alert">
              {parsed}
            </span>
          ) : null}
        </form>
      ) : null}
    </fieldset>
  );
}
