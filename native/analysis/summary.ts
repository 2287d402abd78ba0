// The five-second summary: up to three strengths and three fixes, read straight off the verdicts (verdicts.ts),
// so the summary can never say "nothing to fix" beside an amber tile.

import { rankedFixes, strengthsOf } from './verdicts';
import type { Finding, Report, Verdict } from '../../common/report';

const MAX_FINDINGS = 3;

export function summarize(verdicts: readonly Verdict[]): Report['summary'] {
  const fixes = rankedFixes(verdicts).slice(0, MAX_FINDINGS);
  const strengths = strengthsOf(verdicts).slice(0, MAX_FINDINGS);
  return {
    strengths: strengths.map((verdict): Finding => ({ text: verdict.strength ?? '', evidence: verdict.evidence })),
    fixes: fixes.map((verdict): Finding => ({ text: verdict.fix ?? '', evidence: verdict.evidence })),
  };
}
