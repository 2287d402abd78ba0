// The answer mode's checklist: what a coach expects in that kind of answer, each item met or not, with the
// words that met it. Behavioral answers reuse the STAR, metric and reflection findings; the other modes look
// for cue phrases (checklist-cues.ts). A general answer is held to a number and a crisp close.
// A motivation answer: a specific reason, tied to experience, what you would bring; a pitch: present, past,
// future.

import {
  CONSTRAINTS,
  FAILURE_MODES,
  FIX,
  HYPOTHESES,
  OBSERVABILITY_ROLLBACK,
  OWN_EXPERIENCE,
  PITCH_FUTURE,
  PITCH_PAST,
  PITCH_PRESENT,
  PREVENTION,
  REQUIREMENTS,
  SMALLEST_STEP,
  SPECIFIC_REASON,
  SUCCESS_METRIC,
  TIMELINE,
  USER_VALUE,
  WHAT_I_BRING,
} from './checklist-cues';
import type { Ending } from './ending';
import { spanOf, type Token } from './normalize';
import { findPhrases, type Phrase } from './phrases';
import type { Star } from './star';
import type { AnswerMode, ChecklistItem, Span } from '../../common/report';

export interface ChecklistFindings {
  star: Star;
  metrics: readonly Span[];
  reflection: readonly Span[];
  ending: Ending;
}

/** An answer moves through time only when it uses at least this many sequence words ("first", "then"). */
const TIMELINE_MIN = 2;

function cueSpans(tokens: readonly Token[], cues: readonly Phrase[]): Span[] {
  return findPhrases(tokens, cues).map(({ firstWord, lastWord }) => spanOf(tokens, firstWord, lastWord));
}

function item(id: string, label: string, evidence: readonly Span[], min = 1): ChecklistItem {
  return { id, label, met: evidence.length >= min, evidence: [...evidence] };
}

function behavioral(tokens: readonly Token[], findings: ChecklistFindings): ChecklistItem[] {
  const sections = findings.star.sections;
  const has = (name: string): boolean => sections.some((section) => section.name === name);
  const star = has('situation') && has('action') && has('result');
  return [
    {
      id: 'star',
      label: 'A story: situation, action, result',
      met: star,
      evidence: sections.map((section) => spanOf(tokens, section.firstWord, section.lastWord)),
    },
    item('metric', 'A concrete metric', findings.metrics),
    item('reflection', 'A reflection or lesson', findings.reflection),
  ];
}

export function buildChecklist(mode: AnswerMode, tokens: readonly Token[], findings: ChecklistFindings): ChecklistItem[] {
  const cues = (list: readonly Phrase[]): Span[] => cueSpans(tokens, list);
  switch (mode) {
    case 'behavioral':
      return behavioral(tokens, findings);
    case 'design':
      return [
        item('requirements', 'Requirements', cues(REQUIREMENTS)),
        item('constraints', 'Constraints', cues(CONSTRAINTS)),
        item('failure-modes', 'Failure modes', cues(FAILURE_MODES)),
        item('observability-rollback', 'Observability or rollback', cues(OBSERVABILITY_ROLLBACK)),
      ];
    case 'incident':
      return [
        item('timeline', 'A timeline', cues(TIMELINE), TIMELINE_MIN),
        item('hypotheses', 'Hypotheses', cues(HYPOTHESES)),
        item('fix', 'A fix or mitigation', cues(FIX)),
        item('prevention', 'Prevention', cues(PREVENTION)),
      ];
    case 'product':
      return [
        item('user-value', 'User value', cues(USER_VALUE)),
        item('success-metric', 'A success metric', cues(SUCCESS_METRIC)),
        item('smallest-step', 'The smallest next step', cues(SMALLEST_STEP)),
      ];
    case 'motivation':
      return [
        item('specific-reason', 'A specific reason', cues(SPECIFIC_REASON)),
        item('own-experience', 'Tied to your experience', cues(OWN_EXPERIENCE)),
        item('what-you-bring', 'What you would bring', cues(WHAT_I_BRING)),
      ];
    case 'pitch':
      return [
        item('present', 'Where you are now', cues(PITCH_PRESENT)),
        item('past', 'How you got here', cues(PITCH_PAST)),
        item('future', 'Where you are heading', cues(PITCH_FUTURE)),
      ];
    case 'general':
      return [
        item('metric', 'A concrete metric', findings.metrics),
        item(
          'ending',
          'A crisp ending',
          findings.ending.crisp && findings.ending.evidence !== null ? [findings.ending.evidence] : [],
        ),
      ];
  }
}
