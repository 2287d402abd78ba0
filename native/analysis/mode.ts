// The answer mode a question asks for, from cue phrases in the question: a story about the past
// (behavioral), a system to design, an incident to handle, or a product call. The earliest cue in the
// question wins ("Design a system that survives an outage" is design); on a tie, the order below decides.

import { tokenize } from './normalize';
import { findPhrases, phrasesOf, type Phrase } from './phrases';
import type { AnswerMode } from '../../common/report';

const MODE_CUES: readonly (readonly [AnswerMode, readonly Phrase[]])[] = [
  ['behavioral', phrasesOf([
    'tell me about a time', 'tell me about a situation', 'tell me about a conflict', 'tell me about a project',
    'tell me about a mistake', 'describe a time', 'describe a situation', 'give me an example', 'give an example',
    'share an example', 'an example of a time', 'talk about a time', 'a time when', 'a time you', 'have you ever',
    'walk me through a time', 'walk me through a project', 'your biggest failure', 'your biggest mistake',
  ])],
  ['incident', phrasesOf([
    'outage*', 'production is down', 'prod is down', 'site is down', 'is down', 'incident*', 'on call', 'on-call', 'paged',
    'pager', 'spike*', 'debug*', 'troubleshoot*', 'crash*', 'what would you do when', 'what you would do when',
    'what do you do when', 'what do you do', 'breaks', 'is failing', 'not responding', 'postmortem', 'root cause',
    'timing out', 'times out', 'timeouts', 'errors', 'error rate',
  ])],
  ['design', phrasesOf([
    'design', 'how would you build', 'how would you architect', 'how would you scale', 'architect', 'scale*',
    'system design', 'build a system', 'build a service',
  ])],
  ['product', phrasesOf([
    'prioritize', 'prioritise', 'ship first', 'build first', 'roadmap', 'feature*', 'product', 'onboarding',
    'what would you ship', 'which feature', 'launch', 'mvp', 'users want', 'customers want', 'ship',
  ])],
];

export function detectMode(question: string | undefined): AnswerMode {
  if (question === undefined) return 'general';
  const tokens = tokenize(
    question
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((text) => ({ text, start: 0, end: 0 })),
  );
  let best: { mode: AnswerMode; at: number } = { mode: 'general', at: Infinity };
  for (const [mode, cues] of MODE_CUES) {
    const first = findPhrases(tokens, cues)[0];
    if (first !== undefined && first.firstWord < best.at) best = { mode, at: first.firstWord };
  }
  return best.mode;
}
