// Feeds the level meter from microphone blocks, smoothed, without re-rendering the recorder.
import { ValueStore } from '../ui/store';
import { blockLevel, isClipping, smoothLevel } from './level';

export interface LevelReading {
  level: number;
  clipping: boolean;
}

/** How long a clip warning stays up after the last clipped block, so it can be read. */
const CLIP_HOLD_MS = 1500;

export class LevelMeterStore extends ValueStore<LevelReading> {
  private lastAt = 0;
  private clippedAt = Number.NEGATIVE_INFINITY;

  constructor() {
    super({ level: 0, clipping: false });
  }

  push(block: Float32Array, now: number): void {
    const previous = this.get();
    const elapsedSec = this.lastAt === 0 ? 0 : (now - this.lastAt) / 1000;
    this.lastAt = now;
    if (isClipping(block)) this.clippedAt = now;
    const level = Math.round(smoothLevel(previous.level, blockLevel(block), elapsedSec) * 100) / 100;
    const clipping = now - this.clippedAt < CLIP_HOLD_MS;
    if (level !== previous.level || clipping !== previous.clipping) this.set({ level, clipping });
  }

  reset(): void {
    this.lastAt = 0;
    this.set({ level: 0, clipping: false });
  }
}
