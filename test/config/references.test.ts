// `references` in ropa.config.yaml: the user's own retention references, checked like the rest of the
// configuration (a one-line usage error naming the entry and the field).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { yaml } from '../helpers/inventory.js';

const RULES = new Set(['retention-exceeds-reference']);
const parse = (...lines: string[]) => parseConfig(yaml(...lines), 'ropa.config.yaml', RULES);

describe('references in ropa.config.yaml', () => {
  it('reads a reference, keywords lower-cased as in the built-in data', () => {
    const config = parse(
      'country: DE',
      'references:',
      '  - id: cctv',
      '    country: DE',
      '    kind: guidance',
      '    data: CCTV footage of the warehouse',
      '    matches: { categories: [CCTV, Kamera] }',
      '    applies_to: retention',
      '    max: P2D',
      '    source: "Counsel memo 2026-03: 48 hours"',
    );
    expect(config.references).toEqual([
      {
        id: 'cctv',
        country: 'DE',
        kind: 'guidance',
        data: 'CCTV footage of the warehouse',
        matches: { categories: ['cctv', 'kamera'] },
        applies_to: 'retention',
        max: 'P2D',
        source: 'Counsel memo 2026-03: 48 hours',
      },
    ]);
  });

  it.each([
    [['references: {}'], 'ropa.config.yaml: references must be a list of retention references'],
    [
      [
        'references:',
        '  - { id: x, country: DE, data: D, matches: {}, applies_to: retention, max: 6 years, source: S }',
      ],
      'ropa.config.yaml: references[0]: max must be an ISO 8601 duration such as P6Y',
    ],
    [
      [
        'references:',
        '  - { id: x, country: Germany, data: D, matches: {}, applies_to: retention, max: P6Y, source: S }',
      ],
      'ropa.config.yaml: references[0]: country must be an ISO 3166-1 alpha-2 code such as DE',
    ],
    [
      [
        'references:',
        '  - { id: x, country: DE, data: D, matches: {}, applies_to: retention, max: P6Y, sourse: S }',
      ],
      'ropa.config.yaml: references[0]: unknown key "sourse" (did you mean "source"?)',
    ],
    [
      [
        'references:',
        '  - { id: x, country: DE, data: D, matches: { category: [a] }, applies_to: retention, max: P6Y, source: S }',
      ],
      'ropa.config.yaml: references[0]: matches: unknown key "category"',
    ],
    [
      [
        'references:',
        '  - { id: x, country: DE, data: D, matches: {}, applies_to: cookies, max: P6Y, source: S }',
      ],
      'ropa.config.yaml: references[0]: applies_to must be retention or tracker-lifetime',
    ],
    [
      ['references:', '  - { id: x, country: DE, matches: {}, applies_to: retention, max: P6Y, source: S }'],
      'ropa.config.yaml: references[0]: data is required',
    ],
  ])('refuses %j', (lines, message) => {
    expect(() => parse(...lines)).toThrow(message);
  });
});
