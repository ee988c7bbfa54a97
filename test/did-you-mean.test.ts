import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, closestIn, editDistance } from '../src/inventory/did-you-mean.js';

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

  it('agrees with the textbook table, and past a bound answers bound + 1', () => {
    // the plain (i+1) x (j+1) table of optimal string alignment, no shortcuts
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
          }
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '1'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.nat(8), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answers against a catalogue, through its index of deletions, as closest', () => {
    // ids of a small alphabet, so that words one or two edits away are common; upper case and a non-ASCII
    // letter take the other paths
    const id = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', '-', '1', 'B', 'é'),
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 40 }),
        fc.array(id, { maxLength: 20 }),
        (catalogue, words) => {
          const find = closestIn(catalogue);
          for (const word of [
            ...words,
            ...catalogue.map((c) => `${c}x`),
            ...catalogue.map((c) => c.slice(1)),
          ])
            expect(find(word)).toBe(closest(word, catalogue));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the typo of an id among thousands through the index', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `recipient-${i + 1}`);
    const find = closestIn(ids);
    expect(find('recipient-1274x')).toBe('recipient-1274');
    expect(find('recipeint-12')).toBe('recipient-12');
    expect(find('Recipient-7')).toBe('recipient-7');
    expect(find('supplier-1')).toBe(closest('supplier-1', ids));
  });
});
