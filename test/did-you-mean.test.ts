import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/inventory/did-you-mean.js';

describe('did you mean', () => {
  it.each([
    ['purpose', ['purposes', 'subjects'], 'purposes'],
    ['lawfull_basis', ['lawful_basis', 'legal_reference'], 'lawful_basis'],
    ['bnp-parisbas', ['bnp-paribas', 'paypal'], 'bnp-paribas'],
    ['prospect', ['prospecting', 'billing'], 'prospecting'],
    ['recipients', ['recipient', 'category'], 'recipient'],
    ['erp', ['crm-system', 'website'], undefined],
    ['zz', ['prospecting'], undefined],
  ])('%s among %j -> %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it('accepts candidates from an iterator (read once)', () => {
    expect(closest('prospect', new Map([['prospecting', 1]]).keys())).toBe('prospecting');
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('ibna', 'iban')).toBe(1);
  });
});
