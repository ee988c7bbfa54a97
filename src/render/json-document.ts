/**
 * Every JSON output of ropa (lint, report, retention, query, graph, diff) opens the same way: the format
 * version of that output, then the tool that wrote it, then its own fields; two-space indented, one line
 * feed at the end. One place, so that a consumer can read the header of any of them alike.
 */
export function jsonDocument(formatVersion: number, toolVersion: string, body: object): string {
  return [...jsonDocumentPieces(formatVersion, toolVersion, body)].join('');
}

/**
 * The same text as jsonDocument, in pieces of at most one array element or property below the first
 * `depth` levels: a writer can send a large document on as it is made, without the whole text in memory.
 */
export function* jsonDocumentPieces(
  formatVersion: number,
  toolVersion: string,
  body: object,
  depth = 3,
): Generator<string> {
  const output = { version: formatVersion, tool: { name: 'ropa', version: toolVersion }, ...body };
  yield* jsonPieces(output, '', depth);
  yield '\n';
}

/**
 * `JSON.stringify(value, null, 2)` and a line feed, in pieces of at most one array element or property
 * below the first `depth` levels (a document of another format: JSON-LD).
 */
export function* jsonPiecesOf(value: object, depth: number): Generator<string> {
  yield* jsonPieces(value, '', depth);
  yield '\n';
}

/**
 * An array whose elements are made as the document is written, each when the one before it has been:
 * the nodes of a graph too large to hold whole. In pieces it is read once; `JSON.stringify` (below the
 * opened levels) reads it whole. Any iterable object with a `toJSON` is read so (a record's activities).
 */
export class JsonStream {
  constructor(private readonly items: Iterable<unknown>) {}

  toJSON(): unknown[] {
    return [...this.items];
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }
}

/** `JSON.stringify(value, null, 2)`, indented by `indent`, opened `depth` levels down. */
function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  const opened = depth > 0 && (Array.isArray(value) || isStream(value));
  if (!opened && (depth === 0 || value === null || typeof value !== 'object' || hasToJson(value))) {
    yield indented(value, indent.length / 2);
    return;
  }
  const inner = `${indent}  `;
  if (opened) {
    let first = true;
    for (const item of value as Iterable<unknown>) {
      yield first ? `[\n${inner}` : `,\n${inner}`;
      yield* jsonPieces(item, inner, depth - 1);
      first = false;
    }
    return yield first ? '[]' : `\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  // as JSON.stringify: a property whose value JSON cannot hold is left out
  const keys = Object.keys(record).filter((key) => isJsonValue(record[key]));
  if (keys.length === 0) return yield '{}';
  for (const [i, key] of keys.entries()) {
    yield `${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(record[key], inner, depth - 1);
  }
  yield `\n${indent}}`;
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `levels` more levels: the
 * value is written inside that many arrays, whose brackets are then cut off. Indenting the text after it
 * was written made a second copy of it, a second's work for the 600 MB of a 30,000-category record.
 */
function indented(value: unknown, levels: number): string {
  let wrapped = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) ?? 'null';
  // "[\n  " then "[\n    "... before, "\n  ]" then "\n]" after
  return levels === 0 ? text : text.slice(levels * (levels + 3), text.length - levels * (levels + 1));
}

/** An iterable object that JSON.stringify reads through its `toJSON`: written an element at a time. */
function isStream(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value && hasToJson(value);
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
