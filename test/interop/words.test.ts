import { describe, expect, it } from 'vitest';
import {
  countryFrom,
  durationFrom,
  idFrom,
  lawfulBasisFrom,
  retentionFrom,
  splitList,
} from '../../src/interop/words.js';

describe('free text read as structure without guessing', () => {
  it.each([
    ['contract (Art 6(1)(b))', 'contract'],
    ['Performance of a contract', 'contract'],
    ['Art 6(1)(f)', 'legitimate-interests'],
    ['Obligation légale', 'legal-obligation'],
    ['Intérêt légitime', 'legitimate-interests'],
    ['Consentement', 'consent'],
    ['Consent and contract', undefined],
    ['see the contract file', undefined],
  ])('lawful basis %j -> %j', (text, basis) => expect(lawfulBasisFrom(text)).toBe(basis));

  it.each([
    ['US', 'US'],
    ['United States of America (US)', 'US'],
    ['Germany', 'DE'],
    ['USA', 'US'],
    ['États-Unis', undefined],
    ['XX', undefined],
  ])('country %j -> %j', (text, code) => expect(countryFrom(text)).toBe(code));

  it.each([
    ['10 years', 'P10Y'],
    ['1 year 6 months', 'P1Y6M'],
    ['13 mois', 'P13M'],
    ['5 ans', 'P5Y'],
    ['1 hour', 'PT1H'],
    ['P3M', 'P3M'],
    ['about ten years', undefined],
    ['10 years 2 years', undefined],
  ])('duration %j -> %j', (text, duration) => expect(durationFrom(text)).toBe(duration));

  it.each([
    ['10 years', { duration: 'P10Y' }],
    ['6 months after the end of the contract', { duration: 'P6M', from: 'end-of-contract' }],
    ['13 mois à compter de la collecte', { duration: 'P13M', from: 'collection' }],
    ['indefinite', { duration: 'indefinite' }],
    [
      '10 years from end of financial year, at least 10 years, then delete (Code de commerce, art. L123-22)',
      {
        duration: 'P10Y',
        from: 'end-of-financial-year',
        minimum: 'P10Y',
        then: 'delete',
        legal_reference: 'Code de commerce, art. L123-22',
      },
    ],
    ['criteria: Kept while useful, then reviewed.', { criteria: 'Kept while useful, then reviewed.' }],
    ['3 years from not stated [retention-no-trigger]', { duration: 'P3Y' }],
    ['3 years, starting event not stated [retention-no-trigger]', { duration: 'P3Y' }],
    ['at least 10 years, no upper limit', { minimum: 'P10Y' }],
    ['as long as necessary', undefined],
    ['10 years from the time it seems right to us', undefined],
  ])('retention %j', (text, rule) => expect(retentionFrom(text)).toEqual(rule));

  it('splits lists outside brackets and makes unique kebab-case ids', () => {
    expect(splitList('Carrier (processor: name, address), Bank (controller)')).toEqual([
      'Carrier (processor: name, address)',
      'Bank (controller)',
    ]);
    const taken = new Set<string>();
    expect([
      idFrom('Gestion des ressources humaines', taken),
      idFrom('Gestion des ressources humaines!', taken),
      idFrom('***', taken),
    ]).toEqual(['gestion-des-ressources-humaines', 'gestion-des-ressources-humaines-2', 'item']);
  });
});
