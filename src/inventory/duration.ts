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

/** The duration, or undefined for text that is not one (`indefinite`, a typo). */
export function parseDuration(text: string): Duration | undefined {
  const match = PATTERN.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [y, mo, w, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  return { months: y! * 12 + mo!, seconds: ((w! * 7 + d!) * 24 + h!) * 3600 + mi! * 60 + s! };
}

/**
 * Orders two retention limits: negative when `a` is shorter, positive when longer, 0 when equal.
 * `indefinite` is longer than any duration; text that is not a duration compares as undefined.
 */
export function compareLimits(a: string, b: string): number | undefined {
  if (a === 'indefinite' || b === 'indefinite') return (a === 'indefinite' ? 1 : 0) - (b === 'indefinite' ? 1 : 0);
  const x = parseDuration(a);
  const y = parseDuration(b);
  if (!x || !y) return undefined;
  if (x.months === y.months) return Math.sign(x.seconds - y.seconds);
  if (x.seconds === y.seconds) return Math.sign(x.months - y.months);
  return Math.sign(x.months * AVERAGE_MONTH + x.seconds - (y.months * AVERAGE_MONTH + y.seconds));
}
