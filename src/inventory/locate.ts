import { createRequire } from 'node:module';
import type { LineCounter, Node } from 'yaml';
import type { Position } from './diagnostic.js';
import type { Path } from './model.js';

type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;
/**
 * The `yaml` package, loaded the first time a position is needed: a clean inventory never needs one, and
 * loading it costs ~20 ms of start-up. `lint` is synchronous, hence `require` rather than `import()`.
 */
function yaml(): Yaml {
  yamlModule ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yamlModule;
}

/** Parsed files kept at once: findings are located file by file, so a few suffice (related places). */
const CACHED_FILES = 4;

export type Locate = (file: string, path: Path, onKey?: boolean) => Position;

/**
 * Resolves paths to positions. A file is parsed for positions (with the `yaml` package, which keeps
 * ranges) only when a finding needs it, once if its findings are located together (see `lint`); a path
 * that does not exist in the file falls back to the closest node that does.
 */
export function createLocator(textOf: (file: string) => string | undefined): Locate {
  const cache = new Map<string, { root: Node | null; lines: LineCounter }>();
  return (file, path, onKey = false) => {
    let entry = cache.get(file);
    if (!entry) {
      const text = textOf(file) ?? '';
      const { LineCounter, parseDocument } = yaml();
      const lines = new LineCounter();
      let root: Node | null = null;
      try {
        root = parseDocument(text, { lineCounter: lines, uniqueKeys: false, strict: false, keepSourceTokens: false }).contents;
      } catch {
        // The loader has refused what the yaml package cannot take (depth, size); findings then point at 1:1
      }
      entry = { root, lines };
      // a parsed document is ~4x the size of its text: keep only the most recent few
      if (cache.size >= CACHED_FILES) cache.delete(cache.keys().next().value!);
      cache.set(file, entry);
    }
    const range = findRange(entry.root, path, onKey);
    if (!range) return { line: 1, column: 1 };
    const start = entry.lines.linePos(range[0]);
    const end = entry.lines.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
}

function findRange(root: Node | null, path: Path, onKey: boolean): [number, number] | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: Node | null = root;
  let range = rangeOf(node);
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    let next: Node | null = null;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      if (last && onKey) return rangeOf(pair.key as Node);
      // `key:` with no value: point at the key
      next = (pair.value as Node | null) ?? null;
      if (!next || (isScalar(next) && next.range && next.range[0] === next.range[1])) return rangeOf(pair.key as Node);
    } else if (isSeq(node) && typeof segment === 'number') {
      next = (node.items[segment] as Node | undefined) ?? null;
    }
    if (!next) break;
    node = next;
    range = rangeOf(node) ?? range;
  }
  return range;
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  if (!node || !node.range) return undefined;
  // For collections, end at the first line's end rather than the whole block
  return [node.range[0], node.range[1]];
}
