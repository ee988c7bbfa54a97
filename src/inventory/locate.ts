import { createRequire } from 'node:module';
import type { LineCounter, Node } from 'yaml';
import type { Position } from './diagnostic.js';
import { indexBlocks, type BlockIndex } from './locate-block.js';
import type { Path } from './model.js';

type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;
/**
 * The `yaml` package, loaded the first time a position is needed: a clean inventory never needs one, and
 * loading it costs ~20 ms of start-up. `lint` is synchronous, hence `require` rather than `import()`.
 * In the bundle `require` exists and esbuild bundles the package behind this very call (an installed
 * ropa has no node_modules of its own); run from source, as ES modules, it is made for this module.
 */
function yaml(): Yaml {
  yamlModule ??= (
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's lazy, bundled require
    typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')
  ) as Yaml;
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
  const cache = new Map<string, FileLocator>();
  return (file, path, onKey = false) => {
    let entry = cache.get(file);
    if (!entry) {
      entry = new FileLocator(textOf(file) ?? '');
      // a parsed document is ~4x the size of its text: keep only the most recent few
      if (cache.size >= CACHED_FILES) cache.delete(cache.keys().next().value!);
      cache.set(file, entry);
    }
    return entry.locate(path, onKey);
  };
}

/**
 * One file's positions: from the fast block reader when the file is plain block YAML (nearly always), else
 * from a document composed by the `yaml` package, built only when needed.
 */
export class FileLocator {
  private readonly blocks: BlockIndex | undefined;
  private composed: { root: Node | null; lines: LineCounter } | undefined;
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {
    this.blocks = indexBlocks(text);
  }

  locate(path: Path, onKey: boolean): Position {
    const fast = this.blocks?.find(path, onKey);
    if (fast) return this.position(fast[0], fast[1]);
    return this.locateComposed(path, onKey);
  }

  /** The position as the `yaml` package's composed document gives it (the reference for the fast path). */
  locateComposed(path: Path, onKey: boolean): Position {
    const { root, lines } = this.compose();
    const range = findRange(root, path, onKey);
    if (!range) return { line: 1, column: 1 };
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  private compose(): { root: Node | null; lines: LineCounter } {
    if (!this.composed) {
      const { LineCounter, parseDocument } = yaml();
      const lines = new LineCounter();
      let root: Node | null = null;
      try {
        root = parseDocument(this.text, { lineCounter: lines, uniqueKeys: false, strict: false, keepSourceTokens: false }).contents;
      } catch {
        // The loader has refused what the yaml package cannot take (depth, size); findings then point at 1:1
      }
      this.composed = { root, lines };
    }
    return this.composed;
  }

  /** 1-based line and column of two offsets, counted as the `yaml` package's LineCounter counts them. */
  private position(start: number, end: number): Position {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const at = (offset: number) => {
      let low = 0;
      let high = this.lineStarts!.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (this.lineStarts![mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: offset - this.lineStarts![low]! + 1 };
    };
    const from = at(start);
    const to = at(end);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
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
