// Runs on the audio rendering thread. It copies the mono input into blocks of BLOCK_SAMPLES and posts each
// to the main thread, transferring the buffer so nothing is copied twice. Blocks are posted all the time
// the microphone is open: the level meter needs them before a recording starts.

import { CAPTURE_PROCESSOR } from './captureProtocol';

// The AudioWorkletGlobalScope is not part of TypeScript's DOM library; these are the two names used here.
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

/** 32 ms at 16 kHz: frequent enough for a smooth meter, few enough messages to stay cheap. */
const BLOCK_SAMPLES = 512;

class CaptureProcessor extends AudioWorkletProcessor {
  private block = new Float32Array(BLOCK_SAMPLES);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    let offset = 0;
    while (offset < channel.length) {
      const take = Math.min(BLOCK_SAMPLES - this.filled, channel.length - offset);
      this.block.set(channel.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === BLOCK_SAMPLES) {
        this.port.postMessage(this.block, [this.block.buffer]);
        this.block = new Float32Array(BLOCK_SAMPLES);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
