// Attempt dates for the progress view: one shared Intl formatter and a cache, because the view labels the
// same few hundred dates in every chart, table and row, and building a formatter per call (as
// toLocaleDateString does) cost more than drawing all the charts.
const FORMAT = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const cache = new Map<string, string>();

export function formatAttemptDate(iso: string): string {
  let text = cache.get(iso);
  if (text === undefined) {
    const date = new Date(iso);
    text = Number.isNaN(date.getTime()) ? iso : FORMAT.format(date);
    cache.set(iso, text);
  }
  return text;
}
