import yaml from 'js-yaml';
import type { Finding } from './diagnostic.js';

/** The most nodes an aliased document may expand to before it is refused ("billion laughs"). */
export const MAX_EXPANDED_NODES = 100_000;

export type ParseResult = { ok: true; value: Record<string, unknown> } | { ok: false; finding: Finding };

const ANCHOR = /(^|[\s[{,:-])&[^\s]/m;

/**
 * Parses one file with js-yaml (YAML 1.2 core schema: dates stay strings, duplicate keys are errors).
 * js-yaml is the fast path: positions are computed later, and only for files with findings.
 */
export function parseFile(name: string, text: string): ParseResult {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: name });
  } catch (error) {
    return { ok: false, finding: syntaxFinding(name, error) };
  }
  if (ANCHOR.test(text) && expandedSize(value, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES) {
    return {
      ok: false,
      finding: {
        rule: 'yaml-syntax',
        file: name,
        path: [],
        position: { line: 1, column: 1 },
        message: `aliases expand to more than ${MAX_EXPANDED_NODES} nodes: refused`,
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

function syntaxFinding(name: string, error: unknown): Finding {
  if (error instanceof yaml.YAMLException) {
    const reason = error.reason === 'duplicated mapping key' ? 'duplicate key' : error.reason;
    return {
      rule: 'yaml-syntax',
      file: name,
      path: [],
      position: { line: error.mark.line + 1, column: error.mark.column + 1 },
      message: `invalid YAML: ${reason}`,
    };
  }
  return { rule: 'yaml-syntax', file: name, path: [], position: { line: 1, column: 1 }, message: String(error) };
}

/** Nodes the value would have if every alias were copied out, counting up to `limit` then stopping. */
function expandedSize(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const node = stack.pop();
    count++;
    if (node !== null && typeof node === 'object') {
      for (const child of Object.values(node)) stack.push(child);
    }
  }
  return count;
}
