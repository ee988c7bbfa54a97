import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonStream, jsonDocumentPieces, jsonPiecesOf } from '../../src/render/json-document.js';

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

  it('writes a stream of elements as the array of them, making each as it is written', () => {
    const made: number[] = [];
    function* nodes() {
      for (const n of [1, 2, 3]) {
        made.push(n);
        yield { n, list: [n, 'x'] };
      }
    }
    const pieces = jsonPiecesOf({ graph: new JsonStream(nodes()), empty: new JsonStream([]) }, 2);
    const out: string[] = [];
    const next = () => out.push(pieces.next().value as string);
    next();
    expect(made).toEqual([]);
    next();
    next();
    expect(out.at(-1)).toBe('{\n      "n": 1,\n      "list": [\n        1,\n        "x"\n      ]\n    }');
    expect(made).toEqual([1]);
    out.push(...pieces);
    expect(made).toEqual([1, 2, 3]);
    const value = { graph: [1, 2, 3].map((n) => ({ n, list: [n, 'x'] })), empty: [] };
    expect(out.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    // below the opened levels, JSON.stringify reads the stream whole
    expect([...jsonPiecesOf({ graph: new JsonStream(nodes()) }, 0)].join('')).toBe(
      `${JSON.stringify({ graph: value.graph }, null, 2)}\n`,
    );
  });
});
