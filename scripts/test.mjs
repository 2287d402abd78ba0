// The test command: lint (ESLint, then Prettier's check), build the bundles the tests load, type-check every part, then run all tests in
// one Node test runner invocation (unit, integration, packaging, end-to-end).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { run, runTool } from './tool.mjs';

function testFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const only = process.argv.slice(2);
runTool('eslint', ['--max-warnings', '0', '.']);
runTool('prettier', ['--check', '.', '--log-level', 'warn']);
run(process.execPath, ['scripts/build-node.mjs']);
runTool('vite', ['build']);
for (const project of ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.preload.json']) {
  runTool(['typescript', 'tsc'], ['-p', project, '--noEmit']);
}
const files = only.length > 0 ? only : ['tests/unit', 'tests/integration', 'tests/packaging', 'tests/e2e'].flatMap(testFiles);
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
