// Finds the line a value sits on in a JSON text, so an error can name it ("line 14: mode …"). JSON.parse
// keeps no positions and its syntax messages vary by Node version, so this walks the text once, checking
// the syntax as it goes and recording the line each value starts on.

type PathKey = string;

const keyOf = (path: readonly (string | number)[]): PathKey => JSON.stringify(path);

export class JsonSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

/** Line (1-based) of every value in a JSON text, keyed by its path; throws JsonSyntaxError on bad syntax. */
export function jsonValueLines(text: string): Map<PathKey, number> {
  const lines = new Map<PathKey, number>();
  let at = 0;
  let line = 1;
  const fail = (detail: string): never => {
    throw new JsonSyntaxError(detail, line);
  };
  const describe = (): string => (at >= text.length ? 'the end of the file' : `'${text[at]}'`);
  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text[at]!)) {
      if (text[at] === '\n') line += 1;
      at += 1;
    }
  };
  const expect = (char: string, what: string): void => {
    skipSpace();
    if (text[at] !== char) fail(`expected ${what}, found ${describe()}`);
    at += 1;
  };
  const readString = (): string => {
    skipSpace();
    if (text[at] !== '"') fail(`expected a "quoted" name, found ${describe()}`);
    const start = at;
    at += 1;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\n') fail('a string runs past the end of its line (missing closing ")');
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail('a string is never closed (missing ")');
    at += 1;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      return fail('a string holds an invalid escape sequence');
    }
  };
  const readValue = (path: (string | number)[]): void => {
    skipSpace();
    lines.set(keyOf(path), line);
    const char = text[at];
    if (char === '{') {
      at += 1;
      skipSpace();
      if (text[at] === '}') {
        at += 1;
        return;
      }
      for (;;) {
        const key = readString();
        expect(':', "':' after a name");
        readValue([...path, key]);
        skipSpace();
        if (text[at] === '}') break;
        if (text[at] !== ',') fail(`expected ',' or '}', found ${describe()}`);
        at += 1;
        skipSpace();
        if (text[at] === '}') fail("a trailing ',' before '}'");
      }
      at += 1;
    } else if (char === '[') {
      at += 1;
      skipSpace();
      if (text[at] === ']') {
        at += 1;
        return;
      }
      for (let index = 0; ; index += 1) {
        readValue([...path, index]);
        skipSpace();
        if (text[at] === ']') break;
        if (text[at] !== ',') fail(`expected ',' or ']', found ${describe()}`);
        at += 1;
        skipSpace();
        if (text[at] === ']') fail("a trailing ',' before ']'");
      }
      at += 1;
    } else if (char === '"') {
      readString();
    } else {
      const start = at;
      while (at < text.length && !/[\s,\]}:]/.test(text[at]!)) at += 1;
      if (!LITERAL.test(text.slice(start, at)))
        fail(`expected a value, found ${at > start ? `'${text.slice(start, at)}'` : describe()}`);
    }
  };
  readValue([]);
  skipSpace();
  if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON`);
  return lines;
}

/** The line of the deepest value along `path` that the text has (a missing key points at its object). */
export function lineOfPath(lines: ReadonlyMap<PathKey, number>, path: readonly PropertyKey[]): number | null {
  for (let length = path.length; length >= 0; length -= 1) {
    const found = lines.get(keyOf(path.slice(0, length).map((part) => (typeof part === 'number' ? part : String(part)))));
    if (found !== undefined) return found;
  }
  return null;
}
