import type { Finding } from './diagnostic.js';
import type { SourceFile } from './model.js';
import { parseFile } from './parse.js';
import { readSource, type Candidate } from './read.js';
import { validateFile } from './validate.js';

/** One file read, parsed and checked against the schema: what the merge needs from it. */
export interface FileCheck {
  /** Absent when the file could not be read at all (it is then not part of the inventory). */
  readonly file?: SourceFile;
  /** The parsed mapping, when the file could be read and parsed. */
  readonly value?: Record<string, unknown>;
  /** yaml-syntax and schema findings, in document order. */
  readonly findings: Finding[];
}

/** Reads, parses and validates one file. */
export function checkFile(root: string, candidate: Candidate): FileCheck {
  const { name } = candidate;
  const read = readSource(root, candidate);
  if (!('file' in read)) return { findings: [read.finding] };
  const parsed = parseFile(name, read.file.text);
  if (!parsed.ok) return { file: read.file, findings: [parsed.finding] };
  const findings = validateFile(name, parsed.value);
  return { file: read.file, value: parsed.value, findings };
}
