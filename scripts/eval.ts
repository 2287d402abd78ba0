// Evaluates the analysis engine against the labeled corpus (tests/corpus) and exits non-zero when a target
// is missed.
//   node --import tsx scripts/eval.ts            figures and targets
//   node --import tsx scripts/eval.ts --details  also every disagreement with the labels
// The tuned set (tests/corpus/text) is what the engine was improved against; the blind set (tests/corpus/blind)
// was scored once before any change and is kept out of tuning, so its figures are the honest ones.

import { loadTextCases } from '../tests/corpus/cases';
import {
  audioTargets,
  blindTargets,
  evaluateAudio,
  evaluateText,
  figureRows,
  textTargets,
  type Miss,
  type Target,
} from '../tests/corpus/evaluate';
import { HUM_BLIND_CASES, HUM_BLIND_FREE_TEXTS } from '../tests/corpus/hum-blind';
import { evaluateHums } from '../tests/corpus/hum-set';
import { speechToolsMissing } from '../tests/utils/speech';

const details = process.argv.includes('--details');

function fixed(value: number): string {
  return value.toFixed(3);
}

function row(name: string, s: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }): string {
  return `  ${name.padEnd(22)} P ${fixed(s.precision)}  R ${fixed(s.recall)}  F1 ${fixed(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function printTargets(targets: readonly Target[]): void {
  for (const target of targets) {
    console.log(`  ${target.met ? 'ok  ' : 'MISS'} ${target.name.padEnd(42)} ${fixed(target.value)}  (target ${target.goal})`);
  }
}

function printMisses(misses: readonly Miss[]): void {
  if (!details || misses.length === 0) return;
  console.log('\n  disagreements:');
  for (const miss of misses)
    console.log(`    ${miss.caseId.padEnd(28)} ${miss.detector.padEnd(10)} ${miss.kind.padEnd(7)} ${miss.text}`);
}

const text = evaluateText(loadTextCases('text'));
const blindCases = loadTextCases('blind');
const blind = evaluateText(blindCases);
// Each blind batch (b1, b2, …: the id's prefix) is shown on its own: BLIND.md records each one's first run.
const batches = [...new Set(blindCases.map((corpusCase) => corpusCase.id.split('-')[0] ?? ''))].sort();
const columns: [string, [string, string][]][] = [
  ['tuned', figureRows(text)],
  ...batches.map((batch): [string, [string, string][]] => [
    `blind ${batch}`,
    figureRows(evaluateText(blindCases.filter((corpusCase) => corpusCase.id.startsWith(`${batch}-`)))),
  ]),
  ['blind, all', figureRows(blind)],
];
const WIDTH = 26;
console.log(`Text sets${' '.repeat(17)}${columns.map(([name]) => name.padEnd(WIDTH)).join('')}`);
figureRows(text).forEach(([name], index) => {
  console.log(`  ${name.padEnd(24)}${columns.map(([, rows]) => (rows[index]?.[1] ?? '').padEnd(WIDTH)).join('')}`);
});
const targets = textTargets(text);
console.log('\nTuned targets:');
printTargets(targets);
printMisses(text.misses);
const blindGoals = blindTargets(blind);
console.log("\nBlind targets, all batches (the issue's; corpus.test.ts holds the levels reached):");
printTargets(blindGoals);
if (details && blind.misses.length > 0) {
  console.log('\n  blind disagreements:');
  for (const miss of blind.misses)
    console.log(`    ${miss.caseId.padEnd(28)} ${miss.detector.padEnd(12)} ${miss.kind.padEnd(7)} ${miss.text}`);
}

const missing = speechToolsMissing();
if (missing === null) {
  const audio = evaluateAudio();
  console.log(`\nAudio set: ${audio.cases} spoken answers`);
  console.log(row('vocalized fillers', audio.vocalized));
  console.log(row('pauses', audio.pauses));
  console.log(`  pause boundary error   max ${fixed(audio.pauses.maxBoundaryErrorSec)} s`);
  const spoken = audioTargets(audio);
  printTargets(spoken);
  printMisses(audio.misses);
  targets.push(...spoken);
  const hums = evaluateHums();
  console.log(`\nTouching hums (generated speech): found ${hums.found} of ${hums.total}, ${hums.falseHums} false`);
  const humTargets: Target[] = [
    { name: 'touching hums recall', value: hums.found / hums.total, goal: '≥ 0.8', met: hums.found / hums.total >= 0.8 },
    { name: 'false hums (hum cases and hum-free answers)', value: hums.falseHums, goal: 'none', met: hums.falseHums === 0 },
  ];
  printTargets(humTargets);
  if (details) for (const miss of hums.missed) console.log(`    missed ${miss}`);
  targets.push(...humTargets);
  // The blind batch is reported against the targets but, like the blind text figures, fails nothing.
  const blindHums = evaluateHums(HUM_BLIND_CASES, HUM_BLIND_FREE_TEXTS);
  console.log(`\nTouching hums, blind batch h1: found ${blindHums.found} of ${blindHums.total}, ${blindHums.falseHums} false`);
  const humBlindGoals: Target[] = [
    {
      name: 'touching hums recall (blind)',
      value: blindHums.found / blindHums.total,
      goal: '≥ 0.8',
      met: blindHums.found / blindHums.total >= 0.8,
    },
    { name: 'false hums (blind)', value: blindHums.falseHums, goal: 'none', met: blindHums.falseHums === 0 },
  ];
  printTargets(humBlindGoals);
  blindGoals.push(...humBlindGoals);
  if (details) for (const miss of blindHums.missed) console.log(`    missed ${miss}`);
} else {
  console.log(`\nAudio set skipped: ${missing}`);
}

const failed = targets.filter((target) => !target.met);
if (failed.length > 0) {
  console.log(`\n${failed.length} target(s) missed: ${failed.map((target) => target.name).join(', ')}`);
  process.exit(1);
}
// Blind figures measure generalisation and fail nothing, but the last line must not hide their misses.
const blindMissed = blindGoals.filter((target) => !target.met);
console.log(
  blindMissed.length === 0
    ? '\nAll targets met, tuned and blind.'
    : `\nAll tuned targets met. Blind targets missed: ${blindMissed.map((target) => target.name).join(', ')}.`,
);
