// A small tmpfs mounted for one test: a real full disk or a real read-only folder. Root ignores file
// modes, so chmod cannot make a folder read-only for these tests; a read-only mount can. Needs root and
// permission to mount; tests skip themselves where that is missing.

import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';

export interface Tmpfs {
  dir: string;
  /** Remounts read-only (EROFS for everyone, root included). */
  readOnly: () => void;
  writable: () => void;
}

/** Mounts a tmpfs of `sizeKb`, unmounted after the test; null (with the test skipped) when mounting is not allowed. */
export function mountTmpfs(t: TestContext, sizeKb: number): Tmpfs | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    t.skip('mounting a tmpfs needs root and mount permission');
    return null;
  }
  t.after(() => {
    // Lazy: a connection a failed test left open must not leave the mount behind.
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
  });
  const remount = (mode: string) => execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' });
  return { dir, readOnly: () => remount('ro'), writable: () => remount('rw') };
}

/** Fills the disk the way a failed model download does: a .part file grown until ENOSPC. */
export function fillDisk(dir: string): void {
  const fd = openSync(path.join(dir, 'ggml-base.en.bin.part'), 'w');
  try {
    for (const size of [64 * 1024, 512]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}
