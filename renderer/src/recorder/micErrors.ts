// What to tell the user when the microphone cannot be opened, keyed by the DOMException name that
// getUserMedia rejects with. Pure, so every case is unit-tested.

export interface MicProblem {
  kind: 'denied' | 'no-device' | 'busy' | 'other';
  message: string;
}

export function micProblem(name: string, detail: string): MicProblem {
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return {
        kind: 'denied',
        message:
          'Microphone access is blocked. Allow Voicedrill to use the microphone in your system privacy settings, then try again.',
      };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return {
        kind: 'no-device',
        message: 'No microphone found. Connect one — the list updates by itself — or pick another input.',
      };
    case 'NotReadableError':
    case 'AbortError':
      return {
        kind: 'busy',
        message: 'The microphone could not be opened. Another app may be using it, or it was just unplugged.',
      };
    default:
      return { kind: 'other', message: `The microphone could not be opened${detail ? `: ${detail}` : '.'}` };
  }
}
