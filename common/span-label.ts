// How a span of the transcript is shown to people, by the app and the CLI alike.

/** A span's text for display: the punctuation Whisper attached at its edges removed, case, "$" and "%" kept. */
export function spanLabel(text: string): string {
  return text.trim().replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '');
}
