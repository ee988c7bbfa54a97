import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/inventory/validate.js';

// One case per message shape the schema check produces: the text users read, and where it points.
const cases: [string, unknown][] = [
  ['unknown key in an organization', { organization: { name: 'A', adress: 'x' } }],
  ['unknown key in a waiver', { organization: { name: 'A', waivers: [{ rule: 'x', reasn: 'y' }] } }],
  [
    'unknown key in a category recipient',
    { category: { id: 'c', name: 'C', recipients: [{ to: 'a', purpose: [] }] } },
  ],
  ['unknown top-level key', { categroy: {} }],
  ['missing required key', { subjects: [{ name: 'a' }] }],
  ['missing "to" in a disclosure', { category: { id: 'c', name: 'C', recipients: [{ purposes: ['x'] }] } }],
  ['wrong type', { purposes: [{ id: 'p', name: 'P', joint_controllers: 'a' }] }],
  ['wrong type, union', { category: { id: 'c', name: 'C', data: [3] } }],
  ['country code', { recipients: [{ id: 'r', name: 'R', country: 'ZZ' }] }],
  ['enum with a close value', { purposes: [{ id: 'p', name: 'P', lawful_basis: 'contrat' }] }],
  ['enum, not a string', { purposes: [{ id: 'p', name: 'P', lawful_basis: 3 }] }],
  ['bad id', { purposes: [{ id: 'Bad Id', name: 'P' }] }],
  ['bad reference in a list', { category: { id: 'c', name: 'C', recipients: ['Bad Ref'] } }],
  ['bad date', { category: { id: 'c', name: 'C', reviewed: '2020-1-1' } }],
  ['bad duration', { category: { id: 'c', name: 'C', trackers: [{ name: 't', lifetime: '13 months' }] } }],
  ['bad retention duration', { category: { id: 'c', name: 'C', retention: [{ duration: 'ten years' }] } }],
  ['empty string', { category: { id: 'c', name: '' } }],
  ['empty mapping', {}],
  ['duplicate list value', { category: { id: 'c', name: 'C', special: ['health', 'health'] } }],
  ['below a minimum', { organization: { name: 'A', employees: -1 } }],
];

describe('schema findings', () => {
  it.each(cases)('%s', (_, value) => {
    expect(validateFile('f.yaml', value)).toMatchSnapshot();
  });

  it('a valid file has none', () => {
    expect(validateFile('f.yaml', { category: { id: 'c', name: 'C', reviewed: '2024-01-31' } })).toEqual([]);
  });
});

describe('dates and durations (issue 13, case 15)', () => {
  const messages = (category: Record<string, unknown>) =>
    validateFile('f.yaml', { category: { id: 'c', name: 'C', ...category } }).map((f) => f.message);

  it('every date is a day that exists, in every field', () => {
    expect(messages({ reviewed: '2026-02-30' })).toEqual(['"2026-02-30" is not a day that exists']);
    expect(messages({ reviewed: '2026-13-45' })).toEqual(['"2026-13-45" is not a day that exists']);
    expect(messages({ reviewed: '2100-02-29' })).toEqual(['"2100-02-29" is not a day that exists']);
    expect(messages({ waivers: [{ rule: 'x', reason: 'y', until: '2026-04-31' }] })).toEqual([
      '"2026-04-31" is not a day that exists',
    ]);
    expect(messages({ reviewed: '2024-02-29' })).toEqual([]);
    expect(messages({ reviewed: '2000-02-29' })).toEqual([]);
    expect(messages({ reviewed: '2026-12-31' })).toEqual([]);
  });

  it('a duration has no part beyond 1,000 years', () => {
    const long =
      'is too long: each part of a duration is at most 1,000 years (P1000Y, 9999 months or weeks, 99999 days)';
    expect(messages({ retention: [{ duration: 'P99999999999999999999Y' }] })).toEqual([
      `"P99999999999999999999Y" ${long}`,
    ]);
    expect(messages({ retention: [{ duration: 'P1001Y' }] })).toEqual([`"P1001Y" ${long}`]);
    expect(messages({ retention: [{ duration: 'P100000D' }] })).toEqual([`"P100000D" ${long}`]);
    expect(messages({ trackers: [{ name: 't', lifetime: 'P10000M' }] })).toEqual([`"P10000M" ${long}`]);
    expect(
      messages({ retention: [{ duration: 'P1000Y' }, { duration: 'P9999M' }, { duration: 'indefinite' }] }),
    ).toEqual([]);
  });
});
