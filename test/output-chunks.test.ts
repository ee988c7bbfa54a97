import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunks } from '../src/output.js';

/** The bytes `chunks` gives for the pieces, as one buffer. */
async function written(pieces: string[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks(pieces)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe('the chunks an output is written in', () => {
  it('hold the bytes of the whole text, a character split between two pieces included', async () => {
    // "😀" is two UTF-16 units: cut between them, each half alone would be written as U+FFFD
    const pieces = ['a 😀'.slice(0, 3), '😀'.slice(1), ' and ', 'x'.repeat(200_000), '\uD83D', '\uDE00!'];
    const bytes = await written(pieces);
    expect(bytes.equals(Buffer.from(pieces.join('')))).toBe(true);
    expect(bytes.toString()).toBe(`a 😀 and ${'x'.repeat(200_000)}😀!`);
  });

  it('are the UTF-8 of the joined pieces, whatever the pieces (lone surrogates, long pieces)', async () => {
    const unit = fc.constantFrom('a', 'é', '─', '😀', '\uD83D', '\uDE00', '\n');
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit, maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit, minLength: 40_000, maxLength: 50_000 }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
        expect((await written(pieces)).equals(Buffer.from(pieces.join('')))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
