// The answer mode a question asks for: a story about the past (behavioral), a system to design, an incident
// to handle, a product call, why this company or role (motivation), or who you are (pitch). Behavioural
// questions are recognised by their grammar ("tell me about a … you …", "describe a project …", "what's the
// hardest … you've …") as well as by cue phrases; the earliest cue in the question wins ("Design a system that
// survives an outage" is design), and on a tie the order below decides. No cue: 'general'.

import { tokenize } from './normalize';
import { findPhrases, phrasesOf, type Phrase } from './phrases';
import { B, E, matchWords } from './token-patterns';
import type { AnswerMode } from '../../common/report';

const STORY_NOUNS = `(?:time|situation|project|decision|mistake|failure|conflict|disagreement|challenge|problem|moment|case|occasion|example|goal|deadline|bug|incident|outage|risk|change|initiative|achievement|accomplishment|piece\\sof\\swork|stakeholder|customer|colleague|teammate|manager|success|win|team\\s(?:success|win|effort)|release|launch|migration|lesson|something|thing)`;

/** Grammar of a behavioural question, over the question's normalized words. */
const BEHAVIORAL_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `${B}tell\\sme\\sabout\\s(?:a|an|the|one|something|someone|some)\\s(?:[\\w'-]+\\s){0,6}?(?:you|you've|you'd|your|you're)${E}`,
    'g',
  ),
  new RegExp(
    `${B}(?:tell\\sme\\sabout|describe|talk\\sabout|share|walk\\sme\\sthrough)\\s(?:a|an|one)\\s(?:[\\w'-]+\\s){0,3}?${STORY_NOUNS}${E}`,
    'g',
  ),
  new RegExp(`${B}(?:give|share)\\s(?:me\\s|us\\s)?(?:an\\s|one\\s)?examples?${E}`, 'g'),
  new RegExp(
    `${B}(?:what's|what\\sis|what\\swas)\\s(?:the|your)\\s(?:[\\w'-]+\\s){0,4}?(?:you've|you\\shave|you\\sever|you)${E}`,
    'g',
  ),
  new RegExp(`${B}(?:have\\syou\\sever|a\\stime\\s(?:when|you)|when\\swas\\sthe\\slast\\stime)${E}`, 'g'),
  new RegExp(
    `${B}your\\s(?:biggest|greatest|hardest|proudest)\\s(?:failure|mistake|achievement|accomplishment|challenge)${E}`,
    'g',
  ),
];

const MOTIVATION_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `${B}why\\s(?:do\\syou\\swant|would\\syou\\swant|are\\syou\\sinterested|are\\syou\\sapplying|did\\syou\\sapply|should\\swe\\shire|us|this\\s(?:company|role|job|team|position)|join|are\\syou\\sleaving|do\\syou\\swant\\sto\\sleave)${E}`,
    'g',
  ),
  new RegExp(`${B}where\\sdo\\syou\\ssee\\syourself${E}`, 'g'),
  new RegExp(
    `${B}what\\s(?:are\\syou\\slooking\\sfor|motivates\\syou|draws\\syou|attracts\\syou|excites\\syou\\sabout|interests\\syou\\sabout)${E}`,
    'g',
  ),
  new RegExp(`${B}(?:your\\scareer\\sgoals|what\\sdo\\syou\\sknow\\sabout\\sus)${E}`, 'g'),
];

const PITCH_PATTERNS: readonly RegExp[] = [
  new RegExp(`${B}(?:tell\\sme|tell\\sus)\\s(?:a\\sbit\\s|a\\slittle\\s|more\\s)?about\\syourself${E}`, 'g'),
  new RegExp(
    `${B}(?:walk\\sme\\sthrough|tell\\sme\\sabout|talk\\sme\\sthrough)\\syour\\s(?:background|resume|résumé|cv|career|experience)${E}`,
    'g',
  ),
  new RegExp(`${B}(?:introduce|describe)\\syourself${E}`, 'g'),
];

const MODE_CUES: readonly (readonly [AnswerMode, readonly Phrase[]])[] = [
  [
    'incident',
    phrasesOf([
      'outage*',
      'production is down',
      'prod is down',
      'site is down',
      'is down',
      'on call',
      'on-call',
      'paged',
      'pager',
      'spike*',
      'debug*',
      'troubleshoot*',
      'crash*',
      'what would you do when',
      'what you would do when',
      'what do you do when',
      'what do you do',
      'breaks',
      'is failing',
      'not responding',
      'postmortem',
      'root cause',
      'timing out',
      'times out',
      'timeouts',
      'errors',
      'error rate',
      'memory leak',
      'leak*',
      'incident*',
      'cpu',
      'at 100',
      'alert fires',
      'alerts fire',
      'goes down',
      'went down',
      'is slow',
      'latency is',
      'degraded',
      'paging',
    ]),
  ],
  [
    'design',
    phrasesOf([
      'design',
      'how would you build',
      'how would you architect',
      'how would you scale',
      'architect',
      'scale*',
      'system design',
      'build a system',
      'build a service',
      'how would you store',
      'how would you structure',
      'how would you model',
      'how would you implement',
      'how would you partition',
      'how would you cache',
      'data model',
      'schema for',
      'an api for',
    ]),
  ],
  [
    'product',
    phrasesOf([
      'prioritize',
      'prioritise',
      'ship first',
      'build first',
      'roadmap',
      'feature*',
      'product',
      'onboarding',
      'what would you ship',
      'which feature',
      'launch',
      'mvp',
      'users want',
      'customers want',
      'ship',
      'decide whether',
      'would you cut',
      'whether to build',
      'success metric',
      'measure success',
      'how would you decide',
      'pric*',
      'would you add',
      'would you remove',
      'would you change',
      'retention',
      'churn',
      'conversion',
      'adoption',
    ]),
  ],
];

/** The question's words as tokens: mode detection needs no times. */
function questionTokens(question: string): ReturnType<typeof tokenize> {
  return tokenize(
    question
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((text) => ({ text, start: 0, end: 0 })),
  );
}

export function detectMode(question: string | undefined): AnswerMode {
  if (question === undefined) return 'general';
  const tokens = questionTokens(question);
  let best: { mode: AnswerMode; at: number } = { mode: 'general', at: Infinity };
  const consider = (mode: AnswerMode, at: number | undefined): void => {
    if (at !== undefined && at < best.at) best = { mode, at };
  };
  // Pitch and motivation first: "tell me about yourself" must not read as a story about "a time".
  consider('pitch', matchWords(tokens, PITCH_PATTERNS)[0]?.firstWord);
  consider('motivation', matchWords(tokens, MOTIVATION_PATTERNS)[0]?.firstWord);
  consider('behavioral', matchWords(tokens, BEHAVIORAL_PATTERNS)[0]?.firstWord);
  for (const [mode, cues] of MODE_CUES) consider(mode, findPhrases(tokens, cues)[0]?.firstWord);
  return best.mode;
}
