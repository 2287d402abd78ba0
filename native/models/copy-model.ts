// Copies a model file into the models folder through a hidden temporary file, so a failed or
// interrupted copy never leaves a half-written model under a name the library would list.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inspectModel, type ModelInfo } from '../transcriber/model-file';
import { ChecksumVerifier, type Checksums } from './checksums';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function checkedModel(file: string, name: string): Promise<ModelInfo> {
  try {
    return await inspectModel(file);
  } catch (error) {
    throw new Error(`cannot add ${name}: ${message(error)}`, { cause: error });
  }
}

async function copyHashing(source: string, temporary: string, verifier: ChecksumVerifier, name: string): Promise<void> {
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      verifier.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), hashing, createWriteStream(temporary, { flags: 'wx' }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT')
      throw new Error(`not enough disk space to copy ${name} into the models folder`, { cause: error });
    throw new Error(`cannot copy ${name} into the models folder: ${message(error)}`, { cause: error });
  }
}

/** Checks `source`, copies it to `target` (verifying `checksums` on the way) and checks the copy. */
export async function copyModelInto(source: string, target: string, checksums: Checksums): Promise<void> {
  const name = path.basename(target);
  const original = await checkedModel(source, name);
  const temporary = path.join(path.dirname(target), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const verifier = new ChecksumVerifier(checksums);
  try {
    await copyHashing(source, temporary, verifier, name);
    verifier.verify(name);
    const copied = (await stat(temporary)).size;
    if (copied !== original.sizeBytes) throw new Error(`cannot add ${name}: the file changed while it was copied`);
    await checkedModel(temporary, name);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
