// The phrases that mark where a STAR story is: setting the scene, stating the goal, acting, and the outcome.
// Reflection is found by the reflection detector. Each cue has a weight: phrases that only fit one section
// ("my task was") count more than common ones ("I wrote"), so one stray cue cannot reorder a story.

import { PLAIN_OUTCOMES } from './grammar';
import { isHesitation } from './hesitations';
import type { Token } from './normalize';
import { findPhrases, phrasesOf } from './phrases';
import type { StarSectionName } from '../../common/report';

export interface StarCue {
  section: StarSectionName;
  firstWord: number;
  lastWord: number;
  weight: number;
}

const SITUATION = phrasesOf([
  'at my last job',
  'at my last company',
  'at my previous job',
  'at my previous company',
  'at my current job',
  'at my current company',
  'on my last team',
  'on my previous team',
  'on my current team',
  'in my last role',
  'in my previous role',
  'when i joined',
  'when i was at',
  'when i moved',
  'i was working on',
  'i was working at',
  'we had a problem',
  'we had an issue',
  'we had',
  'the problem was',
  'the context',
  'the situation',
  'back in',
  'last year',
  'years ago',
  'a few years ago',
  'this was',
  'this one is',
  'there was',
  'we were',
]);

const TASK = phrasesOf([
  'my task',
  'my job was',
  'my job is',
  'my goal',
  'the goal was',
  'our goal',
  'i was asked to',
  'i was asked',
  'i was responsible',
  'i was tasked',
  'my role',
  'i was the lead',
  'i was the tech lead',
  'as the lead',
  'as the tech lead',
  'it was my',
  'i proposed that',
  'the challenge was',
  "i'd committed",
  'asked me to',
  'my manager asked me',
  'the ask was',
  'fell to me',
  'was on me',
  'up to me',
]);

/** Outcome phrases; also what makes a closing sentence a result. */
export const RESULT_CUES = phrasesOf([
  'as a result',
  'in the end',
  'the result',
  'ended up',
  'the outcome',
  'by the time',
  'which meant',
  'went down',
  'went up',
  'went from',
  'are down',
  'dropped',
  'reduced',
  'saved',
  'improved',
  'increased',
  'grew',
  'doubled',
  'halved',
  'decreased',
  'fell',
  'rose',
  'shrank',
  'became',
  'launched',
  'shipped',
  'finished',
  'stayed with',
  'renewed',
  'approved',
  'stopped',
  'caught',
  'handled',
  'now',
]);

/** Verbs after "I"/"we" that state the goal or the speaker's part in it: "I needed to", "we had to", "I owned". */
const TASK_VERBS = new Set(['needed', 'wanted', 'owned', 'volunteered', 'committed']);

/** Verbs after "I"/"we" that set the scene rather than act, or that report an outcome. */
const NOT_ACTIONS = new Set([
  'was',
  'were',
  'had',
  'thought',
  'felt',
  'knew',
  'learned',
  'realized',
  'realised',
  'joined',
  'used',
  'liked',
  'loved',
  'hated',
  'believed',
  'seemed',
  'noticed',
  'worked',
  'supposed',
  'expected',
  'hoped',
  'guessed',
  'launched',
  'shipped',
  'finished',
  'saved',
  'reduced',
  'improved',
  'increased',
  'dropped',
  'doubled',
  'halved',
  'migrated',
  'renewed',
]);

const IRREGULAR_PAST = new Set([
  'built',
  'wrote',
  'ran',
  'set',
  'made',
  'took',
  'met',
  'led',
  'cut',
  'read',
  'found',
  'brought',
  'sent',
  'went',
  'gave',
  'put',
  'told',
  'saw',
  'spent',
  'got',
  'began',
  'chose',
  'drew',
  'held',
  'kept',
  'paid',
  'rebuilt',
  'rewrote',
  'shut',
  'split',
  'spoke',
  'taught',
  'threw',
  'did',
  'dug',
  'hit',
  'let',
  'sat',
  'sought',
  'stood',
  'swapped',
  'won',
]);

/** Words that may stand between "I" and the verb: "I also added", "I kind of started", "I, uh, wrote". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'just',
  'also',
  'then',
  'kind',
  'sort',
  'of',
  'actually',
  'literally',
  'basically',
  'really',
  'quickly',
  'first',
  'finally',
  'immediately',
  'like',
  'personally',
  'later',
  'eventually',
  'i',
]);

export const STAR_WEIGHTS: Readonly<Record<StarSectionName, number>> = {
  situation: 1,
  task: 2,
  action: 1,
  result: 1.5,
  reflection: 2,
};

function isPastVerb(norm: string): boolean {
  return (
    !NOT_ACTIONS.has(norm) &&
    !PLAIN_OUTCOMES.has(norm) &&
    !TASK_VERBS.has(norm) &&
    (IRREGULAR_PAST.has(norm) || /^\p{L}{2,}ed$/u.test(norm))
  );
}

/**
 * "I wrote", "we split", "I also added": the speaker (or the team) doing something, in the past tense; and
 * "I needed to", "we had to", "I just wanted": the speaker stating the task.
 */
function subjectVerbCues(tokens: readonly Token[]): StarCue[] {
  return tokens.flatMap((token, index): StarCue[] => {
    if ((token.norm !== 'i' && token.norm !== 'we') || tokens[index - 1]?.norm === 'if') return [];
    let at = index + 1;
    while (at < tokens.length && at <= index + 3) {
      const norm = tokens[at]?.norm ?? '';
      if (!BETWEEN_SUBJECT_AND_VERB.has(norm) && !isHesitation(norm) && norm !== '') break;
      at += 1;
    }
    const verb = tokens[at]?.norm;
    if (verb === undefined) return [];
    const obliged = verb === 'had' && tokens[at + 1]?.norm === 'to';
    if (TASK_VERBS.has(verb) || obliged) return [{ section: 'task', firstWord: index, lastWord: at, weight: STAR_WEIGHTS.task }];
    if (!isPastVerb(verb)) return [];
    return [{ section: 'action', firstWord: index, lastWord: at, weight: STAR_WEIGHTS.action }];
  });
}

/** Every cue in the answer, reflection excepted, with its section and weight. */
export function starCues(tokens: readonly Token[]): StarCue[] {
  const listed: [StarSectionName, ReturnType<typeof phrasesOf>][] = [
    ['situation', SITUATION],
    ['task', TASK],
    ['result', RESULT_CUES],
  ];
  const phraseCues = listed.flatMap(([section, phrases]) =>
    findPhrases(tokens, phrases).map(({ firstWord, lastWord }) => ({
      section,
      firstWord,
      lastWord,
      weight: STAR_WEIGHTS[section],
    })),
  );
  return [...phraseCues, ...subjectVerbCues(tokens)];
}
