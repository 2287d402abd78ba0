// Rewrites every corpus file (tuned and blind) from its script: run after writing or editing a script.
//   node --import tsx tests/corpus/recompose.ts

import { caseFiles, composedCase, writeCase, type CorpusSet } from './cases';

for (const set of ['text', 'blind'] as const satisfies readonly CorpusSet[]) {
  for (const file of caseFiles(set)) writeCase(composedCase(file, set), set);
  console.log(`recomposed ${caseFiles(set).length} ${set} cases`);
}
