// The target window presets. The window is fixed for a recording when it starts, so this locks meanwhile.
import type { TargetWindow } from '../../../common/contract';
import { formatWindow } from '../format/time';
import { presetIdFor, TARGET_PRESETS } from './target';

interface TargetSelectProps {
  target: TargetWindow;
  onChange: (target: TargetWindow) => void;
  disabled: boolean;
}

const CUSTOM = 'custom';

export function TargetSelect({ target, onChange, disabled }: TargetSelectProps) {
  const current = presetIdFor(target) ?? CUSTOM;
  return (
    <label className="field">
      <span className="field-label">Target</span>
      <select
        className="select"
        data-testid="target-select"
        aria-label="Target length"
        value={current}
        disabled={disabled}
        onChange={(event) => {
          const preset = TARGET_PRESETS.find((p) => p.id === event.target.value);
          if (preset) onChange(preset.target);
        }}
      >
        {TARGET_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.label}
          </option>
        ))}
        {current === CUSTOM ? <option value={CUSTOM}>Custom {formatWindow(target.minSec, target.maxSec)}</option> : null}
      </select>
    </label>
  );
}
