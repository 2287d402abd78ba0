// A small model file for model-manager tests: tiny width for speed, but the real vocabulary and mel
// size, so inspectModel accepts it like a real model.
import { readFile } from 'node:fs/promises';
import { writeSyntheticModel } from '../../utils/synthetic-model';

export async function smallModel(path: string, seed = 3): Promise<Buffer> {
  await writeSyntheticModel(path, { nState: 64, nHead: 2, nLayer: 1 }, seed);
  return readFile(path);
}
