// The fast block reader must give exactly what the `yaml` package gives (core schema), the value and the
// range of every node, or step aside (undefined): on every file of the fixtures, of the example and of a
// generated inventory, on snippets at the edge of its subset, and on random texts assembled from the
// pieces YAML is made of. Ranges are compared on every path into the value, one step past each leaf and
// to a missing key or index (the fall-backs), on keys and on values, closest or exact.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/inventory/block-reader.js';
import type { Path } from '../../src/inventory/model.js';
import { LONE_CR, parse, readWithYaml } from '../../src/inventory/source.js';
import { inventoryFiles } from '../bench/generate.mjs';
import { REPO } from '../helpers/cli.js';
import { inventoryArb, render } from '../robust/arbitraries.js';

function* yamlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* yamlFiles(full);
    else if (/\.ya?ml$/.test(name)) yield full;
  }
}

/** Every path into the value, each also one step past a leaf and to a missing key or index. */
function* paths(value: unknown, at: Path = []): Generator<Path> {
  yield at;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* paths(item, [...at, i]);
    yield [...at, value.length];
    yield [...at, 'key'];
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...at, key]);
    yield [...at, 'no_such_key'];
    yield [...at, 0];
  } else {
    yield [...at, 'inside'];
  }
}

/** Asserts the two readers agree on the value and on every range; returns whether the fast one answered. */
function agrees(text: string): boolean {
  if (readBlock(text) === undefined) return false;
  const fast = parse(text);
  // refused by the front end before any reader (a control character, a CR alone)
  if (fast.findings.length > 0) return false;
  const reference = readWithYaml(text);
  expect(reference.findings, `the yaml package refuses what the fast reader read:\n${text}`).toEqual([]);
  expect(fast.value, text).toStrictEqual(reference.value);
  for (const p of paths(fast.value)) {
    for (const options of OPTIONS) {
      expect(fast.rangeOf(p, options), `${JSON.stringify(p)} ${JSON.stringify(options)}\n${text}`).toEqual(
        reference.rangeOf(p, options),
      );
    }
  }
  return true;
}

const OPTIONS = [{}, { onKey: true }, { closest: false }, { closest: false, onKey: true }];

describe('the fast block reader', () => {
  it('reads every file of the example, the fixtures and a generated inventory as the yaml package does', () => {
    const texts = [
      ...[...yamlFiles(path.join(REPO, 'inventory')), ...yamlFiles(path.join(REPO, 'test/fixtures'))].map(
        (f) => readFileSync(f, 'utf8').replace(/^\ufeff/, ''),
      ),
      ...[...inventoryFiles(200)].map(([, text]) => text),
    ];
    const answered = texts.filter(agrees).length;
    // it must really be the path taken
    expect(answered / texts.length).toBeGreaterThan(0.95);
    for (const file of yamlFiles(path.join(REPO, 'inventory'))) {
      expect(readBlock(readFileSync(file, 'utf8')), file).toBeDefined();
    }
  });

  it.each([
    ['nested mappings and sequences', 'a:\n  b:\n    - c\n    - d: 1\n      e: [x, y]\n  f: g\n'],
    ['a sequence at its key indentation', 'list:\n- one\n- two: 2\n  three: 3\nnext: x\n'],
    ['scalars of the core schema', 'a: ~\nb: null\nc:\nd: true\ne: False\nf: 0\ng: 42\nh: yes\ni: off\n'],
    ['dates and durations stay text', 'reviewed: 2024-01-15\nduration: P10Y\nat: 12:30\n'],
    [
      'quoted text',
      'a: "say \\"hi\\"\\n\\t\\u00e9\\x41 \\\\"\nb: \'it\'\'s # not a comment\'\nc: "" # empty\n',
    ],
    ['flow lists', 'a: [one, "two, three", \'four\', 5, true]\nb: []\nc: {}\nd: [x, ]\n'],
    [
      'comments everywhere',
      '# head\na: 1 # one\n\n# between\nb:   # below\n  - c # item\n  # inside\n  - d\n',
    ],
    ['a plain scalar on several lines', 'a: first\n  second\n  third\nb: x\n'],
    ['literal block scalars', 'a: |\n  one\n\n  two\n    indented\nb: |-\n  kept\n\nc: x\n'],
    ['folded block scalars', 'a: >\n  one\n  two\n\n  three\n\n\n  four\nb: >-\n  five\n  six\n'],
    ['block scalars in a list', 'l:\n  - |\n    a\n    b\n  - >-\n    c\n    d\n'],
    ['CR LF line ends', 'a:\r\n  - b\r\n  - "c"\r\nd: |\r\n  e\r\n  f\r\n'],
    ['spaces before a colon and after it', 'a :   b\nc:    [d]\n'],
    ['words that are not keywords', 'a: nullable\nb: truely\nc: 1st\nd: .hidden\ne: x-1\n'],
    ['comments and blank lines around nodes', '# head\na: 1 # one\n\n  # inside\nb:\n  - c   # c\n\n'],
    ['a multi-line plain scalar in a mapping', 'a:\n  b: one\n    two\n  c: 3\n'],
    ['no final newline', 'a:\n  b: [1, 2]'],
    [
      'text that looks like a comment inside a block scalar',
      'a: >-\n  one\n  # not a comment\n\n  two\n\nb: |\n  x\n',
    ],
    ['a block scalar ending in text that looks like a comment', 'a: |\n  x\n  # y\nb: 1\n'],
    [
      'block scalar headers with white space or a comment after them',
      'a: >-  \n  x\nb: |\t# c\n  y\nc: |-  # d\n  z\nd: >\t\n  w\n',
    ],
    [
      'a mapping of many keys (found through an index), with a list of many items',
      `${Array.from({ length: 40 }, (_, i) => `k${i}: [a${i}, b]`).join('\n')}\nl:\n${'  - x\n'.repeat(40)}`,
    ],
  ])('reads %s as the yaml package does', (_, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['complex keys', '? a\n: b\n'],
    ['quoted keys', '"a": b\n'],
    ['keys that are not words', '1: a\n'],
    ['keys that could be keywords', 'yes: a\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['__proto__', '__proto__: a\n'],
    ['tabs as indentation', 'a:\n\t- b\n'],
    ['document markers', '---\na: 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['multi-line quoted text', 'a: "one\n  two"\n'],
    ['keep chomping', 'a: |+\n  b\n\n'],
    ['an indentation indicator', 'a: |2\n   b\n'],
    ['a more-indented line in a folded scalar', 'a: >\n  b\n    c\n  d\n'],
    ['leading blank lines in a block scalar', 'a: |\n\n  b\n'],
    ['numbers other than plain integers', 'a: 1.5\n'],
    ['negative numbers', 'a: -1\n'],
    ['hexadecimal', 'a: 0x1F\n'],
    ['underscores in numbers', 'a: 1_000\n'],
    ['.inf', 'a: .inf\n'],
    ['leading zeros', 'a: 007\n'],
    ['nested flow collections', 'a: [[b]]\n'],
    ['flow mappings', 'a: {b: 1}\n'],
    ['compact nested sequences', '- - a\n'],
    ['null items', 'a:\n  -\n  - b\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a colon inside a plain value', 'a: b: c\n'],
    ['a plain value starting with a dash', 'a: -b\n'],
    ['a comment inside a multi-line plain value', 'a: b # c\n  d\n'],
    ['a block scalar header ending in a no-break space', 'a: |\u00a0\n  b\n'],
    ['a block scalar header with text after it', 'a: |-x\n  b\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
  ])('leaves %s to the yaml package', (_, text) => {
    expect(readBlock(text)).toBeUndefined();
  });

  it.each([
    ['a control character', 'a: b\u0007\n', 1, 5, 'invalid YAML: control character U+0007 is not allowed'],
    [
      'a NUL on line 4',
      'a:\n  b: 1\n  c: 2\n  d: x\u0000\n',
      4,
      7,
      'invalid YAML: null byte is not allowed in input',
    ],
    ['a CR alone at a line end', 'a: 1\r\r\n', 1, 5, LONE_CR],
    ['a CR alone inside plain text', 'a: 1\nb: x\ry\n', 2, 5, LONE_CR],
    ['a CR alone inside quotes', 'a: "x\ry"\n', 1, 6, LONE_CR],
    ['a CR alone after CR LF line ends', 'a: 1\r\nb: x\ry\r\n', 2, 5, LONE_CR],
    ['a CR alone before a control character', 'a: x\ry\u0007\n', 1, 5, LONE_CR],
    [
      'a control character before a CR alone',
      'a: x\u0085\u0007\ry\n',
      1,
      6,
      'invalid YAML: control character U+0007 is not allowed',
    ],
  ])('refuses %s where it is, before either reader', (_, text, line, column, message) => {
    expect(parse(text).findings).toEqual([{ message, position: { line, column } }]);
  });

  it('places other findings in a refused text as the yaml package reads what it can of it', () => {
    // a missing organization is reported on the first file, whether or not it could be read
    const range = (text: string, path: Path) => parse(text).rangeOf(path);
    expect(range('subjects: []\n---\nsubjects: []\n', [])).toEqual({
      line: 1,
      column: 1,
      endLine: 2,
      endColumn: 1,
    });
    expect(range('subjects:\n  - id: visitor\r    name: Visitors\r', [])).toEqual({
      line: 1,
      column: 1,
      endLine: 2,
      endColumn: 36,
    });
    expect(range('a:\n  b: 1\n  b: 2\n', ['a', 'b'])).toEqual({
      line: 2,
      column: 6,
      endLine: 2,
      endColumn: 7,
    });
    // too deep to compose again: 1:1
    expect(range(`x: ${'['.repeat(101)}${']'.repeat(101)}\n`, [])).toBeUndefined();
  });

  it('agrees with the yaml package on generated inventories as it writes them', () => {
    fc.assert(
      fc.property(inventoryArb, (inventory) => {
        for (const doc of Object.values(inventory.docs))
          agrees(render(doc, { crlf: inventory.crlf, bom: false }));
      }),
      { seed: 20261127, numRuns: 100 },
    );
  });

  it('agrees with the yaml package on random documents in every style of the subset', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        documentArb,
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (doc, step, atKey, crlf) => {
          if (agrees(renderNode(doc, 0, step, atKey).join(crlf ? '\r\n' : '\n') + '\n')) answered++;
        },
      ),
      { seed: 20261127, numRuns: 1500 },
    );
    // most of them are inside the subset: the comparison is not vacuous
    expect(answered).toBeGreaterThan(600);
  });

  it('agrees with the yaml package on random documents with comment lines and blank lines anywhere', () => {
    let answered = 0;
    const insertion = fc.tuple(fc.nat(), fc.integer({ min: -1, max: 8 }));
    fc.assert(
      fc.property(documentArb, fc.array(insertion, { maxLength: 4 }), (doc, inserts) => {
        const lines = renderNode(doc, 0, 2, false);
        // an indentation of -1 is a blank line
        for (const [at, indent] of inserts)
          lines.splice(at % (lines.length + 1), 0, indent < 0 ? '' : `${' '.repeat(indent)}# c`);
        if (agrees(lines.join('\n') + '\n')) answered++;
      }),
      { seed: 20261127, numRuns: 1500 },
    );
    expect(answered).toBeGreaterThan(300);
  });

  it('agrees with the yaml package, or steps aside, on random texts made of YAML pieces', () => {
    const piece = fc.constantFrom('key: ', 'key:', 'other: ', 'k :', '- ', '-', '? ', ': ', '', '', '- c: ');
    const value = fc.constantFrom(
      'a',
      'a b',
      'a # c',
      '1',
      '01',
      '1.5',
      '-1',
      '+1',
      '0x1',
      '.5',
      '.inf',
      'true',
      'yes',
      'No',
      '~',
      'null',
      '"q\\"x"',
      '"\\u00e9\\n"',
      '"\\N"',
      '"open',
      "'it''s'",
      "'open",
      '[a, b]',
      '[]',
      '[a, [b]]',
      '[a,,b]',
      '[a # c]',
      '{}',
      '{a: 1}',
      '|',
      '|-',
      '|+',
      '>',
      '>-',
      '>2',
      '# c',
      'a: b',
      '&a x',
      '*a',
      '!!str x',
      '2024-01-15',
      'P10Y',
      'b:c',
      'x\ty',
      '@x',
      '`x',
      '%x',
      '"a" b',
      'a #b',
      'a#b',
      '',
      '---',
      '...',
      '- x',
      'x\ry',
      'x\r',
    );
    const line = fc
      .tuple(fc.integer({ min: 0, max: 6 }), piece, value)
      .map(([indent, p, v]) => `${' '.repeat(indent)}${p}${v}`.trimEnd());
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), (lines, crlf) => {
        agrees(lines.join(crlf ? '\r\n' : '\n') + '\n');
      }),
      { seed: 20261127, numRuns: 3000 },
    );
  });
});

// Random documents: mappings, sequences (under their key or at its indentation), plain and quoted
// scalars that look like other things, comments, one-line flow lists, block scalars, multi-line plain text.
type Node =
  | { kind: 'leaf'; text: string; comment: string }
  | { kind: 'flow'; items: string[] }
  | { kind: 'block'; header: string; lines: string[] }
  | { kind: 'multi'; lines: string[] }
  | { kind: 'map'; pairs: [string, Node][] }
  | { kind: 'seq'; items: Node[] };

const scalarText = fc.constantFrom(
  'plain',
  'two words',
  'a:b',
  'a # not',
  'é ü',
  '1',
  '0',
  '12',
  '007',
  '1.5',
  '-3',
  'true',
  'False',
  'null',
  '~',
  'yes',
  '2024-01-15',
  'P10Y',
  'x-1',
  '.hidden',
  "it's",
  'say "hi"',
  'back\\slash',
  'tab\there',
  'trail ',
  ' lead',
  '#hash',
  '-dash',
  '[br]',
  '{br}',
  'a, b',
  'q"',
  "'",
  '',
);
const scalarArb = fc
  .tuple(scalarText, fc.constantFrom('plain', 'double', 'single'))
  .map(([text, style]) =>
    style === 'plain' ? text : style === 'double' ? JSON.stringify(text) : `'${text.replaceAll("'", "''")}'`,
  );
const { node: nodeArb } = fc.letrec<{
  node: Node;
  leaf: Node;
  flow: Node;
  block: Node;
  multi: Node;
  map: Node;
  seq: Node;
}>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    tie('map'),
    tie('seq'),
    tie('block'),
    tie('flow'),
    tie('multi'),
  ),
  leaf: fc
    .tuple(scalarArb, fc.constantFrom('', '', ' # c', '  #c'))
    .map(([text, comment]) => ({ kind: 'leaf' as const, text, comment })),
  flow: fc.array(scalarArb, { maxLength: 4 }).map((items) => ({ kind: 'flow' as const, items })),
  block: fc
    .tuple(
      fc.constantFrom('|', '|-', '>', '>-'),
      fc.array(fc.constantFrom('line one', 'two', '', 'x: y', '# hash', '  more', 'end'), {
        minLength: 1,
        maxLength: 5,
      }),
    )
    .map(([header, lines]) => ({ kind: 'block' as const, header, lines })),
  multi: fc
    .array(fc.constantFrom('alpha', 'beta gamma', 'd', '1'), { minLength: 2, maxLength: 3 })
    .map((lines) => ({ kind: 'multi' as const, lines })),
  map: fc
    .uniqueArray(fc.tuple(fc.constantFrom('a', 'key', 'name', 'x_y', 'data-item', 'Z9'), tie('node')), {
      minLength: 1,
      maxLength: 4,
      selector: (pair) => pair[0],
    })
    .map((pairs) => ({ kind: 'map' as const, pairs })),
  seq: fc
    .array(tie('node'), { minLength: 1, maxLength: 3 })
    .map((items) => ({ kind: 'seq' as const, items })),
}));
const documentArb = fc.tuple(fc.constantFrom('a', 'key'), nodeArb).map(([key, node]): Node => ({
  kind: 'map',
  pairs: [[key, node]],
}));

/** A scalar-like node after "key: " or "- ": its first line's text and its further lines. */
function inline(node: Node, indent: number): [string, string[]] {
  const deeper = ' '.repeat(indent + 2);
  switch (node.kind) {
    case 'leaf':
      return [node.text + node.comment, []];
    case 'flow':
      return [`[${node.items.join(', ')}]`, []];
    case 'block':
      return [node.header, node.lines.map((l) => (l === '' ? '' : deeper + l))];
    case 'multi':
      return [node.lines[0]!, node.lines.slice(1).map((l) => deeper + l)];
    default:
      throw new Error('not a scalar');
  }
}

/** Lines of a block collection at `indent`; `atKey` writes a sequence at its key's indentation. */
function renderNode(node: Node, indent: number, step: number, atKey: boolean): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  if (node.kind === 'map') {
    for (const [key, value] of node.pairs) {
      if (value.kind === 'map' || value.kind === 'seq') {
        out.push(
          `${pad}${key}:`,
          ...renderNode(value, value.kind === 'seq' && atKey ? indent : indent + step, step, atKey),
        );
      } else {
        const [first, more] = inline(value, indent);
        out.push(`${pad}${key}: ${first}`, ...more);
      }
    }
  } else if (node.kind === 'seq') {
    for (const value of node.items) {
      if (value.kind === 'map') {
        const inner = renderNode(value, indent + 2, step, atKey);
        out.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
      } else if (value.kind === 'seq') {
        out.push(`${pad}-`, ...renderNode(value, indent + 2, step, atKey));
      } else {
        const [first, more] = inline(value, indent);
        out.push(`${pad}- ${first}`, ...more);
      }
    }
  }
  return out;
}
