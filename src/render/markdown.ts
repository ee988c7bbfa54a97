/**
 * GitHub-flavoured Markdown pieces. Values are escaped so that they show as written: Markdown punctuation
 * is backslash-escaped (a pipe would otherwise end a table cell), `&` and `<` cannot start an entity or an
 * HTML tag, and line breaks become <br> so that a value stays in its table row.
 */
export function markdownText(value: string): string {
  return value
    .replace(/[\\`*_[\]|~#>!]/g, (c) => `\\${c}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A GFM table; an empty cell stays empty. */
export function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |\n`;
  return line(columns) + `|${columns.map(() => '---|').join('')}\n` + rows.map(line).join('');
}
