// One on/off setting: a labelled checkbox that saves at once, with a hint and the error if saving failed.
import { useState, type ReactNode } from 'react';
import type { SettingsPatch } from '../../../common/contract';
import { errorMessage } from '../format/errors';

type BooleanSetting = {
  [K in keyof SettingsPatch]-?: NonNullable<SettingsPatch[K]> extends boolean ? K : never;
}[keyof SettingsPatch];

interface SettingToggleProps {
  setting: BooleanSetting;
  enabled: boolean;
  update: (patch: SettingsPatch) => Promise<void>;
  testId: string;
  label: ReactNode;
  hint: ReactNode;
}

export function SettingToggle({ setting, enabled, update, testId, label, hint }: SettingToggleProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="settings-toggle">
      <label className="checkbox-label">
        <input
          type="checkbox"
          data-testid={testId}
          checked={enabled}
          onChange={(event) => {
            setError(null);
            update({ [setting]: event.target.checked }).catch((reason: unknown) => setError(errorMessage(reason)));
          }}
        />
        {label}
      </label>
      <p className="muted small">{hint}</p>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
