import { printable } from './terminal.js';

/**
 * GitHub-flavoured Markdown pieces, shared by the record and the queries. A value is escaped so that it
 * shows as written, and only as much as Markdown needs: inline markup (`*`, `_`, backquote, `[`, `]`, `~`),
 * the backslash and the pipe (which would end a table cell) get a backslash; `&`, `<` and `>` become
 * entities, so no entity, HTML tag or autolink gets through; a value that would start a block (a heading,
 * a list item, a quote) has its first character escaped, and a trailing `#` would close a heading. Line
 * breaks become <br> so that a value stays in its table row; other control characters show as escapes.
 * Parentheses, `!` and the like stay as they are.
 */
export function markdownText(value: string): string {
  return PLAIN_MARKDOWN.test(value) ? value : escapedMarkdown(value);
}

/**
 * Text that markdownText leaves as it is: none of the characters it escapes, no first character that
 * could start a block or a number, no `#` at the end. Most values are such, and one pass finds them.
 */
const PLAIN_MARKDOWN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /^(?![#+\-\d])[^\\`*_[\]|~&<>\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*(?<!#)$/;

function escapedMarkdown(value: string): string {
  const escaped = value
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/#$/, '\\#')
    .replace(/\r\n|\r|\n/g, '<br>');
  return printable(escaped);
}

/** A GFM table; an empty cell stays empty. */
export function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  let table = '';
  for (const line of markdownTableLines(columns, rows)) table += `${line}\n`;
  return table;
}

/** The same table a line at a time (without line breaks), its rows read as they are written. */
export function* markdownTableLines(
  columns: readonly string[],
  rows: Iterable<readonly string[]>,
): Generator<string> {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  yield line(columns);
  yield `|${columns.map(() => '---|').join('')}`;
  for (const row of rows) yield line(row);
}
