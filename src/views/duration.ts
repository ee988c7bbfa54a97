// ISO 8601 durations as the inventory writes them (P10Y, P3M, P10D, PT1H), in words for the record: the
// units through Intl in the record's language ("10 years", "10 ans", "10 Jahre").
import { ENGLISH, type Words } from './words/index.js';

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

function parts(duration: string): number[] | undefined {
  const match = PATTERN.exec(duration);
  if (!match) return undefined;
  return match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
}

/** The non-zero parts of a duration, largest unit first: P1Y6M is 1 year and 6 month(s). */
export function durationParts(
  duration: string,
): { value: number; unit: (typeof UNITS)[number] }[] | undefined {
  const values = parts(duration);
  return values?.flatMap((value, i) => (value === 0 ? [] : [{ value, unit: UNITS[i]! }]));
}

/**
 * Each language's words for the durations said so far: a large record says the same few durations tens of
 * thousands of times, and each saying parses the text and formats its numbers through Intl.
 */
const said = new WeakMap<Words, Map<string, string>>();

/** "10 years", "1 year 6 months", "1 hour"; the text itself when it is not a duration. */
export function durationText(duration: string, w: Words = ENGLISH): string {
  let known = said.get(w);
  if (!known) said.set(w, (known = new Map()));
  let text = known.get(duration);
  if (text === undefined) known.set(duration, (text = inWords(duration, w)));
  return text;
}

function inWords(duration: string, w: Words): string {
  const list = durationParts(duration);
  if (!list) return duration;
  const words = list.map(({ value, unit }) => w.unit(value, unit));
  return words.length === 0 ? w.t['duration.none'] : words.join(' ');
}
