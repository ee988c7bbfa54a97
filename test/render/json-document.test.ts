import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDocumentPieces } from '../../src/render/json-document.js';

const whole = (body: object) =>
  `${JSON.stringify({ version: 1, tool: { name: 'ropa', version: '9.9.9' }, ...body }, null, 2)}\n`;

describe('a JSON document in pieces', () => {
  it('joins to exactly the text JSON.stringify writes, at every depth', () => {
    const body = fc.dictionary(
      fc.string(),
      fc.oneof(
        fc.jsonValue(),
        fc.constant(undefined),
        fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))),
      ),
    );
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect([...jsonDocumentPieces(1, '9.9.9', value, depth)].join('')).toBe(whole(value));
      }),
      { numRuns: 300 },
    );
  });

  it('gives one piece per array element below the opened levels', () => {
    const body = { kind: 'record', activities: [{ id: 'a', names: ['x', 'y'] }, { id: 'b' }], empty: [] };
    const pieces = [...jsonDocumentPieces(1, '9.9.9', body, 2)];
    expect(pieces).toContain(
      '{\n      "id": "a",\n      "names": [\n        "x",\n        "y"\n      ]\n    }',
    );
    expect(pieces).toContain('{\n      "id": "b"\n    }');
    expect(pieces.join('')).toBe(whole(body));
  });
});
