// Run by journal.test.ts: records `chunks` chunks into a journal, then dies by SIGKILL without closing it.

import { openJournal } from '../../../native/audio/journal';

const [dir, chunks] = process.argv.slice(2);
if (dir === undefined || chunks === undefined) throw new Error('usage: journal-crash-child <dir> <chunks>');
const journal = openJournal(dir, {
  recordingId: 'killed',
  questionId: 3,
  startedAt: '2025-01-02T03:04:05.000Z',
  targetMinSec: 60,
  targetMaxSec: 120,
  sampleRate: 16000,
});
for (let seq = 0; seq < Number(chunks); seq++) journal.append(seq, new Float32Array(4000).fill(seq / 100));
process.kill(process.pid, 'SIGKILL');
