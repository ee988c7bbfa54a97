/**
 * The fast reader of the YAML that people write by hand: block mappings and sequences, one-line plain and
 * quoted scalars, plain scalars continued on more lines, literal and folded block scalars, one-line flow
 * lists of scalars, `{}`. In one pass it gives the value and the range of every node, exactly as the
 * `yaml` package gives them (core schema), or `undefined` for anything else (anchors, tags, multi-line
 * quoted or flow scalars, keys that are not plain words, numbers other than plain integers, duplicate
 * keys, errors...), and the caller asks that package. A differential test compares the two.
 */

class Unsupported extends Error {}

const UNSUPPORTED = new Unsupported();

/** What the core schema could read as a number (int or float, any base, `_` separators, .inf, .nan). */
const NUMBER_LIKE =
  /^[-+]?(?:[0-9][0-9a-fA-FxXoObB_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;

/** Nesting deeper than this is left to the `yaml` package, and refused past the front end's own limit. */
const FAST_MAX_DEPTH = 64;

/**
 * Where the nodes of a document are, as offsets into its text. For every mapping: its start and end, then
 * for each key in order the key's start and end and its value's (-1 -1 for a key without a value). For
 * every sequence: its start and end, then each item's start and end.
 */
export type BlockRanges = ReadonlyMap<object, readonly number[]>;

export interface BlockDocument {
  readonly value: Record<string, unknown> | unknown[];
  /** Absent when the caller asked for the value alone. */
  readonly ranges?: BlockRanges;
  /** The offset at which each line starts (none when the caller asked for the value alone). */
  readonly lineStarts: readonly number[];
}

/**
 * The value and node ranges of a document inside the subset, or undefined (empty documents included).
 * The text holds no control character and no CR alone (the front end refuses those first). Without
 * `ranges`, the value alone: a large inventory reads a file again to place its findings, and recording
 * the ranges of every file it then drops was a tenth of its reading.
 */
export function readBlock(text: string, { ranges = true } = {}): BlockDocument | undefined {
  try {
    const reader = new BlockReader(text, ranges);
    return { value: reader.value, ranges: reader.ranges, lineStarts: ranges ? reader.lineStarts() : [] };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  } finally {
    // a file of very many lines does not keep its tables' room for the rest of the run
    if (lines.starts.length > KEPT_LINES) lines = lineTables();
  }
}

/**
 * The tables of a text's lines, used by one reader after the other: made for each text, they were the
 * most of what reading a file allocates (arrays grown line by line, then dropped).
 */
function lineTables() {
  return {
    starts: [] as number[],
    ends: [] as number[],
    indents: [] as number[],
    content: [] as number[],
    comments: [] as number[],
  };
}

let lines = lineTables();

/** Tables longer than this are made again after a text (an inventory file has tens of lines). */
const KEPT_LINES = 10_000;

/**
 * Works on offsets into the text, line by line: no string is made for a line or for the rest of a line,
 * only for keys and values. Each method that reads a node leaves its range in `start` and `end`, the
 * content line after it in `after` and where it ends with the rest of its lines in `tail`.
 */
class BlockReader {
  private readonly text: string;
  /**
   * For every line: its first offset, its end (before CR LF or LF), its indentation; `lineCount` of them
   * (the tables are shared from text to text: what lies past the count is another text's).
   */
  private readonly starts = lines.starts;
  private readonly ends = lines.ends;
  private readonly indents = lines.indents;
  private lineCount = 0;
  /** Indexes of the lines that hold content (not blank, not only a comment), `contentCount` of them. */
  private readonly content = lines.content;
  private contentCount = 0;
  /** Indexes of the lines that hold only a comment (or text of a block scalar that looks like one). */
  private readonly comments = lines.comments;
  private commentCount = 0;
  /** First and last line of the text of each block scalar, in document order. */
  private readonly blockText: number[] = [];
  /** Lines whose key has no value (`key:` and nothing). */
  private emptyValues: Set<number> | undefined;
  readonly ranges: Map<object, number[]> | undefined;
  private after = 0;
  private start = 0;
  private end = 0;
  /** Where the last node read ends with what follows it on its lines: where its parent then ends. */
  private tail = 0;
  readonly value: Record<string, unknown> | unknown[];

  constructor(text: string, ranges: boolean) {
    this.text = text;
    this.ranges = ranges ? new Map() : undefined;
    let from = 0;
    while (from < text.length) {
      const newline = text.indexOf('\n', from);
      let end = newline < 0 ? text.length : newline;
      if (end > from && text.charCodeAt(end - 1) === 13) end--;
      let at = from;
      while (at < end && text.charCodeAt(at) === 32) at++;
      const first = text.charCodeAt(at);
      if (at < end && first === 9) throw UNSUPPORTED; // a tab where indentation may be
      if (at < end && first !== 35 /* # */) {
        if (at === from && (first === 37 /* % */ || isMarker(text, at, end))) throw UNSUPPORTED;
        this.content[this.contentCount++] = this.lineCount;
      } else if (at < end) this.comments[this.commentCount++] = this.lineCount;
      this.starts[this.lineCount] = from;
      this.ends[this.lineCount] = end;
      this.indents[this.lineCount++] = at - from;
      from = (newline < 0 ? text.length : newline) + 1;
    }
    if (this.contentCount === 0) throw UNSUPPORTED; // empty: the `yaml` package says what it is
    const line = this.content[0]!;
    const start = this.starts[line]! + this.indents[line]!;
    // a document that is a scalar is refused by the caller, with the `yaml` package's reading of it
    if (!this.isItem(start, this.ends[line]!) && this.keyEnd(start, this.ends[line]!) < 0) throw UNSUPPORTED;
    this.value = this.node(0, this.indents[line]!, -1, 0) as Record<string, unknown> | unknown[];
    if (this.after !== this.contentCount) throw UNSUPPORTED;
    this.checkComments();
  }

  /**
   * The `yaml` package counts some comment lines into the range of the collection before them: those
   * more indented than the next content line when that line closes a collection (any line, at the end
   * of the text), and those after a key without a value. Texts with such comments are left to it. Other
   * comment lines belong to what follows them and change no range.
   */
  private checkComments(): void {
    let next = 0;
    let span = 0;
    for (let k = 0; k < this.commentCount; k++) {
      const line = this.comments[k]!;
      while (span < this.blockText.length && this.blockText[span + 1]! < line) span += 2;
      if (span < this.blockText.length && this.blockText[span]! <= line) continue; // text of a block scalar
      while (next < this.contentCount && this.content[next]! < line) next++;
      if (next === 0) continue; // above the document
      const before = this.content[next - 1]!;
      const indent = this.indents[line]!;
      const closes =
        next === this.contentCount
          ? indent > 0
          : indent > this.indents[this.content[next]!]! &&
            this.indents[this.content[next]!]! < this.innerColumn(before);
      if (closes || this.emptyValues?.has(before)) throw UNSUPPORTED;
    }
  }

  /** The offset at which each line starts, in an array of its own. */
  lineStarts(): number[] {
    const starts = this.starts.slice(0, this.lineCount);
    // the empty line after a final line break starts there too (positions at the very end are on it)
    if (this.text.charCodeAt(this.text.length - 1) === 10) starts.push(this.text.length);
    return starts;
  }

  /** The column of the content of a line after its sequence indicators: where its innermost node starts. */
  private innerColumn(line: number): number {
    let at = this.starts[line]! + this.indents[line]!;
    const end = this.ends[line]!;
    while (this.isItem(at, end)) {
      at++;
      while (at < end && this.text.charCodeAt(at) === 32) at++;
    }
    return at - this.starts[line]!;
  }

  /** The offset after the line break of line `line` (the text's end for the last line). */
  private nextStart(line: number): number {
    return line + 1 < this.lineCount ? this.starts[line + 1]! : this.text.length;
  }

  /**
   * Where the comment after a key without a value ends for the `yaml` package: with the line breaks
   * after it, and the indentation of the next content line `c` (the end of the text when there is none).
   */
  private commentEnd(c: number): number {
    if (c >= this.contentCount) return this.text.length;
    const line = this.content[c]!;
    return this.starts[line]! + this.indents[line]!;
  }

  /** Whether a block sequence item starts at `at`: "-" then a space or the end of the line. */
  private isItem(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === end || this.text.charCodeAt(at + 1) === 32);
  }

  /** The last key `keyEnd` read, and where it ends. */
  private key = '';
  private keyEndsAt = 0;

  /**
   * Where the value starts after a plain mapping key at `at` (a word: a letter or `_`, then letters,
   * digits, `_` and `-`; spaces; then ": " or ":" at the end), or -1. The key is left in `key`, its end
   * in `keyEndsAt`.
   */
  private keyEnd(at: number, end: number): number {
    const text = this.text;
    let i = at;
    let code = text.charCodeAt(i);
    if (!(isLetter(code) || code === 95)) return -1;
    do code = text.charCodeAt(++i);
    while (i < end && (isLetter(code) || isDigit(code) || code === 95 || code === 45));
    const nameEnd = i;
    while (i < end && code === 32) code = text.charCodeAt(++i);
    if (i >= end || code !== 58 /* : */) return -1;
    i++;
    if (i < end && text.charCodeAt(i) !== 32) return -1;
    while (i < end && text.charCodeAt(i) === 32) i++;
    this.key = keyAt(text, at, nameEnd);
    this.keyEndsAt = nameEnd;
    return i;
  }

  /** Whether the rest of the line from `at` is nothing, or a comment. */
  private onlyComment(at: number, end: number): boolean {
    let i = at;
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    return i === end || (this.text.charCodeAt(i) === 35 && i > at);
  }

  /** The node on content line `c` from `column`, inside a parent indented at `parent`. */
  private node(c: number, column: number, parent: number, depth: number): unknown {
    if (depth > FAST_MAX_DEPTH) throw UNSUPPORTED;
    const line = this.content[c]!;
    const at = this.starts[line]! + column;
    const end = this.ends[line]!;
    if (this.isItem(at, end)) return this.sequence(c, column, depth);
    if (this.keyEnd(at, end) >= 0) return this.mapping(c, column, depth);
    return this.scalar(c, column, parent);
  }

  private sequence(c: number, column: number, depth: number): unknown[] {
    const items: unknown[] = [];
    const ranges = this.ranges && [this.starts[this.content[c]!]! + column, 0];
    let at = c;
    while (at < this.contentCount) {
      const line = this.content[at]!;
      const lineStart = this.starts[line]!;
      const end = this.ends[line]!;
      if (at !== c && (this.indents[line] !== column || !this.isItem(lineStart + column, end))) break;
      let itemColumn = column + 1;
      while (this.text.charCodeAt(lineStart + itemColumn) === 32 && lineStart + itemColumn < end)
        itemColumn++;
      if (lineStart + itemColumn === end || this.text.charCodeAt(lineStart + itemColumn) === 35) {
        const below = at + 1 < this.contentCount ? this.content[at + 1]! : -1;
        if (below < 0 || this.indents[below]! <= column) throw UNSUPPORTED; // a null item
        items.push(this.node(at + 1, this.indents[below]!, column, depth + 1));
      } else {
        if (this.isItem(lineStart + itemColumn, end)) throw UNSUPPORTED; // "- - x"
        items.push(this.node(at, itemColumn, column, depth + 1));
      }
      ranges?.push(this.start, this.end);
      at = this.after;
    }
    return this.collection(exact(items), ranges, at);
  }

  private mapping(c: number, column: number, depth: number): Record<string, unknown> {
    const pairs: Record<string, unknown> = {};
    const ranges = this.ranges && [this.starts[this.content[c]!]! + column, 0];
    let at = c;
    while (at < this.contentCount) {
      const line = this.content[at]!;
      const start = this.starts[line]!;
      const end = this.ends[line]!;
      if (at !== c && this.indents[line] !== column) {
        if (this.indents[line]! > column) throw UNSUPPORTED; // bad indentation
        break;
      }
      const valueAt = this.keyEnd(start + column, end);
      if (valueAt < 0) {
        if (at === c || this.isItem(start + column, end)) throw UNSUPPORTED;
        break;
      }
      const key = this.key;
      if (Object.hasOwn(pairs, key)) throw UNSUPPORTED; // a duplicate key
      ranges?.push(start + column, this.keyEndsAt);
      let value: unknown = null;
      if (valueAt === end || this.text.charCodeAt(valueAt) === 35) {
        const below = at + 1 < this.contentCount ? this.content[at + 1]! : -1;
        if (below >= 0 && this.indents[below]! > column) {
          value = this.node(at + 1, this.indents[below]!, column, depth + 1);
        } else if (
          below >= 0 &&
          this.indents[below] === column &&
          this.isItem(this.starts[below]! + column, this.ends[below]!)
        ) {
          // a sequence written at the key's own indentation
          value = this.sequence(at + 1, column, depth + 1);
        } else {
          // `key:` and nothing: the position of its value is its key's; an empty value ends after the colon
          this.start = this.end = -1;
          this.after = at + 1;
          this.tail = valueAt === end ? valueAt : this.commentEnd(at + 1);
          (this.emptyValues ??= new Set()).add(line);
        }
      } else {
        value = this.scalar(at, valueAt - start, column);
      }
      ranges?.push(this.start, this.end);
      at = this.after;
      pairs[key] = value;
    }
    return this.collection(pairs, ranges, at);
  }

  /** Records a collection's ranges, its end being where its last node ends. */
  private collection<T extends object>(value: T, ranges: number[] | undefined, after: number): T {
    if (ranges) {
      ranges[1] = this.tail;
      this.ranges!.set(value, ranges);
      this.start = ranges[0]!;
      this.end = ranges[1];
    }
    this.after = after;
    return value;
  }

  /** A value that is not a block collection: a scalar, a one-line flow collection or a block scalar. */
  private scalar(c: number, column: number, parent: number): unknown {
    const text = this.text;
    const line = this.content[c]!;
    const at = this.starts[line]! + column;
    const end = this.ends[line]!;
    const first = text.charCodeAt(at);
    this.after = c + 1;
    this.start = at;
    if (first === 124 /* | */ || first === 62 /* > */) return this.blockScalar(c, at, end, parent);
    if (first === 34 /* " */ || first === 39 /* ' */) {
      const close = quotedEnd(text, at, end);
      if (close < 0 || !this.onlyComment(close, end)) throw UNSUPPORTED;
      this.end = close;
      this.tail = this.nextStart(line);
      return ownQuoted(text, at, close);
    }
    if (first === 91 /* [ */ || first === 123 /* { */) {
      const close = text.indexOf(first === 91 ? ']' : '}', at);
      if (close < 0 || close >= end || !this.onlyComment(close + 1, end)) throw UNSUPPORTED;
      this.end = close + 1;
      this.tail = this.nextStart(line);
      const ranges = this.ranges && [at, close + 1];
      const value =
        first === 91 ? this.flowList(at + 1, close, ranges) : flowMapping(text.slice(at + 1, close));
      if (ranges) this.ranges!.set(value, ranges);
      return value;
    }
    // a plain scalar, perhaps continued on more deeply indented lines, folded with single spaces
    let valueEnd = plainEnd(text, at, end, false);
    const lineEnd = valueEnd;
    let value: string | undefined;
    let next = c + 1;
    let last = line;
    while (next < this.contentCount) {
      const more = this.content[next]!;
      if (this.indents[more]! <= parent) break;
      // a blank line, or a comment, inside changes how it folds or where it ends: left to the `yaml` package
      if (more !== this.content[next - 1]! + 1 || valueEnd < this.ends[more - 1]!) throw UNSUPPORTED;
      const from = this.starts[more]! + this.indents[more]!;
      valueEnd = plainEnd(text, from, this.ends[more]!, false);
      value = `${value ?? text.slice(at, lineEnd)} ${text.slice(from, valueEnd)}`;
      last = more;
      next++;
    }
    this.after = next;
    this.end = valueEnd;
    this.tail = this.nextStart(last);
    return value === undefined ? resolveAt(text, at, lineEnd) : own(checkedString(value));
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), with its indentation taken
   * from its first line. Lines less indented than that, more-indented lines in a folded scalar, leading
   * blank lines and the keep indicator are left to the `yaml` package. Its range runs from the indicator
   * to the end of its last line of text.
   */
  private blockScalar(c: number, at: number, end: number, parent: number): string {
    const source = this.text;
    const style = source[at];
    const strip = source[at + 1] === '-' ? '-' : '';
    // the indicators then white space alone, as nearly always; a comment after them is checked in full
    let rest = at + 1 + strip.length;
    while (rest < end && (source.charCodeAt(rest) === 32 || source.charCodeAt(rest) === 9)) rest++;
    if (rest < end && !BLOCK_HEADER.test(source.slice(at, end))) throw UNSUPPORTED;
    const start = this.content[c]!;
    const raw: string[] = [];
    let indent = -1;
    let last = start;
    for (let i = start + 1; i < this.lineCount; i++) {
      const length = this.ends[i]! - this.starts[i]!;
      const lineIndent = this.indents[i]!;
      if (lineIndent === length) {
        // a blank line: before the first text line, or with spaces that would be content
        if (indent < 0 ? length > 0 : length > indent) throw UNSUPPORTED;
        raw.push('');
        continue;
      }
      if (lineIndent <= parent) break;
      if (indent < 0) indent = lineIndent;
      else if (lineIndent < indent) throw UNSUPPORTED;
      if (style === '>' && lineIndent > indent) throw UNSUPPORTED;
      raw.push(this.text.slice(this.starts[i]! + indent, this.ends[i]));
      last = i;
    }
    if (indent < 0 || raw[0] === '') throw UNSUPPORTED;
    // trailing blank lines are not part of the text when clipping or stripping
    while (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
    let text: string;
    if (style === '|') {
      text = raw.join('\n');
    } else {
      text = '';
      let breaks = 0;
      for (const line of raw) {
        if (line === '') {
          breaks++;
          continue;
        }
        text += text === '' ? line : breaks > 0 ? '\n'.repeat(breaks) + line : ' ' + line;
        breaks = 0;
      }
    }
    if (strip !== '-') text += '\n';
    let after = c + 1;
    while (after < this.contentCount && this.content[after]! <= last) after++;
    this.after = after;
    this.end = this.tail = this.nextStart(last);
    this.blockText.push(start + 1, last);
    return own(text);
  }

  /** The items of a one-line flow list of plain or quoted scalars between `from` and `to` (the brackets). */
  private flowList(from: number, to: number, ranges: number[] | undefined): unknown[] {
    const text = this.text;
    const items: unknown[] = [];
    let i = from;
    for (;;) {
      while (i < to && text.charCodeAt(i) === 32) i++;
      // "[]", or a trailing comma
      if (i >= to) return exact(items);
      let end: number;
      if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) {
        end = quotedEnd(text, i, to);
        if (end < 0) throw UNSUPPORTED;
        items.push(ownQuoted(text, i, end));
        ranges?.push(i, end);
      } else {
        // the next comma of this list: a search past its bracket would make a file of lists quadratic
        end = i;
        while (end < to && text.charCodeAt(end) !== 44 /* , */) end++;
        const valueEnd = plainEnd(text, i, end, true);
        items.push(resolveAt(text, i, valueEnd));
        ranges?.push(i, valueEnd);
      }
      i = end;
      while (i < to && text.charCodeAt(i) === 32) i++;
      if (i >= to) return exact(items);
      if (text.charCodeAt(i) !== 44 /* , */) throw UNSUPPORTED;
      i++;
    }
  }
}

/**
 * A block scalar's header: its indicators, then perhaps a comment. YAML's white space is a space or a tab
 * (JavaScript's \s would take a no-break space too).
 */
const BLOCK_HEADER = /^([|>])(-?)([ \t]+#.*)?[ \t]*$/;

/** Whether the line from `at` (its first column) is a document marker: `---` or `...`, then a space or its end. */
function isMarker(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== 45 && code !== 46) return false;
  return (
    end - at >= 3 &&
    text.charCodeAt(at + 1) === code &&
    text.charCodeAt(at + 2) === code &&
    (end - at === 3 || text.charCodeAt(at + 3) === 32 || text.charCodeAt(at + 3) === 9)
  );
}

/** Texts up to this length are shared between files (ids, names of data, countries...). */
const SHARED_MAX = 64;

/**
 * The texts shared, one per slot of a hash of their characters: a text found in its slot is shared, any
 * other takes the slot. A cache rather than a table of every text: a lookup is one hash and one
 * comparison, where a Map of the 70,000 texts of 30,000 files took a tenth of the reading in scattered
 * memory; two common texts rarely meet in 2^17 slots, and when they do both are still right, only kept
 * twice. It lives as long as the process, which reads one inventory (or two, for a diff).
 */
const SLOTS = 1 << 17;
const shared: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

/**
 * A string value of its own: a substring of the file's text would keep the whole text alive (V8 shares
 * the characters of a long substring with its parent), and an inventory repeats the same short texts
 * from file to file, so those are kept once. At 10,000 category files this halves the loaded inventory.
 */
function own(text: string): string {
  if (text.length > SHARED_MAX) return copy(text);
  const slot = hashOf(text, 0, text.length) & (SLOTS - 1);
  const kept = shared[slot];
  if (kept === text) return kept;
  return (shared[slot] = copy(text));
}

/**
 * `own(text.slice(from, to))`, without making the slice when the text is shared already: most values of
 * an inventory are, and the slices were much of the garbage its reading makes.
 */
function ownSlice(text: string, from: number, to: number): string {
  if (to - from > SHARED_MAX) return copy(text.slice(from, to));
  const slot = hashOf(text, from, to) & (SLOTS - 1);
  const kept = shared[slot];
  if (kept !== undefined && sameAt(text, from, to, kept)) return kept;
  return (shared[slot] = copy(text.slice(from, to)));
}

/** Whether `text` from `from` to `to` reads `kept` (a loop: the builtin startsWith costs more on short texts). */
function sameAt(text: string, from: number, to: number, kept: string): boolean {
  if (kept.length !== to - from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== kept.charCodeAt(i - from)) return false;
  return true;
}

/** FNV-1a over the UTF-16 code units of `text` from `from` to `to`, its high bits folded into the low. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 17);
}

/**
 * The mapping keys met, one per slot as the shared texts are: a file's keys are nearly all keys of every
 * file, so the key between `from` and `to` is found here without being sliced (and, once a property
 * name, without being looked up as one again).
 */
const KEY_SLOTS = 1 << 12;
const keys: (string | undefined)[] = new Array<string | undefined>(KEY_SLOTS).fill(undefined);

function keyAt(text: string, from: number, to: number): string {
  const slot = hashOf(text, from, to) & (KEY_SLOTS - 1);
  const kept = keys[slot];
  if (kept !== undefined && sameAt(text, from, to, kept)) return kept;
  const name = text.slice(from, to);
  // keys a YAML 1.1 reader would read as something other than their text, or that objects treat specially
  if ((name.length <= 5 && SPECIAL_KEYS.has(name.toLowerCase())) || name === '__proto__') throw UNSUPPORTED;
  return (keys[slot] = copy(name));
}

/** The characters copied out of the parent text (a substring under 13 characters is a copy already). */
function copy(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/**
 * The list in an array of its own length: one grown by `push` keeps room for 16 items or more, most of
 * the memory of the short lists an inventory is made of.
 */
function exact<T>(items: T[]): T[] {
  return items.slice();
}

/** Keys a YAML 1.1 reader would read as something other than their text (lowercased). */
const SPECIAL_KEYS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Characters a plain scalar cannot start with (YAML indicators). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/**
 * Where the plain scalar of `text` between `from` and `to` ends: before a comment and trailing spaces,
 * in block (`flow` false) or flow context. Scanned by hand, once: a tab, a colon before a space or the
 * end, and in a flow list a comment or `,[]{}`, are left to the `yaml` package.
 */
function plainEnd(text: string, from: number, to: number, flow: boolean): number {
  let end = to;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) throw UNSUPPORTED;
    if (code === 35 /* # */ && i > from && text.charCodeAt(i - 1) === 32) {
      // in a flow list a comment would run over the closing bracket
      if (flow) throw UNSUPPORTED;
      end = i;
      break;
    }
    if (code === 58 /* : */ && (i + 1 === to || text.charCodeAt(i + 1) === 32)) throw UNSUPPORTED;
    if (flow && (code === 44 || code === 91 || code === 93 || code === 123 || code === 125))
      throw UNSUPPORTED;
  }
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  if (end === from || INDICATORS.has(text.charCodeAt(from))) throw UNSUPPORTED;
  return end;
}

/**
 * A one-line plain scalar as the core schema reads it: null, a boolean, a plain integer, or a string.
 * Anything else that could be a number (signs, floats, octal, hexadecimal, .inf) is left to the `yaml`
 * package.
 */
function resolve(text: string): unknown {
  switch (text) {
    case 'null':
    case 'Null':
    case 'NULL':
    case '~':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (/^(0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  return own(checkedString(text));
}

/**
 * `resolve(text.slice(from, to))`, sliced only when the text could be something other than a string: a
 * null or a boolean (five characters at most, starting ~ n t f in either case) or a number (a sign, a
 * digit or a dot first).
 */
function resolveAt(text: string, from: number, to: number): unknown {
  const first = text.charCodeAt(from);
  if (
    isDigit(first) ||
    first === 43 /* + */ ||
    first === 45 /* - */ ||
    first === 46 /* . */ ||
    (to - from <= 5 && (first === 126 /* ~ */ || MAYBE_NOT_TEXT.has(first | 32)))
  )
    return resolve(text.slice(from, to));
  return ownSlice(text, from, to);
}

/** n, t and f in lower case: the first letters of null, true and false (`| 32` lowers either case). */
const MAYBE_NOT_TEXT = new Set([110, 116, 102]);

/** A plain scalar that must be a string: one the core schema could read as a number is left to `yaml`. */
function checkedString(text: string): string {
  if (NUMBER_LIKE.test(text)) throw UNSUPPORTED;
  return text;
}

/** The offset after the closing quote of the quoted scalar at `at`, on its line (before `end`), or -1. */
function quotedEnd(text: string, at: number, end: number): number {
  const quote = text.charCodeAt(at);
  for (let i = at + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (quote === 34 && code === 92 /* \ */) i++;
    else if (code === quote) {
      if (quote === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return -1;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  b: '\b',
  f: '\f',
  v: '\v',
  a: '\x07',
  e: '\x1b',
  ' ': ' ',
};

/** `own(unquote(...))` of the quoted scalar from `at` to `close` (its quotes), sliced only with escapes in it. */
function ownQuoted(text: string, at: number, close: number): string {
  // an escape in double quotes is a backslash; in single quotes, a doubled quote
  const escape = text.charCodeAt(at) === 34 ? 92 : 39;
  for (let i = at + 1; i < close - 1; i++)
    if (text.charCodeAt(i) === escape) return own(unquote(text.slice(at, close)));
  return ownSlice(text, at + 1, close - 1);
}

/** The text of a one-line quoted scalar, its quotes included. */
function unquote(quoted: string): string {
  const body = quoted.slice(1, -1);
  if (quoted[0] === "'") return body.replaceAll("''", "'");
  if (!body.includes('\\')) return body;
  return body.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)/g, (_, escape: string) => {
    if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    const replacement = ESCAPES[escape];
    if (replacement === undefined) throw UNSUPPORTED;
    return replacement;
  });
}

/** Only the empty flow mapping, `{}`. */
function flowMapping(inner: string): Record<string, unknown> {
  if (inner.trim() !== '') throw UNSUPPORTED;
  return {};
}
