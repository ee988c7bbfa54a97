// Fitting a table to a terminal: column widths that share out the screen, or a layout that needs none.
// Two ways to narrow columns, each kept for the tables it already lays out: the queries narrow their widest
// columns first (ids and statuses stay whole, and a table that cannot fit is shown row by row instead);
// the record and the retention schedule shrink every column in proportion (their boxes keep their shape).

/**
 * Column widths (content only, without padding or borders) that fit `available` characters: the widest
 * columns give way first, one character at a time, so that narrow ones (ids, statuses) stay whole. None
 * when the columns would have to be narrower than `minimum` (or their natural width, if smaller) to fit.
 */
export function narrowWidestFirst(
  natural: readonly number[],
  available: number,
  minimum: number,
): number[] | undefined {
  const widths = [...natural];
  const floor = natural.map((w) => Math.min(w, minimum));
  if (floor.reduce((a, b) => a + b, 0) > available) return undefined;
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > available) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if (widths[i]! >= widths[widest]!) widest = i;
    widths[widest]!--;
    total--;
  }
  return widths;
}

/**
 * `text` broken at spaces into lines of at most `width` characters: the first line starts with `first`,
 * the others with `indent`. A word longer than a line is cut, so that nothing runs off the screen.
 */
export function wrapText(text: string, width: number, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const separator = empty ? '' : ' ';
    if (line.length + separator.length + word.length <= width) {
      line += separator + word;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = indent;
    }
    while (word.length > Math.max(1, width - line.length)) {
      const room = Math.max(1, width - line.length);
      lines.push(line + word.slice(0, room));
      word = word.slice(room);
      line = indent;
    }
    line += word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A cell narrower than this (text plus its two spaces of padding) is no longer readable. */
const MIN_COLUMN = 6;

/**
 * Column widths that fit `width` terminal columns (each column also takes one border column): the
 * preferred widths when they fit, else each shrunk in proportion, but none below its `least` (so that
 * a header word is never cut); a table that cannot fit even so keeps those least widths.
 */
export function shrinkInProportion(
  preferred: readonly number[],
  width: number | undefined,
  least: readonly number[] = [],
): number[] {
  const floor = preferred.map((w, i) => Math.min(w, Math.max(MIN_COLUMN, least[i] ?? 0)));
  const room = width === undefined ? Infinity : width - preferred.length - 1;
  const total = preferred.reduce((a, b) => a + b, 0);
  if (total <= room) return [...preferred];
  const scaled = preferred.map((w, i) => Math.max(floor[i]!, Math.floor((w * room) / total)));
  // rounding and the floors can overshoot: take the excess from the columns with the most to spare
  let excess = scaled.reduce((a, b) => a + b, 0) - room;
  while (excess > 0) {
    const spare = scaled.map((w, i) => w - floor[i]!);
    const most = Math.max(...spare);
    if (most <= 0) break;
    scaled[spare.indexOf(most)]! -= 1;
    excess -= 1;
  }
  return scaled;
}
