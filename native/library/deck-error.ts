// The one error a deck import raises: a sentence for people that names the file's line when it is known.

export class DeckImportError extends Error {
  override readonly name = 'DeckImportError';
  constructor(
    readonly detail: string,
    /** 1-based line of the file the problem is on; null when it concerns the file as a whole. */
    readonly line: number | null,
  ) {
    super(line === null ? detail : `line ${line}: ${detail}`);
  }
}
