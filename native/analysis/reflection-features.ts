// The features that tell a reflection from the story around it, when no reflective frame is said outright.
// A reflection is the speaker stepping out of the narrative: the tense shifts from the story's past to the
// present, the perfect ("I've kept doing that") or a modal ("I'd make the same call"); the speaker is the one
// who believes, learned or changed (a mental-state predicate with a complement: "convinced that…", "cured me
// of…"); the claim is generalised ("ever since", "usually", "tomorrow"); and it points back at the story as a
// whole ("from this", "that call"). Negative evidence is the literal reading: looking back *through the logs*,
// learning *from the provider* that something happened. Weights are set by reasoning, not fitted: a feature that
// can only mean reflection weighs 1.5 (2 for the speaker's own modal in a story told in the past, the clearest
// step out of it), one that often does 1, one that merely agrees 0.5.

import { IRREGULAR_PAST_FORMS } from './grammar';
import { ADVERBS, I_WE, PARTICIPLE, STORY_VERB } from './reflection-cues';
import { B, E } from './token-patterns';

export interface ReflectionFeature {
  name: string;
  weight: number;
  patterns: readonly RegExp[];
  /** Evidence only in a story told in the past: in a design, incident, product, motivation or pitch answer, or
   *  an answer told in the present, the present, the perfect and "I'd…" are its frame, not a step out of it. */
  storyOnly?: boolean;
}

const ME = `(?:me|us)`;
/** "I'd" as "I had": "I'd already fixed it" is the story's past perfect, not a modal. */
const PLUPERFECT = `(?:\\w+ed|been|done|gone|seen|known|made|had|got|brought|built|found|told|left|begun|caught|taught|thought|felt|held|paid|sent|spent|lost|led|said|won)`;
const ANAPHOR = `(?:it|this|that|there)`;
/** Desire and obligation after a modal: "I'd like to", "I'd have to" look ahead or are forced, they do not reflect. */
const NOT_REFLECTIVE_MODAL = `(?:like|love|rather|prefer|need|want|have\\sto|be\\shappy|say|guess|imagine|think)`;
/** Verbs a speaker reports a belief or a lesson with. */
const MENTAL = `(?:learned|learnt|realised|realized|understand|understood|believe|know|remember|value|appreciate|trust|doubt)`;
/** Verbs whose subject (the story) changes the speaker's mind: "it cured me of", "that call taught me to". */
const MIND_CHANGING = `(?:taught|teaches|cured|cures|showed|shows|convinced|convinces|reminded|reminds|broke|turned|changed)`;
/** Artefacts one literally looks back through. */
/** What one looks back *on* when reflecting: the story or a part of it, not a thing one can read. */
const STORY_PARTS = `(?:it|that|this|then|now|the\\s(?:whole\\s)?(?:thing|project|experience|episode|time|period|decision|choice|call|year|month|week|incident|outage|launch|migration|rollout|process|situation))`;

export const FEATURES: readonly ReflectionFeature[] = [
  {
    // The speaker holds a belief or a lesson, with its complement: "I walked away convinced that…", "From this I
    // keep that…", "What I took from it", "the thing I carry from it", "I've kept doing that".
    name: 'mental state',
    weight: 1.5,
    patterns: [
      new RegExp(`${B}${I_WE}\\s${ADVERBS}(?:now\\s)?${MENTAL}${E}`, 'g'),
      new RegExp(`${B}(?:convinced|persuaded|certain|sure)\\s(?:that|of)${E}`, 'g'),
      // The belief as a process: "realising that…", "I came to see that…".
      new RegExp(
        `${B}(?:realising|realizing|understanding|came\\sto\\s(?:see|realise|realize|understand|believe|appreciate|accept))\\s(?:that|how|what|why)${E}`,
        'g',
      ),
      new RegExp(`${B}${I_WE}\\s${ADVERBS}(?:keep|kept)\\s(?:that|\\w+ing)${E}`, 'g'),
      new RegExp(
        `${B}(?:(?:i|we)(?:'ve)?|i've|we've)\\s${ADVERBS}(?:keep|kept|carry|carried|take|took)\\s(?:\\w+\\s){0,2}?(?:from|away)\\s${ANAPHOR}${E}`,
        'g',
      ),
      new RegExp(`${B}${I_WE}\\s(?:keep|carry|take)\\s(?:from|away)${E}`, 'g'),
      // Carrying it forward: "one thing I carry into every project", "I take that to every team".
      new RegExp(`${B}(?:carry|take|bring)\\s(?:[\\w']+\\s){0,3}?(?:into|to)\\s(?:every|each|any|all)${E}`, 'g'),
      // Thinking back on the story, not the hedge "I think that…": "I think about that project whenever…".
      new RegExp(`${B}${I_WE}\\s${ADVERBS}(?:think|thought)\\s(?:about|of|back\\son)\\s(?:that|it|this)${E}`, 'g'),
    ],
  },
  {
    name: 'the story changed the speaker',
    weight: 1.5,
    patterns: [
      new RegExp(`${B}${MIND_CHANGING}\\s${ME}\\s(?:that|to|of|how|what|why|into)${E}`, 'g'),
      // "it changed how I scope work", "it changed the way we plan": the speaker's practice changed.
      new RegExp(`${B}(?:changed|changes|reshaped)\\s(?:how|the\\sway|what)\\s${I_WE}${E}`, 'g'),
      // The story as the reason for a present practice: "that experience is why I push for…".
      new RegExp(`${B}(?:is|that's)\\swhy\\s${I_WE}\\s(?!${STORY_VERB}${E})`, 'g'),
      // Leaving the story changed: "I left that team a lot less afraid of…", "walked away more confident".
      new RegExp(
        `${B}(?:left|came\\sout|walked\\saway|finished)\\s(?:[\\w']+\\s){0,3}?(?:a\\slot\\s|much\\s|far\\s)?(?:less|more)\\s\\w+${E}`,
        'g',
      ),
      // "I'm far more sceptical of…": the speaker, changed, in the present.
      new RegExp(`${B}(?:i'm|i\\sam|we're|we\\sare)\\s(?:much\\s|far\\s|a\\slot\\s)?(?:more|less|better|wiser|warier)${E}`, 'g'),
      // "made me a better planner", "made us far more careful": a comparative of the speaker.
      new RegExp(
        `${B}(?:made|makes)\\s${ME}\\s(?:a\\s)?(?:much\\s|far\\s|a\\slot\\s)?(?:better|worse|more|less|wiser|calmer|humbler|stronger|stricter|slower|faster)${E}`,
        'g',
      ),
    ],
  },
  {
    // A habit owned by the speaker: "my habit ever since", "second nature to me", "our default now".
    name: 'habit',
    weight: 1.5,
    patterns: [
      new RegExp(`${B}(?:my|our)\\s(?:\\w+\\s)?(?:habit|reflex|default|routine|instinct|rule\\sof\\sthumb)${E}`, 'g'),
      new RegExp(`${B}second\\snature${E}`, 'g'),
    ],
  },
  {
    // A modal of the speaker's own: "I'd bring the porters in", "would I do it the same way", "next time would
    // check". Not desire or obligation ("I'd like to", "I'd have to"), nor "could", the story's past ability.
    name: 'counterfactual',
    weight: 2,
    storyOnly: true,
    patterns: [
      new RegExp(
        `${B}(?:${I_WE}\\s${ADVERBS}(?:would|should)|i'd|we'd)\\s${ADVERBS}(?!(?:${NOT_REFLECTIVE_MODAL}|${PLUPERFECT})${E})[\\w']+`,
        'g',
      ),
      new RegExp(`${B}(?:would|should)\\s${I_WE}${E}`, 'g'),
      new RegExp(`${B}next\\stime,?\\s(?:would|should|i'd|we'd)${E}`, 'g'),
      // A wish about one's own past: "part of me still wishes I had pushed back".
      new RegExp(`${B}wish(?:es|ed)?\\s(?:i|we)\\s(?:had|could|would)${E}`, 'g'),
    ],
  },
  {
    name: 'present perfect',
    weight: 1,
    storyOnly: true,
    patterns: [
      new RegExp(`${B}(?:i've|we've|(?:i|we)\\shave)\\s${ADVERBS}${PARTICIPLE}${E}`, 'g'),
      new RegExp(`${B}(?:has|have)\\s(?:been|become)\\s(?:my|our)${E}`, 'g'),
    ],
  },
  {
    // The speaker in the present after a past story: "I check backups before…", "we always load-test".
    name: 'present habit',
    weight: 1,
    storyOnly: true,
    patterns: [
      new RegExp(
        `${B}${I_WE}\\s${ADVERBS}(?!(?:${STORY_VERB}|${IRREGULAR_PAST_FORMS})${E}|(?:am|was|were|will|would|should|could|can|do|don't|think|guess|mean|feel|hope|want|need|to|have|had)${E})[a-z][\\w-]*(?<!ing)${E}`,
        'g',
      ),
    ],
  },
  {
    // The claim reaches beyond the story's time: "ever since", "these days", "usually", "tomorrow", "every time".
    name: 'generalisation',
    weight: 1,
    storyOnly: true,
    patterns: [
      new RegExp(
        `${B}(?:ever\\ssince|never\\sagain|since\\s(?:then|that)|these\\sdays|nowadays|any\\s?more|every\\stime|whenever|usually|tomorrow|today|(?<!right\\s)now(?!\\s${I_WE}\\s${STORY_VERB}${E}))${E}`,
        'g',
      ),
      new RegExp(`${B}(?:always|never)\\s(?!${ADVERBS}${STORY_VERB}${E})`, 'g'),
      new RegExp(`${B}(?<!the\\s)next\\stime${E}`, 'g'),
    ],
  },
  {
    name: 'evaluation',
    weight: 1,
    patterns: [
      new RegExp(`${B}(?:right|wrong|same|best|worst|smart)\\s(?:call|decision|choice|move|way)${E}`, 'g'),
      new RegExp(`${B}(?:mistake|worth\\sit|mattered\\smost|differently)${E}`, 'g'),
    ],
  },
  {
    // A summary framed as one, in the present: "what I took from it is that…", "the thing I carry … is…" (not
    // the story's "what I did was call…").
    name: 'summary frame',
    weight: 1,
    patterns: [
      new RegExp(
        `^(?:so\\s|and\\s)?(?:what|the\\s(?:\\w+\\s)?(?:thing|part|bit))\\s(?:[\\w']+\\s){0,7}?(?:is\\s[\\w']+|was\\s(?:that|to|realising|realizing|learning|understanding|seeing))${E}`,
        'g',
      ),
    ],
  },
  {
    // Pointing back at the story as a whole: "from this", "out of it", "that call taught me", "the whole thing
    // showed me", "looking at it now".
    name: 'the story as a whole',
    weight: 0.5,
    patterns: [
      new RegExp(`${B}(?:from|at|on|out\\sof)\\s${ANAPHOR}${E}`, 'g'),
      new RegExp(
        `^(?:(?:honestly|so|and|but|well|really|overall)\\s)?(?:it|this|that(?:\\s\\w+)?|the\\s(?:whole\\s)?(?:thing|experience|episode|project|incident))\\s(?:${MIND_CHANGING}|made|makes)${E}`,
        'g',
      ),
    ],
  },
];

export const COUNTER_EVIDENCE: readonly ReflectionFeature[] = [
  {
    // Literal looking: "looking back through the device logs", "looked back at the spreadsheet" — anything but
    // the story itself.
    name: 'literal looking back',
    weight: -4,
    patterns: [
      new RegExp(
        `${B}look(?:ing|ed)?\\sback\\s(?:through|over|into|in|(?:at|on)\\s(?!${STORY_PARTS}${E})(?:the|our|their|my|a|an|all|those|these))${E}`,
        'g',
      ),
    ],
  },
  {
    // The past habitual "would": "we'd meet every morning" tells the story, it does not imagine another one.
    name: 'past habit',
    weight: -1.5,
    patterns: [
      new RegExp(
        `${B}(?:i'd|we'd|would)\\s(?:[\\w']+\\s){0,5}?(?:every|each)\\s(?:morning|day|night|evening|week|weekend|month|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)${E}`,
        'g',
      ),
    ],
  },
  {
    // Finding out, not a lesson: "we learned from the provider that…", "I learned that the job had failed".
    name: 'finding out',
    weight: -3,
    patterns: [
      new RegExp(
        `${B}(?:learned|learnt|heard|found\\sout)\\s(?:from|of|about)\\s(?!(?:${ANAPHOR}|my|our|mistakes?|experience)${E})`,
        'g',
      ),
      new RegExp(`${B}(?:learned|learnt|found\\sout)\\sthat\\s(?:[\\w']+\\s){1,5}?(?:had|was|were|\\w+ed)${E}`, 'g'),
    ],
  },
];
