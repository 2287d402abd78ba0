// The audio set: answers spoken by espeak-ng from segments, so every hesitation and pause is where the
// segments put it. Truth is read from the segments themselves (where each one has sound), not from any
// detector; the transcript holds only the real words, timed by their segments as Whisper would time them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimedWord, TimeSpan } from '../../common/report';
import { decodeWav } from '../../native/audio/wav';
import { speechWav, type Segment } from '../utils/speech';

/** Real words in the transcript; a hesitation it drops (perhaps quieter); a real word it drops; silence. */
export type AudioSegment = { say: string } | { filler: string; gainDb?: number } | { missed: string } | { silence: number };

export interface AudioCase {
  id: string;
  /** White noise mixed in after the truth is read, in dBFS RMS. */
  noiseDb?: number;
  segments: AudioSegment[];
}

export interface BuiltAudioCase {
  id: string;
  samples: Float32Array;
  durationSec: number;
  words: TimedWord[];
  /** Where each hesitation segment has sound. */
  fillers: TimeSpan[];
  /** Every silence of a second or more between two stretches of sound. */
  pauses: TimeSpan[];
}

const SAMPLE_RATE = 16000;
/** A sample this loud (−60 dBFS) is sound; espeak's own padding is digital silence. */
const SOUND_LEVEL = 0.001;
const PAUSE_SEC = 1;

const AUDIO_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'audio.json');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSegment(value: unknown, id: string): AudioSegment {
  if (isRecord(value)) {
    if (typeof value.say === 'string') return { say: value.say };
    if (typeof value.filler === 'string') {
      return typeof value.gainDb === 'number' ? { filler: value.filler, gainDb: value.gainDb } : { filler: value.filler };
    }
    if (typeof value.missed === 'string') return { missed: value.missed };
    if (typeof value.silence === 'number') return { silence: value.silence };
  }
  throw new Error(`audio.json: ${id} has a segment that is not {say}, {filler}, {missed} or {silence}`);
}

export function loadAudioCases(): AudioCase[] {
  const data: unknown = JSON.parse(readFileSync(AUDIO_FILE, 'utf8'));
  if (!isRecord(data) || !Array.isArray(data.cases)) throw new Error('audio.json: expected {cases: [...]}');
  return data.cases.map((value: unknown) => {
    if (!isRecord(value) || typeof value.id !== 'string' || !Array.isArray(value.segments)) {
      throw new Error('audio.json: every case needs an id and segments');
    }
    const id = value.id;
    const segments = value.segments.map((segment: unknown) => readSegment(segment, id));
    return typeof value.noiseDb === 'number' ? { id, noiseDb: value.noiseDb, segments } : { id, segments };
  });
}

function soundIn(samples: Float32Array, span: TimeSpan): TimeSpan | null {
  const from = Math.round(span.start * SAMPLE_RATE);
  const to = Math.min(samples.length, Math.round(span.end * SAMPLE_RATE));
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i += 1) {
    if (Math.abs(samples[i] ?? 0) >= SOUND_LEVEL) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : { start: first / SAMPLE_RATE, end: (last + 1) / SAMPLE_RATE };
}

/**
 * The segment's words, sharing its sound by length, end to end; the last one runs on to the end of the
 * segment, over the silence espeak leaves after speaking, as Whisper's last word of a phrase does.
 */
function wordsOf(text: string, sound: TimeSpan, segmentEnd: number): TimedWord[] {
  const texts = text.split(/\s+/).filter((word) => word !== '');
  const weights = texts.map((word) => word.length + 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let clock = sound.start;
  return texts.map((word, index) => {
    const start = clock;
    clock += ((weights[index] ?? 0) / total) * (sound.end - sound.start);
    const end = index === texts.length - 1 ? segmentEnd : clock;
    return { text: word, start: Math.round(start * 1000) / 1000, end: Math.round(end * 1000) / 1000 };
  });
}

/** Deterministic white noise, so every run of the evaluation hears the same room. */
function addNoise(samples: Float32Array, levelDb: number): Float32Array {
  const amplitude = 10 ** (levelDb / 20) * Math.sqrt(3);
  let state = 12345;
  return samples.map((sample) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return sample + amplitude * ((state / 2 ** 32) * 2 - 1);
  });
}

function spoken(segment: AudioSegment): Segment {
  if ('silence' in segment) return { silence: segment.silence };
  if ('filler' in segment) return { say: segment.filler };
  return { say: 'say' in segment ? segment.say : segment.missed };
}

/** Turns a hesitation down by its gain, as speakers say "um" more quietly than words. */
function applyGains(samples: Float32Array, audioCase: AudioCase, spans: readonly TimeSpan[]): Float32Array {
  const out = samples.slice();
  audioCase.segments.forEach((segment, index) => {
    const span = spans[index];
    if (!('filler' in segment) || segment.gainDb === undefined || span === undefined) return;
    const gain = 10 ** (segment.gainDb / 20);
    for (let i = Math.round(span.start * SAMPLE_RATE); i < Math.min(out.length, Math.round(span.end * SAMPLE_RATE)); i += 1) {
      out[i] = (out[i] ?? 0) * gain;
    }
  });
  return out;
}

export function buildAudioCase(audioCase: AudioCase): BuiltAudioCase {
  const file = speechWav(audioCase.segments.map(spoken));
  const clean = applyGains(decodeWav(new Uint8Array(readFileSync(file.path))).samples, audioCase, file.spans);
  const words: TimedWord[] = [];
  const fillers: TimeSpan[] = [];
  const sounds: TimeSpan[] = [];
  audioCase.segments.forEach((segment, index) => {
    const span = file.spans[index];
    if (span === undefined || 'silence' in segment) return;
    const sound = soundIn(clean, span);
    if (sound === null) throw new Error(`audio.json: ${audioCase.id} segment ${index + 1} is silent`);
    sounds.push(sound);
    if ('filler' in segment) fillers.push(sound);
    if ('say' in segment) words.push(...wordsOf(segment.say, sound, span.end));
  });
  const pauses = sounds.slice(1).flatMap((sound, index) => {
    const before = sounds[index];
    return before !== undefined && sound.start - before.end >= PAUSE_SEC ? [{ start: before.end, end: sound.start }] : [];
  });
  const samples = audioCase.noiseDb === undefined ? clean : addNoise(clean, audioCase.noiseDb);
  return { id: audioCase.id, samples, durationSec: samples.length / SAMPLE_RATE, words, fillers, pauses };
}
