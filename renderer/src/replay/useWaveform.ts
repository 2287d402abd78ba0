// Loads an attempt's stored recording into wavesurfer.js and exposes playback. The playback time lives in
// a ValueStore so the transcript can follow it without re-rendering the whole attempt view each frame.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import WaveSurfer from 'wavesurfer.js';
import { api } from '../api';
import { errorMessage } from '../format/errors';
import { ValueStore } from '../ui/store';
import { WAVEFORM_STYLE } from './waveformStyle';

export type PlayerStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Player {
  status: PlayerStatus;
  error: string | null;
  loadPercent: number;
  duration: number;
  playing: boolean;
  clock: ValueStore<number>;
  playPause: () => void;
  pause: () => void;
  playFrom: (sec: number) => void;
  skip: (sec: number) => void;
  retry: () => void;
}

interface LoadState {
  status: PlayerStatus;
  error: string | null;
  loadPercent: number;
  duration: number;
}

const IDLE: LoadState = { status: 'idle', error: null, loadPercent: 0, duration: 0 };

export function useWaveform(
  container: RefObject<HTMLDivElement | null>,
  attemptId: number,
  enabled: boolean,
  rate: number,
): Player {
  const [load, setLoad] = useState<LoadState>(IDLE);
  const [playing, setPlaying] = useState(false);
  const [retries, setRetries] = useState(0);
  const [clock] = useState(() => new ValueStore(0));
  const surfer = useRef<WaveSurfer | null>(null);
  const rateRef = useRef(rate);
  useEffect(() => {
    rateRef.current = rate;
  });

  useEffect(() => {
    const element = container.current;
    if (!enabled || !element) {
      setLoad(IDLE);
      return;
    }
    let live = true;
    let url: string | null = null;
    let ws: WaveSurfer | null = null;
    setLoad({ ...IDLE, status: 'loading' });
    setPlaying(false);
    clock.set(0);

    api()
      .getRecording(attemptId)
      .then((recording) => {
        if (!live) return;
        // Copied into a fresh ArrayBuffer-backed view: a Blob part may not be a shared buffer.
        const blob = new Blob([new Uint8Array(recording.bytes)], { type: recording.mimeType });
        url = URL.createObjectURL(blob);
        ws = WaveSurfer.create({ ...WAVEFORM_STYLE, container: element, url, audioRate: rateRef.current });
        surfer.current = ws;
        const instance = ws;
        // Events can still arrive while the instance is being torn down; only the live one may set state.
        instance.on('loading', (percent) => live && setLoad((s) => ({ ...s, loadPercent: percent })));
        instance.on('ready', (duration) => {
          if (!live) return;
          instance.setPlaybackRate(rateRef.current, true);
          setLoad({ status: 'ready', error: null, loadPercent: 100, duration });
        });
        instance.on('timeupdate', (time) => clock.set(time));
        instance.on('play', () => live && setPlaying(true));
        instance.on('pause', () => live && setPlaying(false));
        instance.on('finish', () => live && setPlaying(false));
        instance.on('error', (error) => {
          if (!live) return;
          setLoad({ ...IDLE, status: 'error', error: `This recording can’t be played: ${errorMessage(error)}` });
        });
      })
      .catch((error: unknown) => {
        if (live) setLoad({ ...IDLE, status: 'error', error: errorMessage(error) });
      });

    return () => {
      live = false;
      ws?.destroy();
      if (surfer.current === ws) surfer.current = null;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attemptId, enabled, retries, container, clock]);

  useEffect(() => {
    if (load.status === 'ready') surfer.current?.setPlaybackRate(rate, true);
  }, [rate, load.status]);

  const playPause = useCallback(() => {
    void surfer.current?.playPause().catch(() => undefined);
  }, []);

  const pause = useCallback(() => surfer.current?.pause(), []);

  const playFrom = useCallback((sec: number) => {
    const ws = surfer.current;
    if (!ws) return;
    ws.setTime(sec);
    void ws.play().catch(() => undefined);
  }, []);

  const skip = useCallback((sec: number) => surfer.current?.skip(sec), []);
  const retry = useCallback(() => setRetries((n) => n + 1), []);

  return { ...load, playing, clock, playPause, pause, playFrom, skip, retry };
}
