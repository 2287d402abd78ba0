// Synthetic test signals at 16 kHz.
export function tone(seconds: number, hz: number, amplitude = 0.3, sampleRate = 16000): Float32Array {
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i++) samples[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return samples;
}
