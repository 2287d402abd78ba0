// The blind touching-hum batch (h1): new phrases, hums and positions chosen and committed before the detector
// was run on them, then scored once (BLIND.md). Same generator as the tuned set (hum-set.ts), varied where
// the tuned set is not: speaking rates of 130 and 180 words a minute, hums held longer (0.5) and shorter
// (0.75), and two spellings espeak-ng says differently ("mmm", "uhm"). Not read for tuning.
import type { HumCase } from './hum-set';

export const HUM_BLIND_CASES: readonly HumCase[] = [
  { before: 'our biggest customer', hum: 'uhh', after: 'was about to leave', place: 'after', stretched: true },
  {
    before: 'so I called their head of operations',
    hum: 'umm',
    after: 'the same afternoon',
    place: 'after',
    stretched: false,
    rate: 180,
  },
  { before: 'the build took forty minutes', hum: 'hmm', after: 'on a good day', place: 'after', stretched: true, hold: 0.5 },
  { before: 'I split the test suite', hum: 'mmm', after: 'into four shards', place: 'after', stretched: false },
  { before: 'what I would change is', hum: 'uhm', after: 'the rollout plan', place: 'after', stretched: true, rate: 130 },
  { before: 'the database was', hum: 'uhh', after: 'running out of connections', place: 'after', stretched: false, hold: 0.75 },
  { before: 'and the result was', hum: 'umm', after: 'a much calmer on-call week', place: 'before', stretched: true, rate: 180 },
  { before: 'my manager asked me', hum: 'hmm', after: 'to own the migration', place: 'before', stretched: false, hold: 0.5 },
  { before: 'we moved everything', hum: 'mmm', after: 'to the new cluster', place: 'before', stretched: true },
  {
    before: 'I wrote a small script',
    hum: 'uhm',
    after: 'that checked every invoice',
    place: 'before',
    stretched: false,
    rate: 130,
  },
  { before: 'errors went down', hum: 'uhh', after: 'by half', place: 'before', stretched: true, hold: 0.75 },
  { before: 'the lesson for me', hum: 'umm', after: 'was to ask earlier', place: 'before', stretched: false },
];

/** Hum-free answers (150 words a minute), to count false hums. */
export const HUM_BLIND_FREE_TEXTS: readonly string[] = [
  'Our support queue had grown to three hundred tickets and nobody owned the triage',
  'I set up a rotation and wrote a short guide for the most common questions',
  'within a month the queue was under fifty and the response time had halved',
  'next time I would bring the support lead in from the first day',
];
