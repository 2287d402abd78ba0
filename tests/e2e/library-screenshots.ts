// Makes resources/library.png and resources/drill.png for the README: the library with a hand-written
// Markdown file of STAR stories imported and one story's page, and a drill session offering its twist.
//   npm run build && node --import tsx tests/e2e/library-screenshots.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { speechWav } from '../utils/speech';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { launchHarness } from './harness';
import { PIPELINE_BOUND_MS, recordedAtLeast, UI_BOUND_MS } from './steps';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const stories = path.join(repo, 'tests', 'unit', 'library', 'fixtures', 'star-stories.md');

const harness = await launchHarness({
  microphoneWav: speechWav([{ say: 'I led the checkout rewrite and we cut latency by forty percent.' }, { silence: 1 }]).path,
  modelPath: await ensureSyntheticModel(),
});
const { page } = harness;
try {
  await page.getByTestId('nav-library').click();
  await page.getByTestId('import-deck').click();
  await page.getByTestId('import-file').setInputFiles(stories);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-panel').waitFor({ state: 'detached', timeout: UI_BOUND_MS });
  await page.screenshot({ path: path.join(repo, 'resources', 'library.png') });

  await page.getByTestId('new-session').click();
  await page.getByTestId('session-start').click();
  await page.locator('[data-testid="drill-session"][data-phase="recording"]').waitFor({ timeout: UI_BOUND_MS });
  await recordedAtLeast(page, 2);
  await page.getByTestId('drill-stop').click();
  await page.getByTestId('twist-offer').waitFor({ timeout: PIPELINE_BOUND_MS });
  await page.screenshot({ path: path.join(repo, 'resources', 'drill.png') });
  console.log('wrote resources/library.png and resources/drill.png');
} finally {
  await harness.close();
}
