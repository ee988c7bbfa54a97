/**
 * What a renderer gives: a text, bytes (a workbook), or a text in pieces made one after the other, so
 * that a large record is written as it is made rather than held whole in memory.
 */
export type Rendered = string | Uint8Array | Iterable<string>;

/** The whole of a rendered output, for a caller that needs it at once (tests, a size check). */
export function whole(rendered: Rendered): string | Uint8Array {
  return typeof rendered === 'string' || rendered instanceof Uint8Array ? rendered : [...rendered].join('');
}

/** Lines joined by line breaks, in pieces: what `[...lines].join('\n')` makes, without holding it whole. */
export function* joinedLines(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}
