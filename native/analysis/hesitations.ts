// Hesitation sounds (um, uh, er, ah, hmm) and the spellings Whisper uses for them ("umm", "uhm", "erm", "mm").

const HESITATION_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^u+h*m+$/, 'um'],
  [/^u+h+$/, 'uh'],
  [/^e+r+m*$/, 'er'],
  [/^a+h+$/, 'ah'],
  [/^h+m+$|^m{2,}$/, 'hmm'],
];

/** The plain spelling of a hesitation sound ("ummm" → "um"), or the word unchanged when it is not one. */
export function canonicalHesitation(norm: string): string {
  const found = HESITATION_SPELLINGS.find(([spelling]) => spelling.test(norm));
  return found === undefined ? norm : found[1];
}

export function isHesitation(norm: string): boolean {
  return HESITATION_SPELLINGS.some(([spelling]) => spelling.test(norm));
}
