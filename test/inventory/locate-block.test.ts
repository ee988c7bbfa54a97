// The fast block reader must place every node exactly where the `yaml` package's composed document does,
// or step aside. Checked on every path of every fixture, of the example and of a generated inventory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { indexBlocks } from '../../src/inventory/locate-block.js';
import { FileLocator } from '../../src/inventory/locate.js';
import type { Path } from '../../src/inventory/model.js';
import { inventoryFiles } from '../bench/generate.mjs';
import { REPO } from '../helpers/cli.js';

function* yamlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* yamlFiles(full);
    else if (/\.ya?ml$/.test(name)) yield full;
  }
}

/** Every path into the value, each also one step past a leaf and to a missing key (the fall-backs). */
function* paths(value: unknown, at: Path = []): Generator<Path> {
  yield at;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* paths(item, [...at, i]);
    yield [...at, value.length];
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...at, key]);
    yield [...at, 'no_such_key'];
  }
}

function compare(text: string): { fast: number; total: number } {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch {
    return { fast: 0, total: 0 };
  }
  const locator = new FileLocator(text);
  const blocks = indexBlocks(text);
  let fast = 0;
  let total = 0;
  for (const p of paths(value)) {
    for (const onKey of [false, true]) {
      total++;
      if (!blocks?.find(p, onKey)) continue;
      fast++;
      expect(locator.locate(p, onKey), `${JSON.stringify(p)} onKey=${onKey}`).toEqual(locator.locateComposed(p, onKey));
    }
  }
  return { fast, total };
}

describe('the fast block locator', () => {
  it('agrees with the yaml package on every fixture and on the example', () => {
    let fast = 0;
    let total = 0;
    for (const dir of ['inventory', 'test/fixtures']) {
      for (const file of yamlFiles(path.join(REPO, dir))) {
        const counts = compare(readFileSync(file, 'utf8'));
        fast += counts.fast;
        total += counts.total;
      }
    }
    // it must really be the path taken: most nodes are placed without the yaml package
    expect(fast / total).toBeGreaterThan(0.8);
  });

  it('agrees with the yaml package on a generated inventory', () => {
    let fast = 0;
    let total = 0;
    for (const [, text] of inventoryFiles(60)) {
      const counts = compare(text);
      fast += counts.fast;
      total += counts.total;
    }
    expect(fast / total).toBeGreaterThan(0.9);
  });

  it.each([
    ['CRLF line ends', 'a:\r\n  b: 1\r\n  c: [x, y]\r\n'],
    ['a sequence at its key\'s indentation', 'a:\n- x\n- y: 1\n  z: 2\nb: 3\n'],
    ['comments and blank lines', '# head\na: 1 # one\n\n  # inside\nb:\n  - c   # c\n\n'],
    ['a multi-line plain scalar', 'a:\n  b: one\n    two\n  c: 3\n'],
    ['quoted scalars', 'a: "x # y"\nb: \'it\'\'s\'\nc: ["p, q", r]\n'],
    ['no final newline', 'a:\n  b: [1, 2]'],
    ['block scalars', 'a: >-\n  one\n  # not a comment\n\n  two\n\nb: |\n  x\nc:\n  - |2\n      y\n  - z\n'],
  ])('%s', (_name, text) => {
    expect(compare(text).fast).toBeGreaterThan(0);
  });

  it('steps aside for what it does not read', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: |+\n  text\n\n', '"q": 1\n', '--- \na: 1\n', 'a:\n  ? b\n  : c\n']) {
      const blocks = indexBlocks(text);
      expect(blocks?.find(['a'], false) ?? blocks?.find(['b'], false)).toBeUndefined();
    }
  });
});
