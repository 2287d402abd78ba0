// Formatting shared by the recorder, the replay view and the history. Pure: no DOM, so it is unit-tested.

/** "1:12" for 72 s; hours appear only when needed. Negative or non-finite input reads as 0:00. */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "2.4 s" below ten seconds, "14 s" above, so short pauses keep their precision. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}

/** A target window as people say it: "60–90 s", or "2:30–3:00" once it passes two minutes. */
export function formatWindow(minSec: number, maxSec: number): string {
  return maxSec >= 120 ? `${formatClock(minSec)}–${formatClock(maxSec)}` : `${minSec}–${maxSec} s`;
}

export function formatPerMinute(value: number): string {
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl formatter per locale and options, kept: toLocaleDateString builds a new one on every call, and
 * the sidebar labels every question each time the main view changes.
 */
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** "Today 14:05", "Yesterday 09:12", or "Mon 3 Mar 14:05" in the user's locale. */
export function formatWhen(iso: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = dateFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  const startOfDay = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000);
  if (days === 0) return `Today ${time}`;
  if (days === 1) return `Yesterday ${time}`;
  const sameYear = date.getFullYear() === now.getFullYear();
  const day = dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
  return `${day} ${time}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}
