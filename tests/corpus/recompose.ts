// Rewrites every text-set file from its script: run after writing or editing a script.
//   node --import tsx tests/corpus/recompose.ts

import { caseFiles, composedCase, writeCase } from './cases';

for (const file of caseFiles()) writeCase(composedCase(file));
console.log(`recomposed ${caseFiles().length} cases`);
