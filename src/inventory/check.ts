import type { Finding } from './diagnostic.js';
import type { SourceFile } from './model.js';
import type { TextFile } from './read.js';
import { parse } from './source.js';
import { validateFile } from './validate.js';

/** One file parsed and checked against the schema: what the merge needs from it. */
export interface FileCheck {
  /** Absent when the file could not be read at all (it is then not part of the inventory). */
  readonly file?: SourceFile;
  /** The parsed mapping, when the file could be read and parsed. */
  readonly value?: Record<string, unknown>;
  /** yaml-syntax and schema findings, in document order. */
  readonly findings: Finding[];
}

/**
 * Parses and validates one file read from a folder or from a git revision. With `locate: false` the
 * caller places the file's findings from a reading of its own (see `rereadSource`), and this parse
 * keeps no positions beyond those of its syntax findings.
 */
export function checkText(
  { name, text }: TextFile,
  { locate = true } = {},
): FileCheck & { file: SourceFile } {
  const source = parse(text, { locate });
  const file = { name, source };
  const syntax = source.findings[0];
  if (syntax) return { file, findings: [{ rule: 'yaml-syntax', file: name, path: [], ...syntax }] };
  const { value } = source;
  if (value === null || value === undefined)
    return { file, findings: [shapeFinding(name, 'the file is empty')] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return { file, findings: [shapeFinding(name, `the file holds ${found}`)] };
  }
  const mapping = value as Record<string, unknown>;
  return { file, value: mapping, findings: validateFile(name, mapping) };
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
