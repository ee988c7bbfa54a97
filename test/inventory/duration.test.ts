import { describe, expect, it } from 'vitest';
import { compareLimits, parseDuration } from '../../src/inventory/duration.js';

describe('parseDuration', () => {
  it.each([
    ['P1Y', { months: 12, seconds: 0 }],
    ['P12M', { months: 12, seconds: 0 }],
    ['P2W', { months: 0, seconds: 14 * 86_400 }],
    ['P1Y2M3DT4H5M6S', { months: 14, seconds: 3 * 86_400 + 4 * 3600 + 5 * 60 + 6 }],
    ['PT1H', { months: 0, seconds: 3600 }],
  ])('%s', (text, expected) => expect(parseDuration(text)).toEqual(expected));

  it.each(['P', 'PT', 'indefinite', '1Y', 'P1.5Y', 'P1YT'])('%s is not a duration', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
});

describe('compareLimits', () => {
  it.each([
    ['P1Y', 'P12M', 0],
    ['P10Y', 'P120M', 0],
    ['P7D', 'P1W', 0],
    ['P1Y', 'P13M', -1],
    ['P1M', 'P30D', 1], // an average month is 30.44 days
    ['P1M', 'P31D', -1],
    ['P1Y', 'P365D', 1],
    ['P1Y', 'P366D', -1],
    ['PT24H', 'P1D', 0],
    ['P10Y', 'indefinite', -1],
    ['indefinite', 'P1D', 1],
    ['indefinite', 'indefinite', 0],
  ])('%s against %s: %d', (a, b, expected) => expect(compareLimits(a, b)).toBe(expected));

  it('cannot order text that is not a duration', () => expect(compareLimits('P1Y', 'soon')).toBeUndefined());
});
