// The toast queue. Pure (timers are the caller's), so ordering and limits are unit-tested.

export type ToastLevel = 'info' | 'error';

export interface Toast {
  id: number;
  level: ToastLevel;
  message: string;
  /** 'notice' for main's notice events; 'app' for the renderer's own confirmations. */
  source: 'notice' | 'app';
}

/** More than this many stacked toasts stop being read; the oldest go first. */
export const MAX_TOASTS = 4;

export function addToast(toasts: readonly Toast[], toast: Toast): Toast[] {
  const withoutRepeat = toasts.filter((t) => !(t.message === toast.message && t.level === toast.level));
  return [...withoutRepeat, toast].slice(-MAX_TOASTS);
}

/** Errors stay longer: they usually ask the user to do something. */
export function toastLifetimeMs(level: ToastLevel): number {
  return level === 'error' ? 10_000 : 5_000;
}
