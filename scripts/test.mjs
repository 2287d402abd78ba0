// The test command: build the bundles the tests load, type-check every part, then run all tests in one
// Node test runner invocation (unit, integration, end-to-end).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function testFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const only = process.argv.slice(2);
run('npm', ['run', 'build']);
for (const project of ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.preload.json']) {
  run('npx', ['tsc', '-p', project, '--noEmit']);
}
const files = only.length > 0 ? only : ['tests/unit', 'tests/integration', 'tests/e2e'].flatMap(testFiles);
run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
