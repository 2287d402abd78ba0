// The human-readable report the CLI prints without --json.
import { spanLabel } from '../../common/span-label';
import type { Report } from '../../common/report';

function seconds(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)} s`;
}

function check(present: boolean): string {
  return present ? '✓' : '✗';
}

export function formatReport(report: Report, source: string): string {
  const words = report.transcript.words;
  const text = words.map((word) => word.text.trim()).join(' ');
  const list = (items: { text: string }[]): string => items.map((item) => spanLabel(item.text)).join(', ');
  const fillers = list(report.fillers.items);
  const metrics = list(report.metrics.items);
  const reflections = list(report.reflection.items);
  return [
    `Duration         ${seconds(report.durationSec)}  (speaking ${seconds(report.speakingSec)})`,
    // One pace everywhere: words a minute over the whole answer; speaking-time pace is the detail.
    `Pace             ${Math.round(report.pace.overallWpm)} words/min (${Math.round(report.pace.articulationWpm)} while speaking)`,
    `First word after ${seconds(report.timeToFirstWordSec)}`,
    `Fillers          ${report.fillers.count} (${report.fillers.perMinute}/min)${fillers ? `: ${fillers}` : ''}`,
    `Concrete metric  ${check(report.metrics.present)}${metrics ? ` ${metrics}` : ' no number'}`,
    `Reflection       ${check(report.reflection.present)}${reflections ? ` ${reflections}` : ''}`,
    `Ownership        I ×${report.ownership.i}, we ×${report.ownership.we}`,
    `Answer mode      ${report.mode}`,
    ...(report.summary.fixes.length === 0 ? [] : ['Fix next', ...report.summary.fixes.map((fix) => `  → ${fix.text}`)]),
    `Transcript (${source}, ${words.length} words)`,
    text ? `  ${text}` : '  (no words)',
  ].join('\n');
}
