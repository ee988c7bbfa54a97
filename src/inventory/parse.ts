import yaml from 'js-yaml';
import type { Finding, Position } from './diagnostic.js';
import { parseBlock } from './parse-block.js';

/** The most nodes an aliased document may expand to before it is refused ("billion laughs"). */
export const MAX_EXPANDED_NODES = 100_000;
/**
 * The most characters of text an aliased document may expand to: aliases of one long string multiply
 * text, not nodes, and every report that prints it would pay for each copy.
 */
export const MAX_EXPANDED_CHARS = 8_000_000;

export type ParseResult = { ok: true; value: Record<string, unknown> } | { ok: false; finding: Finding };

const ANCHOR = /(^|[\s[{,:-])&[^\s]/m;

/**
 * Parses one file as js-yaml does (YAML 1.2 core schema: dates stay strings, duplicate keys are errors):
 * with the fast reader of hand-written block YAML (parse-block.ts) when the file is inside its subset, as
 * nearly every inventory file is, and with js-yaml otherwise. Positions are computed later, and only for
 * files with findings.
 */
export function parseFile(name: string, text: string): ParseResult {
  const cr = loneCr(text);
  if (cr) {
    return { ok: false, finding: { rule: 'yaml-syntax', file: name, path: [], position: cr, message: LONE_CR } };
  }
  let value = parseBlock(text);
  if (value === undefined) {
    try {
      value = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: name });
    } catch (error) {
      return { ok: false, finding: syntaxFinding(name, text, error) };
    }
  }
  // `includes` first: a scan for one character is much cheaper than the pattern on every file
  if (text.includes('&') && ANCHOR.test(text) && !withinExpansionLimits(value)) {
    return {
      ok: false,
      finding: {
        rule: 'yaml-syntax',
        file: name,
        path: [],
        position: { line: 1, column: 1 },
        message: `aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} nodes or ${MAX_EXPANDED_CHARS.toLocaleString('en')} characters: refused`,
      },
    };
  }
  if (value === null || value === undefined) {
    return { ok: false, finding: shapeFinding(name, 'the file is empty') };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return { ok: false, finding: shapeFinding(name, `the file holds ${found}`) };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

function shapeFinding(name: string, what: string): Finding {
  return {
    rule: 'schema',
    file: name,
    path: [],
    position: { line: 1, column: 1 },
    message: `${what}; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories`,
  };
}

function syntaxFinding(name: string, text: string, error: unknown): Finding {
  if (error instanceof yaml.YAMLException) {
    const { reason: said, position } = yamlError(text, error);
    const depth = /^nesting exceeded maxDepth \((\d+)\)$/.exec(said);
    const reason =
      said === 'duplicated mapping key'
        ? 'duplicate key'
        : depth
          ? `nested deeper than ${depth[1]} levels: refused`
          : said;
    return { rule: 'yaml-syntax', file: name, path: [], position, message: `invalid YAML: ${reason}` };
  }
  // js-yaml throws only YAMLException for bad input; anything else (a string too long to build) is still
  // this file's fault and is reported on it rather than ending the run
  return {
    rule: 'yaml-syntax',
    file: name,
    path: [],
    position: { line: 1, column: 1 },
    message: `cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/** Why a line break that is a CR alone is refused: positions count lines by LF, as editors and git do. */
export const LONE_CR = 'line ends with CR alone: save the file with LF or CRLF line ends';

/** The position of the first CR not followed by LF, if any. */
export function loneCr(text: string): Position | undefined {
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return positionAt(text, cr);
  }
  return undefined;
}

/**
 * js-yaml's reason for refusing `text`, and where, with lines counted by LF as the locator counts them.
 * The error for a second document carries no mark: it is placed at the start of that document.
 */
export function yamlError(text: string, error: yaml.YAMLException): { reason: string; position: Position } {
  if (!error.mark) {
    const second = secondDocument(text);
    if (error.reason.startsWith('expected a single document') && second) {
      return { reason: 'a second document starts here: keep one document per file', position: second };
    }
    return { reason: error.reason, position: { line: 1, column: 1 } };
  }
  // js-yaml drops a byte-order mark left at the start (one more than the reader dropped)
  const offset = error.mark.position + (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return { reason: error.reason, position: positionAt(text, offset) };
}

/**
 * Where the second document of a stream starts: a `---` line after content or after a first `---`, or
 * content after a `...` line. Undefined when none is found.
 */
function secondDocument(text: string): Position | undefined {
  let started = false;
  let ended = false;
  let from = 0;
  for (let line = 1; from <= text.length; line++) {
    const newline = text.indexOf('\n', from);
    const body = text.slice(from, newline < 0 ? text.length : newline);
    if (/^---(\s|$)/.test(body)) {
      if (started || ended) return { line, column: 1 };
      started = true;
    } else if (/^\.\.\.(\s|$)/.test(body)) {
      ended = started;
      started = false;
    } else if (body.trim() !== '' && !body.trimStart().startsWith('#') && !(body.startsWith('%') && !started)) {
      if (ended) return { line, column: 1 };
      started = true;
    }
    if (newline < 0) break;
    from = newline + 1;
  }
  return undefined;
}

/**
 * The 1-based line and column of an offset, lines ending at LF. js-yaml reads a file without a final
 * newline as if it had one, so an offset past the end is placed at the end of the last line.
 */
function positionAt(text: string, offset: number): Position {
  const at = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let lf = text.indexOf('\n'); lf >= 0 && lf < at; lf = text.indexOf('\n', lf + 1)) {
    line++;
    lineStart = lf + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/**
 * Whether the value, with every alias copied out, stays within the node and character limits. Counts up
 * to the limits and stops, so a billion laughs costs no more than the limits themselves.
 */
function withinExpansionLimits(value: unknown): boolean {
  let nodes = 0;
  let chars = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++nodes > MAX_EXPANDED_NODES) return false;
    if (typeof node === 'string') {
      chars += node.length;
      if (chars > MAX_EXPANDED_CHARS) return false;
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        chars += key.length;
        stack.push(child);
      }
    }
  }
  return true;
}
