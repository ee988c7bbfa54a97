// Fitting a table to a terminal: column widths that share out the screen, or a layout that needs none.

/**
 * Column widths (content only, without padding or borders) that fit `available` characters: the widest
 * columns give way first, one character at a time, so that narrow ones (ids, statuses) stay whole. None
 * when the columns would have to be narrower than `minimum` (or their natural width, if smaller) to fit.
 */
export function fitColumns(
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
