import yaml from 'js-yaml';
import type { Finding } from './diagnostic.js';
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
    const depth = /^nesting exceeded maxDepth \((\d+)\)$/.exec(error.reason);
    const reason =
      error.reason === 'duplicated mapping key'
        ? 'duplicate key'
        : depth
          ? `nested deeper than ${depth[1]} levels: refused`
          : error.reason;
    return {
      rule: 'yaml-syntax',
      file: name,
      path: [],
      position: insideText(text, error.mark.line + 1, error.mark.column + 1),
      message: `invalid YAML: ${reason}`,
    };
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

/**
 * js-yaml reads a file without a final newline as if it had one, so an error at the very end can be
 * marked on a line that does not exist; such a mark moves to the end of the last line.
 */
function insideText(text: string, line: number, column: number): { line: number; column: number } {
  const lines = text.split('\n');
  if (line <= lines.length) return { line, column: Math.min(column, lines[line - 1]!.length + 1) };
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
