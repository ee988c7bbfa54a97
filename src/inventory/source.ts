import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { readBlock, type BlockRanges } from './block-reader.js';
import type { Position } from './diagnostic.js';
import type { Path } from './model.js';
import { quote } from './quote.js';

/**
 * A YAML text read once (Spectral's source document): its value, what stopped it from being read, and
 * where each of its nodes is. Every YAML text ropa reads (inventory files, the configuration) goes
 * through `parse`.
 */
export interface SourceDocument {
  /** The value; `undefined` when the text could not be read (see `findings`), `null` when it is empty. */
  readonly value: unknown;
  /** Why the text could not be read: empty when it could. */
  readonly findings: readonly SyntaxFinding[];
  /**
   * The range of the node at `path`. `closest` (the default) falls back to the deepest node on the way
   * that exists; without it a path that does not exist has no range. `onKey` gives the key of the last
   * segment rather than its value; a key written without a value is its own range.
   */
  rangeOf(path: Path, options?: { closest?: boolean; onKey?: boolean }): Position | undefined;
}

export interface SyntaxFinding {
  readonly message: string;
  readonly position: Position;
}

/** Collections nested deeper than this are refused: nothing in an inventory nests a tenth as deep. */
export const MAX_DEPTH = 100;

/** The most aliases a document may resolve, weighted by what each copies (the `yaml` package's count). */
const MAX_ALIASES = 100;

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
const CR_ALONE = /\r(?!\n)/g;

/**
 * The offset of the first character refused in any text (a control character, a CR alone), or -1. In
 * two steps: a character class alone is scanned several times faster than with the lookahead of a CR
 * alone in the same expression, and most texts have no CR to look at (11% of reading a file).
 */
function firstControl(text: string): number {
  const control = CONTROL.exec(text);
  const before = control ? control.index : text.length;
  const cr = text.indexOf('\r');
  if (cr < 0 || cr >= before) return control ? before : -1;
  CR_ALONE.lastIndex = cr;
  const alone = CR_ALONE.exec(text);
  return alone && alone.index < before ? alone.index : control ? before : -1;
}

/**
 * Reads a YAML text: with the fast block reader when the text is inside its subset, as nearly every
 * inventory file is, and with the `yaml` package otherwise (YAML 1.2 core schema: dates stay text,
 * duplicate keys are errors, one document per text, aliases and depth capped). With `locate: false` the
 * caller wants the value and the syntax findings only, and places nothing else in this document (it
 * reads the text again for that): the fast reader then keeps no ranges, and `rangeOf` answers nothing.
 */
export function parse(text: string, { locate = true } = {}): SourceDocument {
  const control = firstControl(text);
  if (control >= 0)
    return failed(
      {
        message: controlMessage(text.charAt(control)),
        position: positionIn(lineStartsOf(text), control),
      },
      text,
    );
  const block = readBlock(text, { ranges: locate });
  if (!block) return readWithYaml(text);
  const { value, ranges, lineStarts } = block;
  return ranges
    ? new BlockSource(value, ranges, lineStarts)
    : { value, findings: [], rangeOf: () => undefined };
}

/** Why a line break that is a CR alone is refused: positions count lines by LF, as editors and git do. */
export const LONE_CR = 'line ends with CR alone: save the file with LF or CRLF line ends';

function controlMessage(character: string): string {
  if (character === '\r') return LONE_CR;
  if (character === '\0') return 'invalid YAML: null byte is not allowed in input';
  const code = character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `invalid YAML: control character U+${code} is not allowed`;
}

/** The 1-based line and column of `offset`, given the offset at which each line starts. */
function positionIn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

function range(lineStarts: readonly number[], start: number, end: number): Position {
  const from = positionIn(lineStarts, start);
  const to = positionIn(lineStarts, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A text that could not be read, with the reason placed at `offset`. */
function refused(text: string, offset: number, reason: string): SourceDocument {
  return failed({ message: `invalid YAML: ${reason}`, position: positionIn(lineStartsOf(text), offset) });
}

/**
 * A text that could not be read. Findings other than the refusal may still be placed in it (a missing
 * organization is reported on the first file): given `text`, they are placed as the `yaml` package reads
 * what it can of it, composed the first time one is asked for. Without it (a text refused for its depth,
 * which composing would not survive) they are placed at 1:1.
 */
function failed(finding: SyntaxFinding, text?: string): SourceDocument {
  let salvaged: SourceDocument | undefined;
  return {
    value: undefined,
    findings: [finding],
    rangeOf: (path, options) => {
      if (text === undefined) return undefined;
      salvaged ??= salvage(text);
      return salvaged.rangeOf(path, options);
    },
  };
}

/** What the `yaml` package makes of a text it refused, leniently: duplicate keys kept, errors ignored. */
function salvage(text: string): SourceDocument {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  let root: Node | null = null;
  try {
    root = parseDocument(text, {
      lineCounter: lines,
      uniqueKeys: false,
      strict: false,
      keepSourceTokens: false,
    }).contents;
  } catch {
    // nothing to place findings in: they go to 1:1
  }
  return new ComposedSource(undefined, root, lines);
}

/** A document read by the block reader: the ranges are offsets kept beside each collection. */
class BlockSource implements SourceDocument {
  readonly findings = [];
  readonly value: unknown;
  readonly #ranges: BlockRanges;
  readonly #lineStarts: readonly number[];

  constructor(value: unknown, ranges: BlockRanges, lineStarts: readonly number[]) {
    this.value = value;
    this.#ranges = ranges;
    this.#lineStarts = lineStarts;
  }

  rangeOf(path: Path, { closest = true, onKey = false } = {}): Position | undefined {
    let node = this.value as object;
    let offsets = this.#ranges.get(node)!;
    let [start, end] = offsets as [number, number];
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      let at: number;
      if (Array.isArray(node)) {
        at = typeof segment === 'number' && segment < node.length ? 2 + 2 * segment : -1;
      } else {
        const index = this.#keyIndex(node, String(segment));
        if (index >= 0) {
          const key = 2 + 4 * index;
          // `key:` without a value, or the key asked for: the key's range
          if ((i === path.length - 1 && onKey) || offsets[key + 2] === -1) {
            return range(this.#lineStarts, offsets[key]!, offsets[key + 1]!);
          }
          at = key + 2;
        } else at = -1;
      }
      if (at < 0) {
        if (!closest) return undefined;
        break;
      }
      start = offsets[at]!;
      end = offsets[at + 1]!;
      node = (node as Record<string, object>)[Array.isArray(node) ? (segment as number) : String(segment)]!;
      const inner = typeof node === 'object' && node !== null ? this.#ranges.get(node) : undefined;
      if (!inner) {
        // a scalar: a path that goes on inside it does not exist
        if (i < path.length - 1 && !closest) return undefined;
        break;
      }
      offsets = inner;
    }
    return range(this.#lineStarts, start, end);
  }

  /** Where the key is among the mapping's keys (its offsets are kept in that order), or -1. */
  #keyIndex(mapping: object, key: string): number {
    let index = this.#keyIndexes.get(mapping);
    if (!index) {
      const keys = Object.keys(mapping);
      if (keys.length <= SCAN_MAX) return keys.indexOf(key);
      // a mapping of thousands of keys, each with a finding, would otherwise be listed once per finding
      index = new Map(keys.map((name, at) => [name, at]));
      this.#keyIndexes.set(mapping, index);
    }
    return index.get(key) ?? -1;
  }

  readonly #keyIndexes = new WeakMap<object, Map<string, number>>();
}

/** Collections up to this many entries are searched in order; larger ones through an index. */
const SCAN_MAX = 16;

type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;
/**
 * The `yaml` package, loaded the first time a text is outside the block reader's subset: a clean
 * inventory of hand-written files never needs it, and loading it costs ~20 ms of start-up. Reading is
 * synchronous, hence `require` rather than `import()`. In the bundle `require` exists and esbuild
 * bundles the package behind this very call (an installed ropa has no node_modules of its own); run
 * from source, as ES modules, it is made for this module.
 */
function yaml(): Yaml {
  yamlModule ??=
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's lazy, bundled require
    (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as Yaml;
  return yamlModule;
}

/**
 * Reads a text with the `yaml` package (also the reference the block reader is tested against), driving
 * its lexer, parser and composer one token at a time so that nesting past MAX_DEPTH is refused where it
 * starts, before anything recursive sees it (4 MiB of `[` would otherwise build a syntax tree of
 * millions of levels).
 */
export function readWithYaml(text: string): SourceDocument {
  const { Composer, Lexer, LineCounter, Parser } = yaml();
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  // duplicate keys are found below in one pass: the composer's own check compares each key with every
  // earlier one, which makes a mapping of 100,000 keys take minutes
  const composer = new Composer({ uniqueKeys: false, resolveKnownTags: false, keepSourceTokens: false });
  const documents: Document.Parsed[] = [];
  lines.addNewLine(0);
  let parsed = 0;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) {
      if (token.type === 'document') parsed++;
      for (const document of composer.next(token)) documents.push(document);
    }
    // a second document is refused wherever it is: no need to read a millionth
    if (parsed > 1) break;
    if (parser.stack.length > MAX_DEPTH) {
      const deepest = parser.stack.filter((token) => COLLECTIONS.has(token.type))[MAX_DEPTH];
      if (deepest) return refused(text, deepest.offset, `nested deeper than ${MAX_DEPTH} levels: refused`);
    }
  }
  if (parsed <= 1)
    for (const token of parser.end()) for (const document of composer.next(token)) documents.push(document);
  for (const document of composer.end(true, text.length)) documents.push(document);
  const document = documents[0]!;
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const error = document.errors[0];
  const fault = firstFault(document);
  if (error && !(fault && fault.offset < error.pos[0]))
    return failed(
      {
        message: `invalid YAML: ${reason(error.code, error.message)}`,
        position: at(error.pos[0]),
      },
      text,
    );
  if (fault) return failed({ message: `invalid YAML: ${fault.reason}`, position: at(fault.offset) }, text);
  if (documents.length > 1) {
    return failed(
      {
        message: 'invalid YAML: a second document starts here: keep one document per file',
        position: at(documents[1]!.range[0]),
      },
      text,
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const excessive = /^Excessive alias count/.test(message);
    return failed(
      {
        message: `invalid YAML: ${excessive ? `aliases expand to more than ${MAX_ALIASES} copies: refused` : reason('', message)}`,
        position: { line: 1, column: 1 },
      },
      text,
    );
  }
  return new ComposedSource(value, document.contents, lines);
}

/**
 * The first key that repeats an earlier key of its mapping, or alias with no anchor before it, found in
 * one walk of the document (in document order, as `yaml` resolves aliases).
 */
function firstFault(document: Document.Parsed): { offset: number; reason: string } | undefined {
  const { isAlias, isMap, isScalar, isSeq, visit } = yaml();
  const anchors = new Set<string>();
  let fault: { offset: number; reason: string } | undefined;
  const found = (offset: number, reason: string) => {
    if (!fault || offset < fault.offset) fault = { offset, reason };
  };
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source))
        found(node.range![0], `unresolved alias ${quote(node.source)}: its anchor must be set before it`);
      return;
    }
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor) anchors.add(node.anchor);
    if (!isMap(node)) return;
    const keys = new Set<unknown>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      if (keys.has(pair.key.value)) found(pair.key.range![0], 'duplicate key');
      else keys.add(pair.key.value);
    }
  });
  return fault;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The `yaml` package's message, in the words of ropa's others: lower case, and "duplicate key". */
function reason(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key';
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** A document composed by the `yaml` package: ranges from its nodes. */
class ComposedSource implements SourceDocument {
  readonly findings = [];

  constructor(
    readonly value: unknown,
    private readonly root: Node | null,
    private readonly lines: LineCounter,
  ) {}

  rangeOf(path: Path, { closest = true, onKey = false } = {}): Position | undefined {
    const found = this.find(path, closest, onKey);
    if (!found) return undefined;
    const start = this.lines.linePos(found[0]!);
    const end = this.lines.linePos(found[1]!);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  private find(path: Path, closest: boolean, onKey: boolean): readonly number[] | null | undefined {
    const { isMap, isScalar, isSeq } = yaml();
    let node: Node | null = this.root;
    let found = node?.range;
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i];
      let next: Node | null = null;
      if (isMap(node)) {
        const pair = this.pairOf(node, String(segment));
        if (pair) {
          const key = pair.key as Node;
          next = (pair.value as Node | null) ?? null;
          // the key asked for, or `key:` with no value: the key
          if (
            (i === path.length - 1 && onKey) ||
            !next ||
            (isScalar(next) && next.range![0] === next.range![1])
          ) {
            return key.range;
          }
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = (node.items[segment] as Node | undefined) ?? null;
      }
      if (!next) return closest ? found : undefined;
      node = next;
      found = node.range ?? found;
    }
    return found;
  }

  /** The first pair of `map` whose key reads `key`: in order in a small map, through an index in a large one. */
  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    const { isPair, isScalar } = yaml();
    const keyOf = (item: unknown) =>
      isPair(item) && isScalar(item.key) ? String(item.key.value) : undefined;
    if (map.items.length <= SCAN_MAX) return map.items.find((item) => keyOf(item) === key);
    let index = this.pairs.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const name = keyOf(item);
        if (name !== undefined && !index.has(name)) index.set(name, item);
      }
      this.pairs.set(map, index);
    }
    return index.get(key);
  }

  private readonly pairs = new WeakMap<YAMLMap, Map<string, Pair>>();
}
