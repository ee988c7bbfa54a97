// ISO 8601 durations as the schema accepts them (PnYnMnWnDTnHnMnS). Years and months are kept apart from
// exact time, so that P1Y equals P12M exactly; comparing a month-based duration with a day-based one
// falls back to the average Gregorian month.

export interface Duration {
  /** Years and months, in months. */
  readonly months: number;
  /** Weeks, days, hours, minutes and seconds, in seconds. */
  readonly seconds: number;
}

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DAY = 86_400;
const AVERAGE_MONTH = (365.2425 / 12) * DAY;

/** Durations already read: an inventory writes the same few again and again, and rules ask for each. */
const parsed = new Map<string, Duration | undefined>();

/** The duration, or undefined for text that is not one (`indefinite`, a typo). */
export function parseDuration(text: string): Duration | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const match = PATTERN.exec(text);
  let duration: Duration | undefined;
  if (match && text !== 'P' && !text.endsWith('T')) {
    const [y, mo, w, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
    duration = { months: y! * 12 + mo!, seconds: ((w! * 7 + d!) * 24 + h!) * 3600 + mi! * 60 + s! };
  }
  if (parsed.size < 10_000) parsed.set(text, duration);
  return duration;
}

/**
 * Orders two retention limits: negative when `a` is shorter, positive when longer, 0 when equal.
 * `indefinite` is longer than any duration; text that is not a duration compares as undefined.
 */
export function compareLimits(a: string, b: string): number | undefined {
  if (a === 'indefinite' || b === 'indefinite')
    return (a === 'indefinite' ? 1 : 0) - (b === 'indefinite' ? 1 : 0);
  const x = parseDuration(a);
  const y = parseDuration(b);
  if (!x || !y) return undefined;
  if (x.months === y.months) return Math.sign(x.seconds - y.seconds);
  if (x.seconds === y.seconds) return Math.sign(x.months - y.months);
  return Math.sign(x.months * AVERAGE_MONTH + x.seconds - (y.months * AVERAGE_MONTH + y.seconds));
}

/** A duration in words for messages: "10 years", "13 months", "1 hour"; falls back to the text itself. */
export function durationText(duration: string): string {
  const match = PATTERN.exec(duration);
  if (!match) return duration;
  const units = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
  const parts = match
    .slice(1)
    .map((part, i) =>
      part === undefined ? '' : `${Number(part)} ${units[i]}${Number(part) === 1 ? '' : 's'}`,
    )
    .filter(Boolean);
  return parts.length ? parts.join(' ') : duration;
}

/** The date `months` months before `date` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** A duration's length in months (days counted as average Gregorian months), to rank it; undefined if not one. */
export function durationMonths(text: string): number | undefined {
  const duration = parseDuration(text);
  return duration && duration.months + duration.seconds / AVERAGE_MONTH;
}
