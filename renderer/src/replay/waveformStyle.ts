// wavesurfer.js draws on a canvas, so its colours are given here rather than in CSS; they match styles.css.
export const WAVEFORM_STYLE = {
  height: 84,
  waveColor: '#4a5468',
  progressColor: '#8fb3ff',
  cursorColor: '#e8ebf2',
  cursorWidth: 2,
  barWidth: 2,
  barGap: 1,
  barRadius: 2,
  normalize: true,
  dragToSeek: true,
} as const;
