/**
 * What a renderer gives: a text, a text in pieces made one after the other, or bytes in pieces made as
 * they are written (a workbook), so that a large record is written as it is made rather than held whole
 * in memory.
 */
export type Rendered = string | Iterable<string> | AsyncIterable<Uint8Array>;

/** The whole of a rendered output, for a caller that needs it at once (tests, a size check). */
export async function whole(rendered: Rendered): Promise<string | Uint8Array> {
  if (typeof rendered === 'string') return rendered;
  if (!(Symbol.asyncIterator in rendered)) return [...rendered].join('');
  const pieces: Uint8Array[] = [];
  for await (const piece of rendered) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** Lines joined by line breaks, in pieces: what `[...lines].join('\n')` makes, without holding it whole. */
export function* joinedLines(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}
