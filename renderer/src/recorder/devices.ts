// The input device list as the picker shows it. Pure: takes plain device records, so it is unit-tested.

export interface DeviceRecord {
  deviceId: string;
  kind: string;
  label: string;
}

export interface DeviceOption {
  /** '' stands for the system default. */
  id: string;
  label: string;
}

/**
 * Microphones only. Chromium lists the system default (and on Windows the communications device) a second
 * time under a pseudo id; the picker offers "System default" itself, so those duplicates are left out.
 * Labels are empty until the user has granted microphone access, hence the numbered fallback.
 */
export function inputDeviceOptions(devices: readonly DeviceRecord[]): DeviceOption[] {
  const inputs = devices.filter(
    (d) => d.kind === 'audioinput' && d.deviceId !== '' && d.deviceId !== 'default' && d.deviceId !== 'communications',
  );
  return [
    { id: '', label: 'System default' },
    ...inputs.map((d, i) => ({ id: d.deviceId, label: d.label || `Microphone ${i + 1}` })),
  ];
}
