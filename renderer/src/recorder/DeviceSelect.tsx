// The input device picker. Locked while recording: switching mid-answer would splice two microphones.
import type { DeviceOption } from './devices';

interface DeviceSelectProps {
  options: DeviceOption[];
  value: string;
  onChange: (deviceId: string) => void;
  disabled: boolean;
}

export function DeviceSelect({ options, value, onChange, disabled }: DeviceSelectProps) {
  // Until access is granted the list has no entry for a saved device; keep it selectable by name.
  const shown = options.some((o) => o.id === value) ? options : [...options, { id: value, label: 'Saved microphone' }];
  return (
    <label className="field field-grow">
      <span className="field-label">Microphone</span>
      <select
        className="select"
        data-testid="device-select"
        aria-label="Microphone"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {shown.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
