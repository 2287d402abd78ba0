// The twist after an answer: a follow-up chosen from what the analysis found missing, the way an
// interviewer would press. No outcome → "what was the outcome"; no number → "how did you measure it";
// mostly "we" → "what did you do yourself"; no reflection → "what would you do differently"; a complete
// answer gets a probe (why that choice, go deeper, another example). Pure and seeded.

import { twistDeckSchema, type DeckMode, type Twist, type TwistDeck, type TwistGap } from '../../common/deck';
import type { Report } from '../../common/report';
import { pick, seededRandom } from './random';
import { VERDICT_MODES } from './verdicts';

/** The report fields a twist is chosen from. */
export type TwistInput = Pick<Report, 'metrics' | 'ownership' | 'reflection' | 'star'>;

export interface ChosenTwist {
  twist: Twist;
  gap: TwistGap;
  /** Why this follow-up, in a sentence for the drill screen. */
  because: string;
}

type ReportGap = Extract<TwistGap, 'no-result' | 'no-metric' | 'mostly-we' | 'no-reflection'>;

/**
 * The gaps an answer is pressed on, most pressing first (an answer without an outcome is the first thing an
 * interviewer asks about), each only in the modes whose verdicts ask for it (see verdicts.ts): a design
 * answer has no "result", and "we would shard" in a hypothetical design is not a lack of ownership.
 */
const REPORT_GAPS: readonly {
  gap: ReportGap;
  modes: readonly DeckMode[];
  found: (report: TwistInput) => boolean;
  because: string;
}[] = [
  {
    gap: 'no-result',
    modes: VERDICT_MODES.result,
    found: (report) => report.star.missing.includes('result'),
    because: 'Your answer did not say how it ended.',
  },
  {
    gap: 'no-metric',
    modes: VERDICT_MODES.number,
    found: (report) => !report.metrics.present,
    because: 'Your answer had no number in it.',
  },
  {
    gap: 'mostly-we',
    modes: VERDICT_MODES.ownership,
    found: (report) => report.ownership.mostlyWe,
    because: 'You mostly said "we".',
  },
  {
    gap: 'no-reflection',
    modes: VERDICT_MODES.reflection,
    found: (report) => !report.reflection.present,
    because: 'Your answer had no reflection or lesson.',
  },
];

const PROBES: readonly { gap: Exclude<TwistGap, ReportGap>; because: string }[] = [
  { gap: 'decision-rationale', because: 'Your answer covered the basics; now the why behind a choice.' },
  { gap: 'depth', because: 'Your answer covered the basics; now one level deeper.' },
  { gap: 'another-example', because: 'Your answer covered the basics; now a second example.' },
];

export function parseTwistDeck(json: unknown): TwistDeck {
  const parsed = twistDeckSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`twist deck: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return parsed.data;
}

function wordings(deck: TwistDeck, gap: TwistGap, mode: DeckMode): Twist[] {
  return deck.twists.filter((twist) => twist.gap === gap && (twist.modes === undefined || twist.modes.includes(mode)));
}

/** The report gaps an answer to a question of this mode has, most pressing first. */
export function answerGaps(report: TwistInput, mode: DeckMode): ReportGap[] {
  return REPORT_GAPS.filter((entry) => entry.modes.includes(mode) && entry.found(report)).map((entry) => entry.gap);
}

export interface TwistOptions {
  mode: DeckMode;
  seed: number;
  /** Twists already asked (this session, this question): another wording is preferred when there is one. */
  askedIds?: readonly string[];
}

/** The follow-up for an answer; null only when the deck has no wording for any fitting gap. */
export function chooseTwist(deck: TwistDeck, report: TwistInput, options: TwistOptions): ChosenTwist | null {
  const random = seededRandom(options.seed);
  const asked = new Set(options.askedIds ?? []);
  const fresh = (list: Twist[]): Twist[] => {
    const unasked = list.filter((twist) => !asked.has(twist.id));
    return unasked.length > 0 ? unasked : list;
  };
  for (const gap of answerGaps(report, options.mode)) {
    const list = wordings(deck, gap, options.mode);
    if (list.length > 0) {
      return { twist: pick(fresh(list), random), gap, because: REPORT_GAPS.find((entry) => entry.gap === gap)!.because };
    }
  }
  const probes = PROBES.map((probe) => ({ ...probe, list: wordings(deck, probe.gap, options.mode) })).filter(
    (probe) => probe.list.length > 0,
  );
  if (probes.length === 0) return null;
  const unaskedProbes = probes.filter((probe) => probe.list.some((twist) => !asked.has(twist.id)));
  const probe = pick(unaskedProbes.length > 0 ? unaskedProbes : probes, random);
  return { twist: pick(fresh(probe.list), random), gap: probe.gap, because: probe.because };
}
