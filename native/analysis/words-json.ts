// Reads the CLI's words.json: {"words":[{"text":"…","start":1.23,"end":1.51,"probability":0.9}]}.

import { checkWords } from './input-checks';
import type { TimedWord } from '../../common/report';

export function parseWordsJson(text: string): TimedWord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('words.json: not valid JSON');
  }
  if (typeof data !== 'object' || data === null || !('words' in data) || !Array.isArray(data.words)) {
    throw new Error("words.json: expected an object with a 'words' list");
  }
  return checkWords(data.words, 'words.json');
}
