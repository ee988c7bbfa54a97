import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/iterables.js';
import { trimmedEnd } from '../../src/render/rendered.js';

describe('rendered pieces', () => {
  it('trims the end of the whole text, whatever pieces it comes in', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom(' ', '\n', '\t ', ' x ', '\u00a0', '\u2028'));
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        expect([...trimmedEnd(pieces)].join('')).toBe(pieces.join('').trimEnd());
      }),
      { numRuns: 300 },
    );
  });

  it('maps a list each time it is read, and only as far as it is read', () => {
    const seen: number[] = [];
    const rows = mapped([1, 2, 3], (n) => {
      seen.push(n);
      return n * 2;
    });
    expect(seen).toEqual([]);
    expect([...rows]).toEqual([2, 4, 6]);
    expect([...rows]).toEqual([2, 4, 6]);
    expect(seen).toEqual([1, 2, 3, 1, 2, 3]);
  });
});
