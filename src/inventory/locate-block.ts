import type { Path } from './model.js';
import { quotedEnd } from './parse-block.js';

/**
 * A fast locator for the YAML that people write by hand: block mappings and sequences, one-line scalars
 * and one-line flow lists. It reads a file line by line, about ten times faster than composing it with the
 * `yaml` package, and gives the same ranges as that package does. Anything outside that subset (anchors,
 * tags, multi-line flow collections, block scalars on the way to a target, complex keys...) makes it
 * answer `undefined`, and the caller asks the `yaml` package instead; tests compare the two on every node
 * of the fixtures and of generated inventories.
 */
export type Range = readonly [start: number, end: number];

type BlockNode =
  | { kind: 'map'; start: number; end: number; pairs: Map<string, Pair> }
  | { kind: 'seq'; start: number; end: number; items: BlockNode[] }
  /** A scalar, or a collection that is not walked into (a flow mapping, a block scalar). */
  | { kind: 'leaf'; start: number; end: number; walkable: false };

interface Pair {
  key: Range;
  value: BlockNode | null;
}

interface Line {
  /** Offset of the first character of the line. */
  readonly from: number;
  /** Column (0-based) of the first non-space character. */
  readonly indent: number;
  /** Offset after the line's end of line (or the end of the text). */
  readonly next: number;
  /** The line without its end of line. */
  readonly text: string;
}

class Unsupported extends Error {}

/** An index of one file's block structure, or undefined when the file is outside the supported subset. */
export function indexBlocks(text: string): BlockIndex | undefined {
  try {
    return new BlockIndex(text);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

export class BlockIndex {
  private readonly lines: Line[] = [];
  /** Indexes of the lines that hold content (not blank, not only a comment). */
  private readonly content: number[] = [];
  readonly root: BlockNode | null;

  constructor(text: string) {
    let from = 0;
    while (from < text.length) {
      const newline = text.indexOf('\n', from);
      const next = newline < 0 ? text.length : newline + 1;
      let body = text.slice(from, newline < 0 ? text.length : newline);
      if (body.endsWith('\r')) body = body.slice(0, -1);
      const indent = body.length - body.trimStart().length;
      if (body.slice(0, indent).includes('\t')) throw new Unsupported();
      const line = { from, indent, next, text: body };
      const trimmed = body.trim();
      if (trimmed !== '' && !trimmed.startsWith('#')) {
        if (/^(---|\.\.\.)(\s|$)/.test(body) || trimmed.startsWith('%')) throw new Unsupported();
        this.content.push(this.lines.length);
      }
      this.lines.push(line);
      from = next;
    }
    if (this.content.length === 0) {
      this.root = null;
    } else {
      const parsed = this.node(0, this.lines[this.content[0]!]!.indent, -1);
      // content the walk did not reach is structure this reader does not know
      if (parsed.after !== this.content.length) throw new Unsupported();
      this.root = parsed.node;
    }
  }

  /** Mirrors `findRange` over a composed document: the range of the path, or of the closest node. */
  find(path: Path, onKey: boolean): Range | undefined {
    let node = this.root;
    let range: Range | undefined = node ? [node.start, node.end] : undefined;
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i]!;
      const last = i === path.length - 1;
      let next: BlockNode | null = null;
      if (node.kind === 'map') {
        const pair = node.pairs.get(String(segment));
        if (!pair) break;
        if (last && onKey) return pair.key;
        if (!pair.value) return pair.key;
        next = pair.value;
      } else if (node.kind === 'seq' && typeof segment === 'number') {
        next = node.items[segment] ?? null;
      } else if (node.kind === 'leaf') {
        // the composed document may go deeper (into a flow mapping): only the `yaml` package knows
        return undefined;
      }
      if (!next) break;
      node = next;
      range = [node.start, node.end];
    }
    return range;
  }

  /**
   * Parses the node that starts on content line `c` at column `column`, inside a parent indented at
   * `parent`. Returns the node and the next content line after it.
   */
  private node(c: number, column: number, parent: number): { node: BlockNode; after: number } {
    const line = this.lines[this.content[c]!]!;
    const rest = line.text.slice(column);
    if (/^-(\s|$)/.test(rest)) return this.sequence(c, column);
    if (keyAt(rest)) return this.mapping(c, column);
    return this.scalar(c, column, parent);
  }

  private sequence(c: number, column: number): { node: BlockNode; after: number } {
    const items: BlockNode[] = [];
    const start = this.lines[this.content[c]!]!.from + column;
    let at = c;
    let end = start;
    while (at < this.content.length) {
      const line = this.lines[this.content[at]!]!;
      if (at !== c && (line.indent !== column || !/^-(\s|$)/.test(line.text.slice(column)))) break;
      if (at !== c && line.indent < column) break;
      const after = line.text.slice(column + 1);
      const offset = after.length - after.trimStart().length;
      const itemColumn = column + 1 + offset;
      const inline = line.text.slice(itemColumn);
      if (inline === '' || inline.startsWith('#')) {
        // "-" alone: the item is the block below, or null
        const below = this.content[at + 1];
        if (below !== undefined && this.lines[below]!.indent > column) {
          const parsed = this.node(at + 1, this.lines[below]!.indent, column);
          items.push(parsed.node);
          at = parsed.after;
        } else {
          throw new Unsupported(); // a null item: rare, and its range is the composer's business
        }
      } else {
        if (inline.startsWith('- ') || inline === '-') throw new Unsupported();
        const parsed = this.node(at, itemColumn, column);
        items.push(parsed.node);
        at = parsed.after;
      }
      end = this.lines[this.content[at - 1]!]!.next;
    }
    return { node: { kind: 'seq', start, end, items }, after: at };
  }

  private mapping(c: number, column: number): { node: BlockNode; after: number } {
    const pairs = new Map<string, Pair>();
    const first = this.lines[this.content[c]!]!;
    const start = first.from + column;
    let at = c;
    let end = start;
    while (at < this.content.length) {
      const line = this.lines[this.content[at]!]!;
      if (at !== c && line.indent !== column) break;
      const rest = line.text.slice(column);
      const key = keyAt(rest);
      if (!key) {
        if (at === c) throw new Unsupported();
        break;
      }
      if (pairs.has(key.name)) throw new Unsupported();
      const keyRange: Range = [line.from + column + key.start, line.from + column + key.end];
      const valueColumn = column + key.valueAt;
      const inline = line.text.slice(valueColumn);
      let value: BlockNode | null = null;
      if (inline === '' || inline.startsWith('#')) {
        const below = this.content[at + 1];
        const belowLine = below === undefined ? undefined : this.lines[below]!;
        if (belowLine && belowLine.indent > column) {
          const parsed = this.node(at + 1, belowLine.indent, column);
          value = parsed.node;
          at = parsed.after;
        } else if (belowLine && belowLine.indent === column && /^-(\s|$)/.test(belowLine.text.slice(column))) {
          // a sequence written at the key's own indentation
          const parsed = this.sequence(at + 1, column);
          value = parsed.node;
          at = parsed.after;
        } else {
          at += 1;
        }
      } else {
        const parsed = this.scalar(at, valueColumn, column);
        value = parsed.node;
        at = parsed.after;
      }
      pairs.set(key.name, { key: keyRange, value });
      end = this.lines[this.content[at - 1]!]!.next;
    }
    return { node: { kind: 'map', start, end, pairs }, after: at };
  }

  /**
   * A literal or folded block scalar: its range runs from the indicator to the end of its last line that
   * holds text. Its text lines are raw lines (a "# ..." line inside it is text, not a comment).
   */
  private blockScalar(c: number, column: number, parent: number): { node: BlockNode; after: number } {
    const first = this.content[c]!;
    const line = this.lines[first]!;
    const header = line.text.slice(column);
    if (!/^[|>][-1-9]{0,2}\s*(#.*)?$/.test(header) || header.includes('+')) throw new Unsupported();
    let last = first;
    for (let i = first + 1; i < this.lines.length; i++) {
      const raw = this.lines[i]!;
      if (raw.text.trim() === '') continue;
      if (raw.indent <= parent) break;
      last = i;
    }
    if (last === first) throw new Unsupported(); // an empty block scalar
    let after = c + 1;
    while (after < this.content.length && this.content[after]! <= last) after++;
    const start = line.from + column;
    return { node: { kind: 'leaf', start, end: this.lines[last]!.next, walkable: false }, after };
  }

  /** A value that is not a block collection: a scalar, a flow collection or a block scalar. */
  private scalar(c: number, column: number, parent: number): { node: BlockNode; after: number } {
    const line = this.lines[this.content[c]!]!;
    const rest = line.text.slice(column);
    const start = line.from + column;
    const first = rest[0]!;
    if (first === '|' || first === '>') return this.blockScalar(c, column, parent);
    if ('&*!%@`?'.includes(first)) throw new Unsupported();
    if (first === '{') {
      const close = flowEnd(rest);
      if (close === undefined || !onlyComment(rest.slice(close))) throw new Unsupported();
      return { node: { kind: 'leaf', start, end: start + close, walkable: false }, after: c + 1 };
    }
    if (first === '[') {
      const close = flowEnd(rest);
      if (close === undefined || !onlyComment(rest.slice(close))) throw new Unsupported();
      const items = flowItems(rest.slice(0, close), start);
      if (!items) return { node: { kind: 'leaf', start, end: start + close, walkable: false }, after: c + 1 };
      return { node: { kind: 'seq', start, end: start + close, items }, after: c + 1 };
    }
    if (first === '"' || first === "'") {
      const close = quotedEnd(rest, 0, rest.length);
      if (close < 0 || !onlyComment(rest.slice(close))) throw new Unsupported();
      return { node: { kind: 'leaf', start, end: start + close, walkable: false }, after: c + 1 };
    }
    // a plain scalar, perhaps continued on more deeply indented lines
    let end = start + plainEnd(rest);
    let at = c + 1;
    while (at < this.content.length) {
      const more = this.lines[this.content[at]!]!;
      if (more.indent <= parent) break;
      if (more.text.includes(': ') || more.text.endsWith(':') || more.text.includes(' #')) throw new Unsupported();
      end = more.from + more.indent + plainEnd(more.text.slice(more.indent));
      at++;
    }
    // a blank or comment line inside a multi-line plain scalar changes how it folds: leave that to yaml
    if (at > c + 1 && this.content[at - 1]! - this.content[c]! !== at - 1 - c) throw new Unsupported();
    return { node: { kind: 'leaf', start, end, walkable: false }, after: at };
  }
}

/** A simple mapping key at the start of `rest`: plain text up to ": " (or ":" at the end). */
function keyAt(rest: string): { name: string; start: number; end: number; valueAt: number } | undefined {
  if (rest === '' || '-[]{}#&*!|>%@`?"\',\''.includes(rest[0]!)) return undefined;
  const colon = rest.search(/:(\s|$)/);
  if (colon <= 0) return undefined;
  const name = rest.slice(0, colon).trimEnd();
  // keys that YAML would read as something other than their text (numbers, booleans, null) are rare
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) || /^(true|false|null|yes|no|on|off)$/i.test(name)) {
    throw new Unsupported();
  }
  const after = rest.slice(colon + 1);
  return { name, start: 0, end: name.length, valueAt: colon + 1 + (after.length - after.trimStart().length) };
}

/** Length of a plain scalar at the start of `text`: up to a comment, without trailing spaces. */
function plainEnd(text: string): number {
  const comment = text.search(/\s#/);
  return (comment < 0 ? text : text.slice(0, comment)).trimEnd().length;
}

function onlyComment(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || (trimmed.startsWith('#') && /^\s/.test(text));
}

/** Offset after the bracket that closes the flow collection at the start of `text`, on this line. */
function flowEnd(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const close = quotedEnd(text, i, text.length);
      if (close < 0) return undefined;
      i = close - 1;
    } else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === '#' && /\s/.test(text[i - 1] ?? '')) return undefined;
  }
  return undefined;
}

/** The items of a one-line flow list of plain or quoted scalars, or undefined for anything richer. */
function flowItems(list: string, offset: number): BlockNode[] | undefined {
  const inner = list.slice(1, -1);
  if (/[[\]{}]/.test(inner)) return undefined;
  const items: BlockNode[] = [];
  let i = 0;
  while (i < inner.length) {
    while (i < inner.length && /\s/.test(inner[i]!)) i++;
    if (i >= inner.length) break;
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      end = quotedEnd(inner, i, inner.length);
      if (end < 0) return undefined;
    } else {
      const comma = inner.indexOf(',', i);
      end = (comma < 0 ? inner.length : comma);
      while (end > i && /\s/.test(inner[end - 1]!)) end--;
      if (inner.slice(i, end).includes(': ')) return undefined;
    }
    if (end === i) return undefined;
    items.push({ kind: 'leaf', start: offset + 1 + i, end: offset + 1 + end, walkable: false });
    i = end;
    while (i < inner.length && /\s/.test(inner[i]!)) i++;
    if (i < inner.length) {
      if (inner[i] !== ',') return undefined;
      i++;
    }
  }
  return items;
}
