// The live audio graph: microphone → 16 kHz AudioContext → capture worklet → blocks on the main thread.
// It stays open while a question is on screen so the level meter works before recording and a recording
// starts without waiting for the device. Switching device swaps only the stream; the context and worklet stay.
import { RECORDING_SAMPLE_RATE } from '../../../common/contract';
import workletUrl from './capture.worklet?worker&url';
import { CAPTURE_PROCESSOR } from './captureProtocol';
import { micProblem, type MicProblem } from './micErrors';

export interface MicrophoneEvents {
  onBlock(block: Float32Array): void;
  /** The device went away while open (unplugged, or revoked by the system). */
  onEnded(): void;
}

export class MicrophoneError extends Error {
  constructor(readonly problem: MicProblem) {
    super(problem.message);
  }
}

export class Microphone {
  /** Built once, on the first open; shared so two quick opens do not build two graphs. */
  private graph: Promise<Graph> | null = null;
  private source: MediaStreamAudioSourceNode | null = null;
  private stream: MediaStream | null = null;
  /** Bumped by every open and close, so an open that resolves after a newer one gives its stream back. */
  private generation = 0;

  constructor(private readonly events: MicrophoneEvents) {}

  /** Opens (or switches to) a device; '' means the system default. Rejects with a MicrophoneError. */
  async open(deviceId: string): Promise<void> {
    const generation = ++this.generation;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: {
          deviceId: deviceId ? { exact: deviceId } : undefined,
          channelCount: 1,
          // The analysis wants the raw voice: processing would hide pauses, breaths and level problems.
          echoCancellation: false,
          noiseSuppression: false,
          autoGainControl: false,
        },
      });
    } catch (error) {
      throw toMicrophoneError(error);
    }
    if (generation !== this.generation) {
      stopTracks(stream);
      return;
    }
    try {
      const { context, node } = await this.ensureGraph();
      if (generation !== this.generation) {
        stopTracks(stream);
        return;
      }
      this.releaseStream();
      this.stream = stream;
      this.source = context.createMediaStreamSource(stream);
      this.source.connect(node);
      for (const track of stream.getAudioTracks()) {
        track.addEventListener('ended', () => {
          if (this.stream === stream) this.events.onEnded();
        });
      }
      await context.resume();
    } catch (error) {
      stopTracks(stream);
      throw toMicrophoneError(error);
    }
  }

  close(): void {
    this.generation += 1;
    this.releaseStream();
    const graph = this.graph;
    this.graph = null;
    graph?.then(({ context }) => context.close()).catch(() => undefined);
  }

  private ensureGraph(): Promise<Graph> {
    if (this.graph) return this.graph;
    const graph = buildGraph((block) => this.events.onBlock(block));
    // A failed build is forgotten so the next open (the user's Retry) tries again.
    graph.catch(() => {
      if (this.graph === graph) this.graph = null;
    });
    this.graph = graph;
    return graph;
  }

  private releaseStream(): void {
    this.source?.disconnect();
    this.source = null;
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
  }
}

interface Graph {
  context: AudioContext;
  node: AudioWorkletNode;
}

async function buildGraph(onBlock: (block: Float32Array) => void): Promise<Graph> {
  // Chromium resamples the microphone to the context rate, so blocks arrive at the rate main expects.
  const context = new AudioContext({ sampleRate: RECORDING_SAMPLE_RATE, latencyHint: 'interactive' });
  try {
    await context.audioWorklet.addModule(workletUrl);
    // No outputs: the node is a sink, kept running by its input alone, so nothing is played back.
    const node = new AudioWorkletNode(context, CAPTURE_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
    });
    node.port.onmessage = (event: MessageEvent<Float32Array>) => onBlock(event.data);
    return { context, node };
  } catch (error) {
    void context.close();
    throw error;
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

function toMicrophoneError(error: unknown): MicrophoneError {
  if (error instanceof MicrophoneError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : '';
  return new MicrophoneError(micProblem(name, detail));
}
