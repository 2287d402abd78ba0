// Evaluates the analysis engine against the labeled corpus (tests/corpus) and exits non-zero when a target
// is missed.
//   node --import tsx scripts/eval.ts            figures and targets
//   node --import tsx scripts/eval.ts --details  also every disagreement with the labels

import { loadTextCases } from '../tests/corpus/cases';
import {
  audioTargets, evaluateAudio, evaluateText, textTargets, type Miss, type Scores, type Target,
} from '../tests/corpus/evaluate';
import { speechToolsMissing } from '../tests/utils/speech';

const details = process.argv.includes('--details');

function fixed(value: number): string {
  return value.toFixed(3);
}

function row(name: string, s: Scores): string {
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
  for (const miss of misses) console.log(`    ${miss.caseId.padEnd(28)} ${miss.detector.padEnd(10)} ${miss.kind.padEnd(7)} ${miss.text}`);
}

const text = evaluateText(loadTextCases());
console.log(`Text set: ${text.cases} answers`);
console.log(row('lexical fillers', text.fillers));
console.log(row('metrics', text.metrics));
console.log(row('reflection (present)', text.reflection));
console.log(row('hedges', text.hedges));
console.log(row('pauses', text.pauses));
console.log(`  ownership exact        ${text.ownershipExact.matched}/${text.ownershipExact.total}`);
console.log(`  pause boundary error   max ${fixed(text.pauses.maxBoundaryErrorSec)} s`);
console.log(`  STAR duration error    mean ${fixed(text.starDurationErrorSec)} s per section`);
console.log(`  answer mode            ${fixed(text.modeAccuracy)} accuracy`);
console.log(`  crisp ending           ${fixed(text.endingAccuracy)} accuracy`);
const targets = textTargets(text);
printTargets(targets);
printMisses(text.misses);

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
} else {
  console.log(`\nAudio set skipped: ${missing}`);
}

const failed = targets.filter((target) => !target.met);
if (failed.length > 0) {
  console.log(`\n${failed.length} target(s) missed: ${failed.map((target) => target.name).join(', ')}`);
  process.exit(1);
}
console.log('\nAll targets met.');
