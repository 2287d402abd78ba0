// The layering rule, through ESLint's Node API with the project's own config: each case lints a snippet as
// if it were a file at the given path, so the rule resolves its imports exactly as in `npm run lint`.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  assert.ok(result, 'ESLint returned no result');
  return result.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

test('the renderer may not import native/', async () => {
  const errors = await layeringErrors(
    'renderer/src/replay/x.ts',
    "import { analyze } from '../../../native/pipeline/analyze';\nexport const f = analyze;\n",
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /renderer\/ may not import native\//);
});

test('the renderer may not import Node builtins or electron', async () => {
  const errors = await layeringErrors(
    'renderer/src/x.ts',
    "import { readFileSync } from 'node:fs';\nimport { ipcRenderer } from 'electron';\nexport const f = [readFileSync, ipcRenderer];\n",
  );
  assert.deepEqual(errors, ["renderer/ may not import the Node builtin 'node:fs'", "renderer/ may not import 'electron'"]);
});

test('the renderer may import common/ and packages', async () => {
  const errors = await layeringErrors(
    'renderer/src/replay/x.ts',
    "import { useState } from 'react';\nimport type { Report } from '../../../common/report';\nexport type R = Report;\nexport const f = useState;\n",
  );
  assert.deepEqual(errors, []);
});

test('native/ may not import electron/, neither the folder nor the package', async () => {
  const errors = await layeringErrors(
    'native/app/x.ts',
    "import { createHandlers } from '../../electron/main/handlers';\nimport { app } from 'electron';\nexport const f = [createHandlers, app];\n",
  );
  assert.equal(errors.length, 2);
  assert.match(errors[0] ?? '', /native\/ may not import electron\/main\//);
  assert.match(errors[1] ?? '', /native\/ may not import 'electron'/);
});

test('native/ may not import renderer/, even as a type or a dynamic import', async () => {
  const errors = await layeringErrors(
    'native/app/x.ts',
    "import type { A } from '../../renderer/src/api';\nexport type B = A;\nexport const g = () => import('../../renderer/src/api');\n",
  );
  assert.equal(errors.length, 2);
});

test('common/ imports only common/, never Node builtins', async () => {
  const errors = await layeringErrors(
    'common/x.ts',
    "import type { Report } from './report';\nimport path from 'node:path';\nimport { x } from '../native/app/paths';\nexport const f = [path, x];\nexport type R = Report;\n",
  );
  assert.deepEqual(errors, [
    "common/ may not import the Node builtin 'node:path'",
    'common/ may not import native/ (allowed: common)',
  ]);
});

test('the preload imports only common/ and electron', async () => {
  const allowed = await layeringErrors(
    'electron/preload/index.ts',
    "import { contextBridge } from 'electron';\nimport { CALL_CHANNEL } from '../../common/contract';\nexport const f = [contextBridge, CALL_CHANNEL];\n",
  );
  assert.deepEqual(allowed, []);
  const refused = await layeringErrors(
    'electron/preload/index.ts',
    "import { openCore } from '../../native/app/core';\nimport fs from 'node:fs';\nexport const f = [openCore, fs];\n",
  );
  assert.equal(refused.length, 2);
});

test('main may import native/ and common/, but not the renderer', async () => {
  const errors = await layeringErrors(
    'electron/main/x.ts',
    "import { openCore } from '../../native/app/core';\nimport { CALL_CHANNEL } from '../../common/contract';\nimport { api } from '../../renderer/src/api';\nexport const f = [openCore, CALL_CHANNEL, api];\n",
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /electron\/main\/ may not import renderer\//);
});
