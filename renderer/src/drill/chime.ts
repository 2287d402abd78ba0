// A short, soft two-tone chime for "the window has ended", made with Web Audio so no sound file ships.
let context: AudioContext | null = null;

export function playChime(): void {
  context ??= new AudioContext();
  const now = context.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.16, 660],
  ] as const) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + offset);
    gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + offset);
    oscillator.stop(now + offset + 0.32);
  }
}
