// The deck mode of a question written without one (a Markdown list of questions): the analysis's answer
// mode, plus the two modes the analysis does not tell apart — why-this-job questions and self-introductions.

import type { DeckMode } from '../../common/deck';
import { detectMode } from '../analysis/mode';

const PITCH_CUES = [
  /\babout yourself\b/,
  /\bintroduce yourself\b/,
  /\bwalk me through your (?:resume|cv|background|career)\b/,
  /\bwhy should we hire\b/,
  /\bgreatest strength\b/,
  /\bweakness/,
  /\bproudest\b/,
  /\bquestions for us\b/,
];

const MOTIVATION_CUES = [
  /\bwhy (?:do you want|are you interested|this (?:company|role|team|job)|us\b|here\b|are you leaving|did you leave)/,
  /\bwhy (?:do|would) you want to (?:work|join)\b/,
  /\bfive years\b/,
  /\bcareer goals?\b/,
  /\bmotivat/,
  /\bbest work\b/,
  /\bgives you energy\b/,
];

export function inferDeckMode(text: string): DeckMode {
  const lower = text.toLowerCase();
  if (PITCH_CUES.some((cue) => cue.test(lower))) return 'pitch';
  if (MOTIVATION_CUES.some((cue) => cue.test(lower))) return 'motivation';
  const mode = detectMode(text);
  return mode === 'general' ? 'behavioral' : mode;
}
