// The microphones the system offers, kept current as devices are plugged in or out. Labels only appear
// once microphone access is granted, so the list is re-read when `refreshKey` changes (after opening).
import { useEffect, useState } from 'react';
import { inputDeviceOptions, type DeviceOption } from './devices';

export function useInputDevices(refreshKey: unknown): DeviceOption[] {
  const [options, setOptions] = useState<DeviceOption[]>(() => inputDeviceOptions([]));

  useEffect(() => {
    let live = true;
    const read = (): void => {
      navigator.mediaDevices
        .enumerateDevices()
        .then((devices) => {
          if (live) setOptions(inputDeviceOptions(devices));
        })
        .catch(() => undefined);
    };
    read();
    navigator.mediaDevices.addEventListener('devicechange', read);
    return () => {
      live = false;
      navigator.mediaDevices.removeEventListener('devicechange', read);
    };
  }, [refreshKey]);

  return options;
}
