// The answer mode a question asks for, read from the question's grammar and its semantic frame rather than
// from set phrases:
//   behavioral  — a story about the past: "tell me about a … you …", "describe a project …", "tell me about
//                 leading …", a second-person past ("a call you made");
//   motivation  — the future self ("picture yourself in five years"), reasons for joining ("what makes you want
//                 to work for us") or for leaving ("what's pushing you to move on from your role");
//   pitch       — narrate one's own background ("tell me about yourself", "the short version of your story");
//   design      — build, architect or sketch a system (a design verb, a system noun, "how would you …");
//   incident    — something broken, down or failing now, and what you do next ("your next hour");
//   product     — users, features and their metrics, and prioritising or measuring them.
// Each frame found adds its weight to its mode, and a naive Bayes classifier trained on varied questions
// (mode-classifier.ts) adds its posterior to every mode, 'general' included: the frames hold what they are sure of,
// the classifier decides the wordings no frame names. The highest total wins, the earliest on a tie. A story frame weighs more than a topic word: "tell me about a time you handled an
// outage" is a story about an incident, "design a system that survives an outage" a design.

import { splitClauses } from './clauses';
import { clauseTense, isPastVerb } from './grammar';
import { modePosterior, shippedModeModel, type ModeModel } from './mode-classifier';
import { tokenize, type Token } from './normalize';
import { B, E, matchWords } from './token-patterns';
import type { AnswerMode } from '../../common/report';

interface Frame {
  mode: AnswerMode;
  weight: number;
  patterns: readonly RegExp[];
}

/** A frame that says which mode the question is (a story, a reason, a self-introduction). */
const DECISIVE = 2;
/** Language a mode's questions hold in common: a breakage, a system to build, a product metric. */
const TOPICAL = 1;
/** Asking for next steps marks an incident only beside a breakage. */
const NEXT_STEPS = 0.5;
/** The least evidence for a mode; below it the question is 'general'. */
const MIN_SCORE = 1;
/** A breakage alone marks an incident more than a system noun marks a design. */
const BREAKAGE = 1.5;

const STORY_NOUNS = `(?:time|situation|project|decision|mistake|failure|conflict|disagreement|challenge|problem|moment|case|occasion|example|goal|deadline|bug|incident|outage|risk|change|initiative|achievement|accomplishment|piece\\sof\\swork|stakeholder|customer|colleague|teammate|manager|success|win|team\\s(?:success|win|effort)|release|launch|migration|lesson|something|thing)`;
const HOW_WOULD_YOU = `how\\s(?:would\\syou|you'd|you\\swould|do\\syou|should\\swe|would\\swe)`;
const DESIGN_VERBS = `(?:design|architect|sketch|build|size|scale|structure|model|store|partition|implement|cache|lay\\sout|set\\sup|draw|push|roll\\sout|distribute)`;
const SYSTEM_NOUNS = `(?:systems?|components?|website|web\\sapp|services?|backend|back-end|infrastructure|architecture|apis?|pipelines?|databases?|schemas?|queues?|caches?|caching|platform|storage|data\\smodel|rate\\slimit(?:er|ing)?|shortener|feed|firmware\\supdates?)`;
const PRODUCT_NOUNS = `(?:features?|metrics?|kpis?|visitors|referrals?|products?|roadmap|onboarding|users|customers|sign-?ups|conversions?|retention|churn|adoption|engagement|trials?|funnel|pricing|prices|plans?|mvp|backlog|release|dau|mau)`;

const FRAMES: readonly Frame[] = [
  {
    mode: 'behavioral',
    weight: DECISIVE,
    patterns: [
      new RegExp(
        `${B}tell\\sme\\sabout\\s(?:a|an|the|one|something|someone|some)\\s(?:[\\w'-]+\\s){0,6}?(?:you|you've|you'd|your|you're)${E}`,
        'g',
      ),
      new RegExp(
        `${B}(?:tell\\sme\\sabout|describe|talk\\sabout|share|walk\\sme\\sthrough)\\s(?:a|an|one)\\s(?:[\\w'-]+\\s){0,3}?${STORY_NOUNS}${E}`,
        'g',
      ),
      // "Tell me about leading a team through…": an experience named by its gerund.
      new RegExp(`${B}(?:tell\\sme|talk)\\sabout\\s(?:a\\stime\\s)?\\w{3,}ing${E}`, 'g'),
      new RegExp(`${B}(?:give|share)\\s(?:me\\s|us\\s)?(?:an\\s|one\\s)?examples?${E}`, 'g'),
      new RegExp(
        `${B}(?:what's|what\\sis|what\\swas)\\s(?:the|your)\\s(?:[\\w'-]+\\s){0,4}?(?:you've|you\\shave|you\\sever|you)${E}`,
        'g',
      ),
      new RegExp(`${B}(?:have\\syou\\sever|a\\stime\\s(?:when|you)|when\\swas\\sthe\\slast\\stime)${E}`, 'g'),
      // A question in the past about the speaker: "what did you do when…", "when did you last…" (not "why did
      // you…", a reason).
      new RegExp(`${B}(?<!(?:why|how)\\s)did\\syou${E}`, 'g'),
      // A superlative of a story noun: "your proudest piece of work", "your toughest launch".
      new RegExp(
        `${B}your\\s(?:biggest|greatest|hardest|proudest|toughest|best|worst|most\\s[\\w-]+)\\s(?:[\\w'-]+\\s){0,2}?${STORY_NOUNS}${E}`,
        'g',
      ),
    ],
  },
  {
    mode: 'motivation',
    weight: DECISIVE,
    patterns: [
      new RegExp(
        `${B}why\\s(?:do\\syou\\swant|would\\syou\\swant|are\\syou\\sinterested|are\\syou\\sapplying|did\\syou\\sapply|should\\swe\\shire|us|this\\s(?:company|role|job|team|position)|join|are\\syou\\sleaving|do\\syou\\swant\\sto\\sleave)${E}`,
        'g',
      ),
      // The future self: "where do you see yourself", "picture yourself five years from now".
      new RegExp(`${B}(?:see|picture|imagine|envision)\\syourself${E}`, 'g'),
      // The future self as a desire: "what do you want to be doing", "where do you hope to grow".
      new RegExp(`${B}you\\s(?:want|hope|plan|'d\\slike|would\\slike)\\sto\\s(?:be|grow|move|end\\sup)${E}`, 'g'),
      new RegExp(
        `${B}(?:years?\\s(?:from\\snow|down\\sthe\\s(?:line|road)|out|ahead)|in\\s(?:[\\w-]+\\s){0,2}years|long[-\\s]term)${E}`,
        'g',
      ),
      // Reasons for joining: "what makes you want to work for us", "wanting to join", "what appeals to you".
      new RegExp(`${B}(?:want|wanting)\\sto\\s(?:work\\s(?:for|at|with|here|on)|join|be\\spart)${E}`, 'g'),
      new RegExp(`${B}(?:(?:made|makes|make)\\syou\\sapply|why\\sapply|(?:right|next)\\s(?:move|step)\\sfor\\syou)${E}`, 'g'),
      new RegExp(`${B}(?:appeals?\\sto|attracts?|draws?|excites?|interests?|motivates?)\\syou${E}`, 'g'),
      // Reasons for leaving: "move on from your current role", "leaving the company", "looking at opportunities".
      new RegExp(
        `${B}(?:looking|open)\\s(?:at|for|to)\\s(?:an?\\s)?(?:new\\s|other\\s)?(?:opportunities|roles?|jobs?|a\\schange|a\\smove)${E}`,
        'g',
      ),
      new RegExp(
        `${B}(?:move\\son|moving\\son|leave|leaving|quit|quitting|switch|switching)\\s(?:from\\s)?(?:your|this|the)\\s(?:current\\s)?(?:role|job|company|team|employer|position)${E}`,
        'g',
      ),
      new RegExp(
        `${B}what\\s(?:are\\syou\\slooking\\sfor|motivates\\syou|draws\\syou|attracts\\syou|excites\\syou\\sabout|interests\\syou\\sabout)${E}`,
        'g',
      ),
      new RegExp(`${B}(?:your\\scareer\\sgoals|what\\sdo\\syou\\sknow\\sabout\\sus)${E}`, 'g'),
    ],
  },
  {
    // The company, its mission or the field as what the question is about: "our mission", "with us", "this
    // industry". Topical only: "our team" may be where a product call is made.
    mode: 'motivation',
    weight: TOPICAL,
    patterns: [
      new RegExp(
        `${B}(?:with\\sus|join\\sus|our\\s(?:mission|company|values|culture)|this\\s(?:industry|field|sector|company|role|job|position))${E}`,
        'g',
      ),
      new RegExp(`${B}(?:hope|hoping|expect|expecting)\\sto\\s(?:learn|grow|achieve|get)${E}`, 'g'),
    ],
  },
  {
    mode: 'pitch',
    weight: DECISIVE,
    patterns: [
      new RegExp(`${B}(?:tell\\sme|tell\\sus)\\s(?:a\\sbit\\s|a\\slittle\\s|more\\s)?about\\syourself${E}`, 'g'),
      new RegExp(`${B}(?:introduce|describe)\\syourself${E}`, 'g'),
      // Narrating one's own background: "walk me through your résumé", "the short version of your story".
      new RegExp(`${B}your\\s(?:own\\s)?(?:story|background|resume|résumé|cv|career|journey|path)${E}`, 'g'),
      new RegExp(`${B}(?:overview|summary|rundown|version|tour)\\sof\\syour${E}`, 'g'),
      new RegExp(`${B}(?:so\\sfar\\sin\\syour|your\\sworking\\slife|your\\scareer\\sso\\sfar)${E}`, 'g'),
      new RegExp(`${B}(?:who\\sare\\syou|how\\syou\\s(?:got|ended\\sup|came)\\s(?:to|here|into))${E}`, 'g'),
      new RegExp(`${B}how\\sdid\\syou\\s(?:end\\sup|get\\sinto|get\\sstarted|become|come\\sto|start\\sout)${E}`, 'g'),
    ],
  },
  {
    mode: 'design',
    weight: TOPICAL,
    patterns: [
      new RegExp(`${B}${DESIGN_VERBS}${E}`, 'g'),
      new RegExp(`${B}${SYSTEM_NOUNS}${E}`, 'g'),
      new RegExp(`${B}(?:${HOW_WOULD_YOU}|how\\syou'd|how\\syou\\swould)\\s${DESIGN_VERBS}${E}`, 'g'),
    ],
  },
  {
    mode: 'incident',
    weight: BREAKAGE,
    patterns: [
      new RegExp(
        `${B}(?:outages?|(?:is|are|was|were|went|goes|going)\\s(?:[\\w-]+\\s)?down|on-?call|paged|pager|paging|spik(?:e|es|ed|ing)|crash(?:es|ed|ing)?|failing|fails|broken|breaks|errors?|error\\srate|timing\\sout|times\\sout|timeouts?|leak(?:s|ing)?|degraded|postmortem|root\\scause|not\\sresponding|alerts?\\sfires?|stop(?:s|ped)?\\s\\w+ing|shows?\\s(?:as\\s|an?\\s)?(?:zero|blank|empty)|at\\s100|(?:is|are)\\s(?:\\w+\\s){0,2}?full|filling\\s(?:up|fast)|running\\sout|is\\sslow|latency\\sis|incidents?|slow|hangs?|freez(?:es|ing)|takes\\s(?:[\\w-]+\\s){0,2}(?:seconds|minutes)|randomly|intermittent(?:ly)?|wrong|missing|stale|duplicated|skipped|silently|flooded|being\\s\\w+ed\\sout|(?:report|reports|reported|complain|complaining)\\s(?:that|they|of|about))${E}`,
        'g',
      ),
    ],
  },
  {
    // A change that broke something: "since this morning", "after last night's update", "can't print".
    mode: 'incident',
    weight: TOPICAL,
    patterns: [
      new RegExp(
        `${B}(?:since\\s(?:this\\smorning|last\\snight|the\\s(?:update|deploy|release|migration))|after\\s(?:the|last\\snight's|yesterday's|this\\smorning's|today's)\\s(?:update|deploy|deployment|release|migration|upgrade)|(?:cannot|can't|unable\\sto|won't)\\s(?:log|print|load|connect|open|pay|sync|send|save|start|reach))${E}`,
        'g',
      ),
    ],
  },
  {
    // What you do next, now: "what do you do", "your first ten minutes", "talk me through your next hour". Alone
    // it is any situational question ("what do you do when you disagree…"): it needs a breakage beside it.
    mode: 'incident',
    weight: NEXT_STEPS,
    patterns: [
      new RegExp(
        `${B}(?:what\\s(?:do|would)\\syou\\sdo|what\\snow|what\\ssteps|where\\s(?:do|would)\\syou\\sstart|what(?:'s|\\sis)\\syour\\splan|how\\swould\\syou\\s(?:approach|tackle)\\sit|your\\s(?:first|next)\\s(?:[\\w-]+\\s)?(?:minutes?|hours?|steps?|moves?)|first\\shour|how\\s(?:would\\syou|you'd|you\\swould)\\s(?:debug|troubleshoot|handle|respond))${E}`,
        'g',
      ),
    ],
  },
  {
    mode: 'product',
    weight: TOPICAL,
    patterns: [
      new RegExp(`${B}${PRODUCT_NOUNS}${E}`, 'g'),
      new RegExp(
        `${B}(?:prioriti[sz]e|ship|launch|decide|choose|cut|remove|measure|judge|evaluate|investigate|dig\\sinto|success|figure\\sout\\swhy|look\\sat|improve|raise|build\\sfirst|which\\sfeature)${E}`,
        'g',
      ),
    ],
  },
];

/**
 * What the trained classifier's posterior is worth against the frames: a certain classifier (1.0) equals one
 * decisive frame, so a frame still outvotes a hesitant classifier and the classifier decides where frames are
 * silent. 'general' gets only this share, so it wins when no frame fires and the classifier leans to it.
 */
const CLASSIFIER = 2;

/** Order on a tie at the same word: the narrower reading first. */
const TIE_ORDER: readonly AnswerMode[] = ['pitch', 'motivation', 'behavioral', 'incident', 'design', 'product', 'general'];

/** The question's words as tokens: mode detection needs no times. */
function questionTokens(question: string): Token[] {
  return tokenize(
    question
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((text) => ({ text, start: 0, end: 0 })),
  );
}

/** Words before "you" that keep its verb out of the past: a condition or an auxiliary ("if you set", "would you set"). */
const NOT_PAST_BEFORE_YOU = new Set(['if', 'would', 'could', 'should', 'will', 'can', 'do', 'did', 'to', 'might']);

/** "A call you made", "what you did": the question asks about the speaker's past (not "if you joined"). */
function secondPersonPast(tokens: readonly Token[]): number | undefined {
  const at = tokens.findIndex(
    (token, index) =>
      token.norm === 'you' &&
      !NOT_PAST_BEFORE_YOU.has(tokens[index - 1]?.norm ?? '') &&
      isPastVerb(tokens[index + 1]?.norm ?? ''),
  );
  return at < 0 ? undefined : at;
}

/** The model is a parameter so cross-validation can score the whole detector on questions it was not trained on. */
export function detectMode(question: string | undefined, model: ModeModel = shippedModeModel()): AnswerMode {
  if (question === undefined) return 'general';
  const tokens = questionTokens(question);
  const totals = new Map<AnswerMode, { score: number; at: number }>();
  const add = (mode: AnswerMode, weight: number, at: number): void => {
    const total = totals.get(mode) ?? { score: 0, at: Infinity };
    totals.set(mode, { score: total.score + weight, at: Math.min(total.at, at) });
  };
  for (const frame of FRAMES) {
    // Each pattern counts once: a frame is evidence, not a word count.
    for (const pattern of frame.patterns) {
      const first = matchWords(tokens, [pattern])[0];
      if (first !== undefined) add(frame.mode, frame.weight, first.firstWord);
    }
  }
  const past = secondPersonPast(tokens);
  if (past !== undefined) add('behavioral', BREAKAGE, past);
  for (const [mode, probability] of modePosterior(model, question)) add(mode, CLASSIFIER * probability, Infinity);
  let best: { mode: AnswerMode; score: number; at: number } = { mode: 'general', score: MIN_SCORE - 0.01, at: Infinity };
  for (const [mode, { score, at }] of totals) {
    const better =
      score > best.score ||
      (score === best.score && (at < best.at || (at === best.at && TIE_ORDER.indexOf(mode) < TIE_ORDER.indexOf(best.mode))));
    if (better) best = { mode, score, at };
  }
  return best.mode;
}

/** A story needs this many clauses in the past, and this share of the clauses with a tense, to be told as one. */
const STORY_PAST_CLAUSES = 4;
const STORY_PAST_SHARE = 0.6;
/** …and the speaker in it ("I", "we") at least this often. */
const STORY_SPEAKER = 3;

/** Whether an answer is told as a story: mostly past clauses, with the speaker as their subject. */
function toldAsStory(answer: readonly Token[]): boolean {
  const tenses = splitClauses(answer).map((clause) =>
    clauseTense(answer.slice(clause.firstWord, clause.lastWord + 1).map((token) => token.norm)),
  );
  const past = tenses.filter((tense) => tense === 'past').length;
  const present = tenses.filter((tense) => tense === 'present').length;
  const speaker = answer.filter((token) => token.norm === 'i' || token.norm === 'we').length;
  return past >= STORY_PAST_CLAUSES && past >= STORY_PAST_SHARE * (past + present) && speaker >= STORY_SPEAKER;
}

/** Below this posterior for 'general' the classifier is unsure the question is general. */
const SURELY_GENERAL = 0.5;

/**
 * The mode of an answer to a question: the question's mode, or, where the question says nothing sure (no question,
 * or 'general' that the classifier doubts), 'behavioral' when the answer itself is a story. A question surely
 * general ("how do you handle feedback?") stays general however it is answered.
 */
export function detectAnswerMode(question: string | undefined, answer: readonly Token[]): AnswerMode {
  const mode = detectMode(question);
  if (mode !== 'general' || !toldAsStory(answer)) return mode;
  const general = question === undefined ? 0 : (modePosterior(shippedModeModel(), question).get('general') ?? 0);
  return general < SURELY_GENERAL ? 'behavioral' : mode;
}
