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

interface Line {
  /** Column (0-based) of the first non-space character. */
  readonly indent: number;
  /** The line without its end of line (and without a CR before it). */
  readonly text: string;
}

/** The value of the document, or undefined when it is outside the subset (or empty). */
export function parseBlock(text: string): unknown {
  try {
    return new BlockParser(text).value;
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

class BlockParser {
  private readonly lines: Line[] = [];
  /** Indexes into `lines` of the lines that hold content (not blank, not only a comment). */
  private readonly content: number[] = [];
  readonly value: unknown;

  constructor(text: string) {
    // characters js-yaml refuses (the text is well-formed UTF-16: it was decoded from UTF-8)
    if (NON_PRINTABLE.test(text)) throw UNSUPPORTED;
    let from = 0;
    while (from < text.length) {
      const newline = text.indexOf('\n', from);
      const end = newline < 0 ? text.length : newline;
      let body = text.slice(from, end);
      if (body.endsWith('\r')) body = body.slice(0, -1);
      let indent = 0;
      while (body.charCodeAt(indent) === 32) indent++;
      const first = body.charCodeAt(indent);
      if (first === 9) throw UNSUPPORTED; // a tab where indentation may be
      if (indent < body.length && first !== 35 /* # */) {
        if (indent === 0 && (first === 37 /* % */ || /^(---|\.\.\.)(\s|$)/.test(body))) throw UNSUPPORTED;
        this.content.push(this.lines.length);
      }
      this.lines.push({ indent, text: body });
      from = end + 1;
    }
    if (this.content.length === 0) throw UNSUPPORTED; // empty: js-yaml says what it is
    const first = this.lines[this.content[0]!]!;
    const rest = first.text.slice(first.indent);
    // a document that is a scalar is refused by the caller, with js-yaml's reading of it
    if (!isItem(rest) && !keyAt(rest)) throw UNSUPPORTED;
    const parsed = this.node(0, first.indent, -1, 0);
    if (parsed.after !== this.content.length) throw UNSUPPORTED;
    this.value = parsed.value;
  }

  private line(c: number): Line {
    return this.lines[this.content[c]!]!;
  }

  /** The node on content line `c` from `column`, inside a parent indented at `parent`. */
  private node(c: number, column: number, parent: number, depth: number): { value: unknown; after: number } {
    if (depth > MAX_DEPTH) throw UNSUPPORTED;
    const rest = this.line(c).text.slice(column);
    if (isItem(rest)) return this.sequence(c, column, depth);
    if (keyAt(rest)) return this.mapping(c, column, depth);
    return this.scalar(c, column, parent);
  }

  private sequence(c: number, column: number, depth: number): { value: unknown[]; after: number } {
    const items: unknown[] = [];
    let at = c;
    while (at < this.content.length) {
      const line = this.line(at);
      if (at !== c && (line.indent !== column || !isItem(line.text.slice(column)))) break;
      let itemColumn = column + 1;
      while (line.text.charCodeAt(itemColumn) === 32) itemColumn++;
      const inline = line.text.slice(itemColumn);
      if (inline === '' || inline[0] === '#') {
        const below = at + 1 < this.content.length ? this.line(at + 1) : undefined;
        if (!below || below.indent <= column) throw UNSUPPORTED; // a null item
        const parsed = this.node(at + 1, below.indent, column, depth + 1);
        items.push(parsed.value);
        at = parsed.after;
      } else {
        if (isItem(inline)) throw UNSUPPORTED; // "- - x"
        const parsed = this.node(at, itemColumn, column, depth + 1);
        items.push(parsed.value);
        at = parsed.after;
      }
    }
    return { value: exact(items), after: at };
  }

  private mapping(c: number, column: number, depth: number): { value: Record<string, unknown>; after: number } {
    const pairs: Record<string, unknown> = {};
    let at = c;
    while (at < this.content.length) {
      const line = this.line(at);
      if (at !== c && line.indent !== column) {
        if (line.indent > column) throw UNSUPPORTED; // js-yaml: bad indentation
        break;
      }
      const rest = line.text.slice(column);
      const key = keyAt(rest);
      if (!key) {
        if (at !== c && isItem(rest)) throw UNSUPPORTED;
        if (at === c) throw UNSUPPORTED;
        break;
      }
      if (Object.hasOwn(pairs, key.name)) throw UNSUPPORTED; // js-yaml: duplicated mapping key
      const valueColumn = column + key.valueAt;
      const inline = line.text.slice(valueColumn);
      let value: unknown = null;
      if (inline === '' || inline[0] === '#') {
        const below = at + 1 < this.content.length ? this.line(at + 1) : undefined;
        if (below && below.indent > column) {
          const parsed = this.node(at + 1, below.indent, column, depth + 1);
          value = parsed.value;
          at = parsed.after;
        } else if (below && below.indent === column && isItem(below.text.slice(column))) {
          // a sequence written at the key's own indentation
          const parsed = this.sequence(at + 1, column, depth + 1);
          value = parsed.value;
          at = parsed.after;
        } else {
          at += 1;
        }
      } else {
        const parsed = this.scalar(at, valueColumn, column);
        value = parsed.value;
        at = parsed.after;
      }
      pairs[key.name] = value;
    }
    return { value: pairs, after: at };
  }

  /** A value that is not a block collection: a scalar, a one-line flow collection or a block scalar. */
  private scalar(c: number, column: number, parent: number): { value: unknown; after: number } {
    const rest = this.line(c).text.slice(column);
    const first = rest[0]!;
    if (first === '|' || first === '>') return this.blockScalar(c, rest, parent);
    if (first === '"' || first === "'") {
      const close = quotedEnd(rest);
      if (close === undefined || !onlyComment(rest.slice(close))) throw UNSUPPORTED;
      return { value: own(unquote(rest.slice(0, close))), after: c + 1 };
    }
    if (first === '[' || first === '{') {
      const close = rest.indexOf(first === '[' ? ']' : '}');
      if (close < 0 || !onlyComment(rest.slice(close + 1))) throw UNSUPPORTED;
      const value = first === '[' ? flowList(rest.slice(1, close)) : flowMapping(rest.slice(1, close));
      return { value, after: c + 1 };
    }
    // a plain scalar, perhaps continued on more deeply indented lines, folded with single spaces
    let text = plain(rest, false);
    let at = c + 1;
    while (at < this.content.length) {
      const more = this.line(at);
      if (more.indent <= parent) break;
      // a blank line, or a comment, inside changes how it folds or where it ends: left to js-yaml
      if (this.content[at]! !== this.content[at - 1]! + 1 || /\s#/.test(this.line(at - 1).text)) {
        throw UNSUPPORTED;
      }
      text += ' ' + plain(more.text.slice(more.indent), false);
      at++;
    }
    return { value: at === c + 1 ? resolve(text) : own(checkedString(text)), after: at };
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), with its indentation taken
   * from its first line. Lines less indented than that, more-indented lines in a folded scalar, leading
   * blank lines and the keep indicator are left to js-yaml.
   */
  private blockScalar(c: number, header: string, parent: number): { value: string; after: number } {
    const match = /^([|>])(-?)(\s+#.*)?\s*$/.exec(header);
    if (!match) throw UNSUPPORTED;
    const [, style, strip] = match;
    const start = this.content[c]!;
    const raw: string[] = [];
    let indent = -1;
    let last = start;
    for (let i = start + 1; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.indent === line.text.length) {
        if (indent < 0) {
          // a blank line before the first text line
          if (line.text.length > 0) throw UNSUPPORTED;
          raw.push('');
          continue;
        }
        if (line.text.length > indent) throw UNSUPPORTED; // spaces that would be content
        raw.push('');
        continue;
      }
      if (line.indent <= parent) break;
      if (indent < 0) indent = line.indent;
      else if (line.indent < indent) throw UNSUPPORTED;
      if (style === '>' && line.indent > indent) throw UNSUPPORTED;
      raw.push(line.text.slice(indent));
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
    return { value: own(text), after };
  }
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

/** Whether the text starts a block sequence item: "-" then a space or the end. */
function isItem(rest: string): boolean {
  return rest[0] === '-' && (rest.length === 1 || rest[1] === ' ');
}

/** A plain mapping key at the start of `rest`: a word, then ": " or ":" at the end. */
function keyAt(rest: string): { name: string; valueAt: number } | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_-]*) *:(?: +|$)/.exec(rest);
  if (!match) return undefined;
  const name = match[1]!;
  // keys js-yaml would read as something other than their text, or set specially
  if (/^(true|false|null|yes|no|on|off|y|n)$/i.test(name) || name === '__proto__') throw UNSUPPORTED;
  return { name, valueAt: match[0].length };
}

/** The text of a plain scalar, up to a comment, for block (`flow` false) or flow context. */
function plain(text: string, flow: boolean): string {
  const comment = text.search(/\s#/);
  // in a flow list a comment would run over the closing bracket
  if (flow && comment >= 0) throw UNSUPPORTED;
  const value = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (value === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /:(\s|$)|\t/.test(value)) throw UNSUPPORTED;
  if (flow && /[,[\]{}]/.test(value)) throw UNSUPPORTED;
  return value;
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

/** Whether what follows a value on its line is nothing, or a comment. */
function onlyComment(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed === '' || (trimmed[0] === '#' && trimmed.length < text.length);
}

/** Offset after the closing quote of a quoted scalar at the start of `text`, on this line. */
function quotedEnd(text: string): number | undefined {
  const quote = text[0];
  for (let i = 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
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
      const close = quotedEnd(inner.slice(i));
      if (close === undefined) throw UNSUPPORTED;
      items.push(own(unquote(inner.slice(i, i + close))));
      end = i + close;
    } else {
      const comma = inner.indexOf(',', i);
      end = comma < 0 ? inner.length : comma;
      items.push(resolve(plain(inner.slice(i, end), true)));
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
