// Model files are addressed by bare file names inside the models folder; anything that could reach
// outside it (a separator, '..', a hidden or temporary name) is refused before any file is touched.
import path from 'node:path';

/** Suffix of a download in progress; it stays beside the final file so a later run can resume it. */
export const PART_SUFFIX = '.part';

export function requireFileName(name: string, what: string): string {
  const plain = name !== '' && !/[/\\\0]/.test(name) && !name.startsWith('.') && path.basename(name) === name;
  if (!plain || name.endsWith(PART_SUFFIX)) {
    throw new Error(`${what} must be a plain file name inside the models folder, got '${name}'`);
  }
  return name;
}

/** The path of a file in the models folder, checked to stay inside it. */
export function pathInside(dir: string, name: string, what: string): string {
  const root = path.resolve(dir);
  const target = path.resolve(root, requireFileName(name, what));
  if (path.dirname(target) !== root) throw new Error(`${what} '${name}' is outside the models folder`);
  return target;
}
