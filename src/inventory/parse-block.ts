/**
 * A fast reader of the YAML that people write by hand, for values: block mappings and sequences, one-line
 * plain and quoted scalars, plain scalars continued on more lines, literal and folded block scalars,
 * one-line flow lists of scalars. It gives exactly what js-yaml gives with the core schema, or
 * `undefined` for anything else (anchors, tags, multi-line quoted or flow scalars, keys that are not plain
 * words, numbers other than plain integers, duplicate keys, errors...), and the caller asks js-yaml.
 * Tests compare the two on every file of the fixtures, of the example and of generated inventories, and
 * on snippets of each construct at the edge of the subset.
 */

class Unsupported extends Error {}

const UNSUPPORTED = new Unsupported();

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** What the core schema could read as a number (int or float, any base, `_` separators, .inf, .nan). */
const NUMBER_LIKE =
  /^[-+]?(?:[0-9][0-9a-fA-FxXoObB_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;

/** Nesting deeper than this is left to js-yaml, which refuses it past its own limit. */
const MAX_DEPTH = 64;

/** The value of the document, or undefined when it is outside the subset (or empty). */
export function parseBlock(text: string): unknown {
  try {
    return new BlockParser(text).value;
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Works on offsets into the text, line by line: no string is made for a line or for the rest of a line,
 * only for keys and values.
 */
class BlockParser {
  private readonly text: string;
  /** For every line: its first offset, its end (before CR LF or LF), its indentation. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  /** Indexes of the lines that hold content (not blank, not only a comment). */
  private readonly content: number[] = [];
  /** The content line after the node a method has just read. */
  private after = 0;
  readonly value: unknown;

  constructor(text: string) {
    // characters js-yaml refuses (the text is well-formed UTF-16: it was decoded from UTF-8)
    if (NON_PRINTABLE.test(text)) throw UNSUPPORTED;
    // a CR on its own is a line break to js-yaml: only CR LF is read here
    for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
      if (text.charCodeAt(cr + 1) !== 10) throw UNSUPPORTED;
    }
    this.text = text;
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
        this.content.push(this.starts.length);
      }
      this.starts.push(from);
      this.ends.push(end);
      this.indents.push(at - from);
      from = (newline < 0 ? text.length : newline) + 1;
    }
    if (this.content.length === 0) throw UNSUPPORTED; // empty: js-yaml says what it is
    const line = this.content[0]!;
    const start = this.starts[line]! + this.indents[line]!;
    // a document that is a scalar is refused by the caller, with js-yaml's reading of it
    if (!this.isItem(start, this.ends[line]!) && this.keyEnd(start, this.ends[line]!) < 0) throw UNSUPPORTED;
    this.value = this.node(0, this.indents[line]!, -1, 0);
    if (this.after !== this.content.length) throw UNSUPPORTED;
  }

  /** Whether a block sequence item starts at `at`: "-" then a space or the end of the line. */
  private isItem(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === end || this.text.charCodeAt(at + 1) === 32);
  }

  /**
   * Where the value starts after a plain mapping key at `at` (a word: a letter or `_`, then letters,
   * digits, `_` and `-`; spaces; then ": " or ":" at the end), or -1. The key is left in `this.key`.
   */
  private key = '';
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
    const name = text.slice(at, nameEnd);
    // keys js-yaml would read as something other than their text, or sets specially
    if ((nameEnd - at <= 5 && SPECIAL_KEYS.has(name.toLowerCase())) || name === '__proto__') throw UNSUPPORTED;
    this.key = name;
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
    if (depth > MAX_DEPTH) throw UNSUPPORTED;
    const line = this.content[c]!;
    const at = this.starts[line]! + column;
    const end = this.ends[line]!;
    if (this.isItem(at, end)) return this.sequence(c, column, depth);
    if (this.keyEnd(at, end) >= 0) return this.mapping(c, column, depth);
    return this.scalar(c, column, parent);
  }

  private sequence(c: number, column: number, depth: number): unknown[] {
    const items: unknown[] = [];
    let at = c;
    while (at < this.content.length) {
      const line = this.content[at]!;
      const start = this.starts[line]!;
      const end = this.ends[line]!;
      if (at !== c && (this.indents[line] !== column || !this.isItem(start + column, end))) break;
      let itemColumn = column + 1;
      while (this.text.charCodeAt(start + itemColumn) === 32 && start + itemColumn < end) itemColumn++;
      if (start + itemColumn === end || this.text.charCodeAt(start + itemColumn) === 35) {
        const below = at + 1 < this.content.length ? this.content[at + 1]! : -1;
        if (below < 0 || this.indents[below]! <= column) throw UNSUPPORTED; // a null item
        items.push(this.node(at + 1, this.indents[below]!, column, depth + 1));
      } else {
        if (this.isItem(start + itemColumn, end)) throw UNSUPPORTED; // "- - x"
        items.push(this.node(at, itemColumn, column, depth + 1));
      }
      at = this.after;
    }
    this.after = at;
    return exact(items);
  }

  private mapping(c: number, column: number, depth: number): Record<string, unknown> {
    const pairs: Record<string, unknown> = {};
    let at = c;
    while (at < this.content.length) {
      const line = this.content[at]!;
      const start = this.starts[line]!;
      const end = this.ends[line]!;
      if (at !== c && this.indents[line] !== column) {
        if (this.indents[line]! > column) throw UNSUPPORTED; // js-yaml: bad indentation
        break;
      }
      const valueAt = this.keyEnd(start + column, end);
      if (valueAt < 0) {
        if (at !== c && this.isItem(start + column, end)) throw UNSUPPORTED;
        if (at === c) throw UNSUPPORTED;
        break;
      }
      const key = this.key;
      if (Object.hasOwn(pairs, key)) throw UNSUPPORTED; // js-yaml: duplicated mapping key
      let value: unknown = null;
      if (valueAt === end || this.text.charCodeAt(valueAt) === 35) {
        const below = at + 1 < this.content.length ? this.content[at + 1]! : -1;
        if (below >= 0 && this.indents[below]! > column) {
          value = this.node(at + 1, this.indents[below]!, column, depth + 1);
          at = this.after;
        } else if (
          below >= 0 &&
          this.indents[below] === column &&
          this.isItem(this.starts[below]! + column, this.ends[below]!)
        ) {
          // a sequence written at the key's own indentation
          value = this.sequence(at + 1, column, depth + 1);
          at = this.after;
        } else {
          at += 1;
        }
      } else {
        value = this.scalar(at, valueAt - start, column);
        at = this.after;
      }
      pairs[key] = value;
    }
    this.after = at;
    return pairs;
  }

  /** A value that is not a block collection: a scalar, a one-line flow collection or a block scalar. */
  private scalar(c: number, column: number, parent: number): unknown {
    const text = this.text;
    const line = this.content[c]!;
    const at = this.starts[line]! + column;
    const end = this.ends[line]!;
    const first = text.charCodeAt(at);
    this.after = c + 1;
    if (first === 124 /* | */ || first === 62 /* > */) return this.blockScalar(c, text.slice(at, end), parent);
    if (first === 34 /* " */ || first === 39 /* ' */) {
      const close = quotedEnd(text, at, end);
      if (close < 0 || !this.onlyComment(close, end)) throw UNSUPPORTED;
      return own(unquote(text.slice(at, close)));
    }
    if (first === 91 /* [ */ || first === 123 /* { */) {
      const close = text.indexOf(first === 91 ? ']' : '}', at);
      if (close < 0 || close >= end || !this.onlyComment(close + 1, end)) throw UNSUPPORTED;
      const inner = text.slice(at + 1, close);
      return first === 91 ? flowList(inner) : flowMapping(inner);
    }
    // a plain scalar, perhaps continued on more deeply indented lines, folded with single spaces
    let valueEnd = plainEnd(text, at, end, false);
    let value = text.slice(at, valueEnd);
    let next = c + 1;
    while (next < this.content.length) {
      const more = this.content[next]!;
      if (this.indents[more]! <= parent) break;
      // a blank line, or a comment, inside changes how it folds or where it ends: left to js-yaml
      if (more !== this.content[next - 1]! + 1 || valueEnd < this.ends[more - 1]!) throw UNSUPPORTED;
      const from = this.starts[more]! + this.indents[more]!;
      valueEnd = plainEnd(text, from, this.ends[more]!, false);
      value += ' ' + text.slice(from, valueEnd);
      next++;
    }
    this.after = next;
    return next === c + 1 ? resolve(value) : own(checkedString(value));
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), with its indentation taken
   * from its first line. Lines less indented than that, more-indented lines in a folded scalar, leading
   * blank lines and the keep indicator are left to js-yaml.
   */
  private blockScalar(c: number, header: string, parent: number): string {
    const match = /^([|>])(-?)(\s+#.*)?\s*$/.exec(header);
    if (!match) throw UNSUPPORTED;
    const [, style, strip] = match;
    const start = this.content[c]!;
    const raw: string[] = [];
    let indent = -1;
    let last = start;
    for (let i = start + 1; i < this.starts.length; i++) {
      const length = this.ends[i]! - this.starts[i]!;
      const lineIndent = this.indents[i]!;
      if (lineIndent === length) {
        if (indent < 0) {
          // a blank line before the first text line
          if (length > 0) throw UNSUPPORTED;
          raw.push('');
          continue;
        }
        if (length > indent) throw UNSUPPORTED; // spaces that would be content
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
    while (after < this.content.length && this.content[after]! <= last) after++;
    this.after = after;
    return own(text);
  }
}

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
const shared = new Map<string, string>();

/**
 * A string value of its own: a substring of the file's text would keep the whole text alive (V8 shares
 * the characters of a long substring with its parent), and an inventory repeats the same short texts
 * from file to file, so those are kept once. At 10,000 category files this halves the loaded inventory.
 */
function own(text: string): string {
  if (text.length > SHARED_MAX) return copy(text);
  let kept = shared.get(text);
  if (kept === undefined) {
    kept = copy(text);
    shared.set(kept, kept);
  }
  return kept;
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

/** Keys js-yaml would read as something other than their text (lowercased), or sets specially. */
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
 * end, and in a flow list a comment or `,[]{}`, are left to js-yaml.
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
    if (flow && (code === 44 || code === 91 || code === 93 || code === 123 || code === 125)) throw UNSUPPORTED;
  }
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  if (end === from || INDICATORS.has(text.charCodeAt(from))) throw UNSUPPORTED;
  return end;
}

/**
 * A one-line plain scalar as the core schema reads it: null, a boolean, a plain integer, or a string.
 * Anything else that could be a number (signs, floats, octal, hexadecimal, .inf) is left to js-yaml.
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

/** A plain scalar that must be a string: one the core schema could read as a number is left to js-yaml. */
function checkedString(text: string): string {
  if (NUMBER_LIKE.test(text)) throw UNSUPPORTED;
  return text;
}

/** The offset after the closing quote of the quoted scalar at `at`, on its line (before `end`), or -1. */
export function quotedEnd(text: string, at: number, end: number): number {
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

/** The items of a one-line flow list of plain or quoted scalars. */
function flowList(inner: string): unknown[] {
  const items: unknown[] = [];
  let i = 0;
  for (;;) {
    while (inner[i] === ' ') i++;
    if (i >= inner.length) {
      // "[]", or a trailing comma, which js-yaml also accepts
      return exact(items);
    }
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      end = quotedEnd(inner, i, inner.length);
      if (end < 0) throw UNSUPPORTED;
      items.push(own(unquote(inner.slice(i, end))));
    } else {
      const comma = inner.indexOf(',', i);
      end = comma < 0 ? inner.length : comma;
      items.push(resolve(inner.slice(i, plainEnd(inner, i, end, true))));
    }
    i = end;
    while (inner[i] === ' ') i++;
    if (i >= inner.length) return exact(items);
    if (inner[i] !== ',') throw UNSUPPORTED;
    i++;
  }
}

/** Only the empty flow mapping, `{}`. */
function flowMapping(inner: string): Record<string, unknown> {
  if (inner.trim() !== '') throw UNSUPPORTED;
  return {};
}
