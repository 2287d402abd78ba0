// Small runtime checks for arguments that arrive over IPC: the renderer is untrusted input.
export type Check<T> = (value: unknown, where: string) => T;

function fail(where: string, expected: string): never {
  throw new Error(`invalid argument: ${where} must be ${expected}`);
}

export const integer: Check<number> = (value, where) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail(where, 'a non-negative integer');

export function finite(min: number, max: number): Check<number> {
  return (value, where) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? value
      : fail(where, `a number from ${min} to ${max}`);
}

export function text(maxLength: number): Check<string> {
  return (value, where) =>
    typeof value === 'string' && value.trim().length > 0 && value.length <= maxLength
      ? value
      : fail(where, `a non-empty text of at most ${maxLength} characters`);
}

export function oneOf<T extends string>(...options: T[]): Check<T> {
  return (value, where) => (options.includes(value as T) ? (value as T) : fail(where, options.join(' or ')));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, where) => (value === null ? null : check(value, where));
}

export function list<T>(check: Check<T>, maxItems: number): Check<T[]> {
  return (value, where) => {
    if (!Array.isArray(value) || value.length > maxItems) fail(where, `a list of at most ${maxItems} items`);
    return value.map((item, index) => check(item, `${where}[${index}]`));
  };
}

export const float32Samples: Check<Float32Array> = (value, where) =>
  value instanceof Float32Array && value.length <= 16000 * 5 ? value : fail(where, 'a Float32Array of at most 5 s');

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly these fields (unknown fields are rejected, so typos do not pass silently). */
export function object<S extends Shape>(shape: S): Check<Checked<S>> {
  return (value, where) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!(key in shape)) fail(`${where}.${key}`, 'absent (unknown field)');
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) out[key] = check(record[key], `${where}.${key}`);
    return out as Checked<S>;
  };
}

/** Like object(), but every field may be left out. */
export function partial<S extends Shape>(shape: S): Check<Partial<Checked<S>>> {
  return (value, where) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object');
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(record)) {
      const check = shape[key];
      if (!check) fail(`${where}.${key}`, 'absent (unknown field)');
      out[key] = check(field, `${where}.${key}`);
    }
    return out as Partial<Checked<S>>;
  };
}
