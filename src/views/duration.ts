// ISO 8601 durations as the inventory writes them (P10Y, P3M, P10D, PT1H), in plain English for the record.

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

function parts(duration: string): number[] | undefined {
  const match = PATTERN.exec(duration);
  if (!match) return undefined;
  return match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
}

/** "10 years", "1 year 6 months", "1 hour"; the text itself when it is not a duration. */
export function durationText(duration: string): string {
  const values = parts(duration);
  if (!values) return duration;
  const words = values.flatMap((value, i) =>
    value === 0 ? [] : [`${value} ${UNITS[i]}${value === 1 ? '' : 's'}`],
  );
  return words.length === 0 ? 'no time' : words.join(' ');
}
