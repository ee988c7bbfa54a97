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

/**
 * The pieces of `[...pieces].join('').trimEnd()`: white space is held back until text follows it, and
 * what ends the whole is dropped.
 */
export function* trimmedEnd(pieces: Iterable<string>): Generator<string> {
  let held = '';
  for (const piece of pieces) {
    const kept = piece.trimEnd();
    if (kept.length === 0) {
      held += piece;
      continue;
    }
    yield held + kept;
    held = piece.slice(kept.length);
  }
}

/**
 * Pieces for a writer that may stop early (a reader that closed the pipe), and `finish`, which makes the
 * pieces it did not take: what is filled in as the pieces are made (the DPV export's loss report) is
 * whole only once all of them are made.
 */
export function finishable(content: Rendered): { pieces: Rendered; finish: () => void } {
  if (typeof content === 'string' || Symbol.asyncIterator in content)
    return { pieces: content, finish: () => undefined };
  const iterator = content[Symbol.iterator]();
  return {
    // no return(): a writer that stops leaves the pieces where they are rather than closing them
    pieces: { [Symbol.iterator]: () => ({ next: () => iterator.next() }) },
    finish: () => {
      while (!iterator.next().done);
    },
  };
}
