// How soon the scorecard follows Stop for a 90 s answer, against transcribing the whole answer after Stop.
//   npm run bench -- [--runs N] [--quick]        bundled as the app is (scripts/bench.mjs)
//   node --import tsx scripts/bench.ts [--runs N] [--quick] [--transcriber path.js]   from source
// A random-weight model of base.en's size (tests/utils/synthetic-model.ts) runs through the real
// whisper.cpp path at a real model's encoder cost; espeak-ng speaks the answer. The answer is fed to the
// app's core at real-time pace (250 ms chunks every 250 ms, as the recorder sends them) and Stop comes
// 0.1 s after the last word: the hardest case, where the whole last sentence is left for after Stop.
// Peak RSS is taken after the live runs, which are the app's own work; the whole-answer passes that
// follow, for comparison only, are reported apart. whisper.cpp runs in its own process: the main
// process's peak and the transcriber process's peak are printed, and their sum (an upper bound on the
// two together) is the figure held against the target. A random decoder stops after a token or two where a
// real one writes every word, so the decoder's share is measured apart (timing probes) and a real
// decoder's cost for the words left at Stop is added in a projection. Each run also prints where the
// time after Stop went (stored, last clip sent, whisper.cpp started and done, words back, transcript
// saved, scorecard) and the CPU time each process spent on it, which other load on the machine barely
// changes. --quick feeds the answer at once up to its last QUICK_LIVE_SEC, waits for the transcriber to
// catch up, and only then goes on in real time: the state at Stop of a run on an idle machine, in a
// fraction of the time, for A/B comparisons on a busy one (the figures to report come from full runs),
// and it skips the whole-answer comparison passes. Prints figures, then one JSON object as
// the last line.

import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { AttemptStage } from '../common/contract';
import { openApp } from '../native/app/compose';
import { resolveDataPaths } from '../native/app/paths';
import { FILLER_PROMPT, maxTokensFor } from '../native/transcriber/decoding';
import { defaultThreads, FULL_AUDIO_CTX } from '../native/transcriber/params';
import { forkTranscriber } from '../native/transcriber/process';
import { Segmenter } from '../native/transcriber/segmenter';
import { transcribeBatch, type StretchReport } from '../native/transcriber/streaming';
import { Transcriber, type SpawnTranscriber } from '../native/transcriber/transcriber';
import { knownWords, spokenAnswer } from '../tests/unit/transcriber/spoken-answer';
import { speechToolsMissing, type Segment } from '../tests/utils/speech';
import { BASE_EN, ensureSyntheticModel } from '../tests/utils/synthetic-model';

const RATE = 16000;
const CHUNK = 4000;
/** English averages about 1.3 BPE tokens a word; each decoded clip adds its timestamp and end tokens. */
const TOKENS_PER_WORD = 1.3;
const TOKENS_PER_CLIP = 4;
/** Tokens decoded per probe when timing the decoder: the random decoder babbles up to this bound. */
const PROBE_TOKENS = 64;
const STOP_AFTER_LAST_WORD_SEC = 0.1;
/**
 * With --quick, the seconds before Stop fed in real time: less than the last stretch, so that at Stop the
 * transcriber has only that stretch left, as in a full run on an idle machine.
 */
const QUICK_LIVE_SEC = 3;

/** A behavioural answer of about 90 s: sentences (no commas, where espeak would pause) and pauses. */
const ANSWER: Segment[] = [
  ['In my last role I owned the checkout service for a large online retailer', 0.6],
  ['Um the error rate on payments had been climbing for about six weeks', 0.4],
  ['and customers were abandoning their carts at the last step', 0.9],
  ['Nobody owned the problem because it sat between three teams', 0.5],
  ['So I took it on myself and set a goal to halve the failures within a quarter', 1.1],
  ['First I added tracing to every call between checkout and the payment provider', 0.4],
  ['That showed two retry storms that started whenever the provider slowed down', 0.7],
  ['Uh each client retried at once and the queue backed up for minutes', 0.5],
  ['I wrote a design for retries with backoff and jitter and a shared budget', 0.8],
  ['The other teams pushed back because they worried about lost orders', 0.45],
  ['so I ran a two week experiment on five percent of the traffic', 0.6],
  ['It showed no lost orders and far fewer timeouts', 1.2],
  ['Like after that everyone agreed to roll it out', 0.4],
  ['We shipped it over three releases with a flag for each team', 0.7],
  ['The error rate dropped by forty percent and abandoned carts fell by twelve percent', 0.9],
  ['Support tickets about failed payments went from ninety a week to about thirty', 1.0],
  ['In hindsight I would have measured the retry budget much earlier', 0.5],
  ['and I would have brought the other teams in from the first day', 0.6],
  ['What I learned is that data wins arguments that opinions cannot', 0],
].flatMap(([say, pause]): Segment[] =>
  pause === 0 ? [{ say: String(say) }] : [{ say: String(say) }, { silence: Number(pause) }],
);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number, digits = 0): number => Number(value.toFixed(digits));
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Linux lets a process reset its peak RSS (clear_refs 5), so that the live runs are measured without
 * the speech synthesis before them; elsewhere the peak covers the whole benchmark so far.
 */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakRssMB(): number {
  try {
    const kB = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kB !== undefined) return Number(kB) / 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Peak RSS (MB) of each transcriber process, as it reports when closed, in the order they closed. */
const transcriberPeaksMB: number[] = [];
/** When the latest transcription request was sent and answered (performance.now()). */
const lastCall = { sent: 0, answered: 0 };
let transcriberPid: number | undefined;
const measuredSpawn: SpawnTranscriber = (request) => {
  const child = forkTranscriber({ ...request, entry: transcriberEntry ?? request.entry });
  transcriberPid = child.pid;
  child.onMessage((message) => {
    if (message.type === 'closed') transcriberPeaksMB.push(message.peakRssBytes / 1024 / 1024);
    if (message.type === 'done') lastCall.answered = performance.now();
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (message.type === 'transcribe') lastCall.sent = performance.now();
      child.send(message);
    },
    onMessage: (listener) => child.onMessage(listener),
    onExit: (listener) => child.onExit(listener),
    kill: () => {
      child.kill();
    },
  };
};

/** CPU time (ms, all threads) and minor page faults of a process so far, from /proc; null elsewhere. */
function processCpu(pid: number | undefined): { cpuMs: number; faults: number } | null {
  if (pid === undefined) return null;
  try {
    // The fields after the command name: minflt is the 8th, utime and stime the 12th and 13th (clock ticks).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, faults: Number(fields[7]) };
  } catch {
    return null;
  }
}

function lastTranscriberPeakMB(): number {
  const peak = transcriberPeaksMB.at(-1);
  if (peak === undefined) throw new Error('the transcriber process did not report its memory when closed');
  return peak;
}

interface LiveRun {
  stopToTranscriptMs: number;
  stopToScorecardMs: number;
  /** Whisper time over all stretches, per second of audio. */
  rtf: number;
  stretches: number;
  /** Stretches (and their clip seconds) still to transcribe when Stop was pressed. */
  leftAtStop: StretchReport[];
  /** The longest wait from the end of a stretch's audio to its words, while recording. */
  maxLagMs: number;
  /** Every stretch's report, kept for the last run only (their clips are timed again later). */
  reports: StretchReport[];
  /** Milestones after Stop, in ms from Stop. */
  timeline: Record<string, number>;
  /** CPU time after Stop until the scorecard: the main process, and the transcriber process (null off Linux). */
  mainCpuMs: number;
  transcriberCpuMs: number | null;
  transcriberFaults: number | null;
}

const quick = process.argv.includes('--quick');
/** --transcriber: the transcriber process's entry (the bundled dist/transcriber-worker.js); else the source's. */
const transcriberEntry = optionValue('--transcriber');

function optionValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return path.resolve(value);
}

function runArg(): number {
  const at = process.argv.indexOf('--runs');
  const runs = at < 0 ? 3 : Number(process.argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs needs a whole number of at least 1 (got ${process.argv[at + 1]})`);
  return runs;
}

/** How the code runs: the whole point of comparing figures. */
function runsAs(): string {
  const main = import.meta.url.endsWith('.ts') ? 'from source through tsx' : 'bundled';
  const child = transcriberEntry ? path.basename(transcriberEntry) : 'its source through tsx';
  return `main ${main}, transcriber process ${child}`;
}

type Core = Awaited<ReturnType<typeof openApp>>;

/**
 * --quick: appends the answer up to QUICK_LIVE_SEC before its end at once, then waits until every
 * stretch cut so far has been transcribed, as it would have been by then at real-time pace. Returns the
 * samples appended (a whole number of chunks).
 */
async function feedAtOnce(core: Core, recordingId: string, samples: Float32Array, transcribed: () => number): Promise<number> {
  const end = Math.max(0, Math.floor((samples.length - QUICK_LIVE_SEC * RATE) / CHUNK)) * CHUNK;
  for (let seq = 0; seq * CHUNK < end; seq++)
    core.recordings.append({ recordingId, seq, samples: samples.slice(seq * CHUNK, (seq + 1) * CHUNK) });
  const cut = new Segmenter().push(samples.subarray(0, end)).length;
  while (transcribed() < cut) await sleep(20);
  return end;
}

/** Records the answer through the core at real-time pace, `runs` times, timing Stop → transcript → scorecard. */
async function liveRuns(samples: Float32Array, modelPath: string, runs: number): Promise<LiveRun[]> {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-bench-'));
  const stages = new Map<number, Map<AttemptStage, number>>();
  const stretches = new Map<string, { report: StretchReport; at: number }[]>();
  const core = await openApp({
    paths: resolveDataPaths(home, {}),
    emit: (name, payload) => {
      if (name !== 'attemptProgress') return;
      const { attemptId, stage } = payload as { attemptId: number; stage: AttemptStage };
      stages.set(attemptId, (stages.get(attemptId) ?? new Map<AttemptStage, number>()).set(stage, performance.now()));
    },
    pickModelFile: async () => modelPath,
    spawnTranscriber: measuredSpawn,
    onStretch: (recordingId, report) => {
      stretches.set(recordingId, [...(stretches.get(recordingId) ?? []), { report, at: performance.now() }]);
    },
  });
  try {
    const status = await core.models.chooseFile();
    if (status.state !== 'ready') throw new Error(`the synthetic model was refused: ${JSON.stringify(status)}`);
    const [question] = core.library.listQuestions();
    if (!question) throw new Error('no starter question to record an answer to');
    const results: LiveRun[] = [];
    for (let run = 0; run < runs; run++) {
      const { recordingId } = core.recordings.start({ questionId: question.id, target: { minSec: 60, maxSec: 90 } });
      const realTimeFrom = quick
        ? await feedAtOnce(core, recordingId, samples, () => stretches.get(recordingId)?.length ?? 0)
        : 0;
      // Real-time pace from here on: the clock starts as if the answer had been spoken up to now.
      const started = performance.now() - (realTimeFrom / RATE) * 1000;
      for (let seq = realTimeFrom / CHUNK; seq * CHUNK < samples.length; seq++) {
        const chunk = samples.slice(seq * CHUNK, (seq + 1) * CHUNK);
        // A chunk exists once its audio has been spoken.
        await sleep(started + ((seq * CHUNK + chunk.length) / RATE) * 1000 - performance.now());
        core.recordings.append({ recordingId, seq, samples: chunk });
      }
      const cpuBefore = process.cpuUsage();
      const childBefore = processCpu(transcriberPid);
      const stop = performance.now();
      const { attemptId } = await core.recordings.stop({ recordingId });
      const stored = performance.now();
      await core.idle();
      const childAfter = processCpu(transcriberPid);
      const cpuAfter = process.cpuUsage(cpuBefore);
      const attempt = core.library.getAttempt(attemptId);
      if (attempt.status !== 'scored') throw new Error(`run ${run + 1} ended ${attempt.status}: ${attempt.error ?? ''}`);
      const times = stages.get(attemptId);
      const transcribed = times?.get('scoring');
      const scored = times?.get('done');
      if (transcribed === undefined || scored === undefined) throw new Error(`run ${run + 1} reported no scoring or done stage`);
      const done = stretches.get(recordingId) ?? [];
      const lags = done.filter(({ at }) => at <= stop).map(({ report, at }) => at - (started + report.end * 1000));
      results.push({
        stopToTranscriptMs: transcribed - stop,
        stopToScorecardMs: scored - stop,
        rtf: sum(done.map(({ report }) => report.elapsedMs)) / 1000 / (samples.length / RATE),
        stretches: done.length,
        leftAtStop: done.filter(({ at }) => at > stop).map(({ report }) => report),
        maxLagMs: Math.max(0, ...lags),
        reports: run === runs - 1 ? done.map(({ report }) => report) : [],
        timeline: {
          stored: stored - stop,
          lastClipSent: lastCall.sent - stop,
          // Timed from the answer: the process's own report that it started reaches this process only
          // once its event loop is free, which it is not while Stop's work runs.
          whisperStarted: lastCall.answered - (done.at(-1)?.report.elapsedMs ?? 0) - stop,
          wordsBack: lastCall.answered - stop,
          transcriptSaved: transcribed - stop,
          scorecard: scored - stop,
        },
        mainCpuMs: (cpuAfter.user + cpuAfter.system) / 1000,
        transcriberCpuMs: childBefore && childAfter ? childAfter.cpuMs - childBefore.cpuMs : null,
        transcriberFaults: childBefore && childAfter ? childAfter.faults - childBefore.faults : null,
      });
      stretches.delete(recordingId);
      core.library.deleteAttempt(attemptId);
      console.log(
        `  run ${run + 1}: Stop → transcript ${round(transcribed - stop)} ms, → scorecard ${round(scored - stop)} ms; ` +
          `${done.length} stretches, ${results.at(-1)?.leftAtStop.length} left at Stop`,
      );
      const result = results.at(-1)!;
      console.log(
        `    after Stop (ms): ${Object.entries(result.timeline)
          .map(([name, ms]) => `${name} ${round(ms)}`)
          .join(', ')}`,
      );
      console.log(
        `    CPU after Stop: main ${round(result.mainCpuMs)} ms, transcriber ${result.transcriberCpuMs ?? '?'} ms ` +
          `(${result.transcriberFaults ?? '?'} page faults)`,
      );
    }
    return results;
  } finally {
    await core.close();
    await rm(home, { recursive: true, force: true });
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Median time of a timing probe: one encoder pass with a fixed number of decoded tokens. */
async function probeMs(
  transcriber: Transcriber,
  pcm: Float32Array,
  audioCtx: number,
  tokens: number,
  repeats = 3,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const { value } = await timed(() =>
      transcriber.transcribe(pcm, { audioCtx, timingProbeTokens: tokens, initialPrompt: FILLER_PROMPT }),
    );
    times.push(value.elapsedMs);
  }
  return median(times);
}

/** Medians over the runs of the milestones and CPU times after Stop. */
function afterStop(live: readonly LiveRun[]): Record<string, unknown> {
  const medianOf = (values: (number | null)[]): number | null =>
    values.every((value) => value !== null) ? round(median(values as number[])) : null;
  return {
    afterStopMs: Object.fromEntries(
      Object.keys(live[0]!.timeline).map((name) => [name, round(median(live.map((r) => r.timeline[name]!)))]),
    ),
    mainCpuAfterStopMs: medianOf(live.map((r) => r.mainCpuMs)),
    transcriberCpuAfterStopMs: medianOf(live.map((r) => r.transcriberCpuMs)),
    transcriberFaultsAfterStop: medianOf(live.map((r) => r.transcriberFaults)),
  };
}

async function main(): Promise<void> {
  const missing = speechToolsMissing();
  if (missing) throw new Error(`the benchmark speaks its answer with espeak-ng: ${missing}`);
  const runs = runArg();
  const threads = defaultThreads();
  // Other work on the machine takes cores from whisper.cpp; the load average shows whether the figures can be trusted.
  const loadBefore = loadavg()[0] ?? 0;
  const modelPath = await ensureSyntheticModel(BASE_EN);
  const spoken = spokenAnswer(ANSWER);
  const lastWordEnd = spoken.sentences.at(-1)?.end ?? 0;
  const samples = spoken.samples.subarray(0, Math.round((lastWordEnd + STOP_AFTER_LAST_WORD_SEC) * RATE));
  const { sentences } = spoken;
  const audioSec = samples.length / RATE;
  const words = knownWords(sentences);
  const lastWordToStopSec = audioSec - lastWordEnd;
  console.log(
    `Voicedrill transcription benchmark: ${path.basename(modelPath)} (base.en size, random weights), ${threads} threads`,
  );
  console.log(`  1-minute load average ${loadBefore.toFixed(2)} on ${availableParallelism()} cores; ${runsAs()}`);
  console.log(
    `  answer: ${audioSec.toFixed(1)} s of espeak-ng speech, ${words.length} words in ${sentences.length} sentences; Stop ${lastWordToStopSec.toFixed(2)} s after the last word`,
  );

  console.log(`\nLive: the answer fed to the core in real time, ${runs} run(s)`);
  const peakReset = resetPeakRss();
  const live = await liveRuns(samples, modelPath, runs);
  const liveMainRssMB = peakRssMB();
  const liveTranscriberRssMB = lastTranscriberPeakMB();
  const liveRssMB = liveMainRssMB + liveTranscriberRssMB;
  console.log(
    `  peak RSS: main ${round(liveMainRssMB)} MB + transcriber ${round(liveTranscriberRssMB)} MB = ${round(liveRssMB)} MB`,
  );
  if (quick) {
    // The comparison passes take minutes and do not change between A/B variants.
    const loadAfter = loadavg()[0] ?? 0;
    console.log(
      JSON.stringify({
        quick,
        runsAs: runsAs(),
        stopToTranscriptMs: round(median(live.map((r) => r.stopToTranscriptMs))),
        stopToScorecardMs: round(median(live.map((r) => r.stopToScorecardMs))),
        stopToScorecardMsRuns: live.map((r) => round(r.stopToScorecardMs)),
        peakRssMB: round(liveRssMB),
        peakRssMainMB: round(liveMainRssMB),
        peakRssTranscriberMB: round(liveTranscriberRssMB),
        ...afterStop(live),
        loadAverage: [round(loadBefore, 2), round(loadAfter, 2)],
      }),
    );
    return;
  }

  const transcriber = await Transcriber.start({ threads, spawn: measuredSpawn });
  let closed = false;
  try {
    await transcriber.load(modelPath);
    console.log('\nAfter Stop, the whole answer at once');
    const batch = await timed(() =>
      transcriber.transcribe(samples, { maxTokens: maxTokensFor(30), initialPrompt: FILLER_PROMPT }),
    );
    console.log(`  one whisper.cpp pass over ${audioSec.toFixed(0)} s in 30 s windows: ${round(batch.ms)} ms`);
    const segmented = await timed(() => transcribeBatch(transcriber, samples));
    console.log(`  the same stretches as live, one after another (recovery path): ${round(segmented.ms)} ms`);
    const windows = Math.ceil(audioSec / 30);
    const fullWindowMs = await probeMs(transcriber, samples.subarray(0, 30 * RATE), FULL_AUDIO_CTX, 1);
    console.log(
      `  floor for any whole-answer pass: ${windows} full windows × ${round(fullWindowMs)} ms encoder = ${round(windows * fullWindowMs)} ms`,
    );

    console.log('\nEncoder and decoder, per stretch of the last live run (timing probes)');
    const last = live.at(-1)!;
    const sent = last.reports.filter((r) => r.clip !== null);
    let encoderMs = 0;
    for (const report of sent)
      encoderMs += await probeMs(transcriber, report.clip!.pcm, report.clip!.options.audioCtx ?? FULL_AUDIO_CTX, 1);
    const whisperMs = sum(sent.map((r) => r.elapsedMs));
    const longest = sent.reduce((a, b) => (b.clip!.pcm.length > a.clip!.pcm.length ? b : a));
    const ctx = longest.clip!.options.audioCtx ?? FULL_AUDIO_CTX;
    const perTokenMs =
      ((await probeMs(transcriber, longest.clip!.pcm, ctx, PROBE_TOKENS + 1)) -
        (await probeMs(transcriber, longest.clip!.pcm, ctx, 1))) /
      PROBE_TOKENS;
    console.log(
      `  ${sent.length} clips: whisper ${round(whisperMs)} ms = encoder ${round(encoderMs)} ms (state, mel, encoder, prompt) + decoder ${round(whisperMs - encoderMs)} ms`,
    );
    console.log(
      `  a decoded token costs ${perTokenMs.toFixed(1)} ms (audio_ctx ${ctx}); the random decoder wrote ${sum(sent.map((r) => r.words.length))} words in all`,
    );

    const tail = last.leftAtStop.filter((r) => r.clip !== null);
    const tailWords = words.filter((w) =>
      tail.some((r) => r.start <= (w.start + w.end) / 2 && (w.start + w.end) / 2 < r.end),
    ).length;
    const tailTokens = Math.ceil(tailWords * TOKENS_PER_WORD) + TOKENS_PER_CLIP * tail.length;
    const stopToScorecardMs = median(live.map((r) => r.stopToScorecardMs));
    const projectedMs = stopToScorecardMs + tailTokens * perTokenMs;
    console.log(
      `  left at Stop: ${tail.length} clip(s), ${sum(tail.map((r) => r.clip!.end - r.clip!.start)).toFixed(2)} s, holding ${tailWords} spoken words (~${tailTokens} tokens)`,
    );
    console.log(`  with a real decoder writing them: Stop → scorecard ≈ ${round(projectedMs)} ms`);

    // The comparison passes ran in a second transcriber process, after the live one had ended.
    await transcriber.close();
    closed = true;
    const totalMainRssMB = peakRssMB();
    const totalRssMB = totalMainRssMB + Math.max(...transcriberPeaksMB);
    const loadAfter = loadavg()[0] ?? 0;
    const result = {
      audioSec: round(audioSec, 1),
      model: 'base.en-synthetic',
      threads,
      batchMs: round(batch.ms),
      stopToTranscriptMs: round(median(live.map((r) => r.stopToTranscriptMs))),
      stopToScorecardMs: round(stopToScorecardMs),
      rtf: round(median(live.map((r) => r.rtf)), 3),
      peakRssMB: round(liveRssMB),
      peakRssMainMB: round(liveMainRssMB),
      peakRssTranscriberMB: round(liveTranscriberRssMB),
      runs,
      lastWordToStopSec: round(lastWordToStopSec, 2),
      speedupVsBatch: round(batch.ms / stopToScorecardMs, 1),
      speedupVsBatchFloor: round((windows * fullWindowMs) / stopToScorecardMs, 1),
      segmentedBatchMs: round(segmented.ms),
      batchFloorMs: round(windows * fullWindowMs),
      stretches: last.stretches,
      clipsLeftAtStop: tail.length,
      maxLagMs: round(Math.max(...live.map((r) => r.maxLagMs))),
      encoderMs: round(encoderMs),
      decoderMs: round(whisperMs - encoderMs),
      decodeMsPerToken: round(perTokenMs, 2),
      projectedStopToScorecardMs: round(projectedMs),
      peakRssMBWithBatchPasses: round(totalRssMB),
      stopToScorecardMsRuns: live.map((r) => round(r.stopToScorecardMs)),
      ...afterStop(live),
      loadAverage: [round(loadBefore, 2), round(loadAfter, 2)],
      mainPeakFrom: peakReset ? 'live runs' : 'process start',
      runsAs: runsAs(),
    };
    console.log('\nSummary');
    console.log(
      `  Stop → scorecard ${result.stopToScorecardMs} ms (median of ${runs}): ${result.speedupVsBatch}× faster than the whole-answer pass ` +
        `(${result.batchMs} ms), ${result.speedupVsBatchFloor}× faster than its encoder floor (${result.batchFloorMs} ms)`,
    );
    console.log(
      `  real-time factor while recording ${result.rtf}; each stretch's words at most ${result.maxLagMs} ms after its audio ended`,
    );
    console.log(
      `  1-minute load average ${result.loadAverage.join(' → ')} (about ${threads} means whisper.cpp had the cores to itself)`,
    );
    console.log(
      `  peak RSS recording and scoring (main's since ${result.mainPeakFrom}): main ${result.peakRssMainMB} MB + transcriber ${result.peakRssTranscriberMB} MB = ${result.peakRssMB} MB; ` +
        `${result.peakRssMBWithBatchPasses} MB including the whole-answer comparison passes run afterwards`,
    );
    console.log(JSON.stringify(result));
  } finally {
    if (!closed) await transcriber.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
