/**
 * Control characters (C0, DEL, C1) and the bidirectional overrides that can reorder what a reader sees
 * ("Trojan Source"): none belongs in one line of terminal output.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same but the line feed: what `printableLines` escapes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE_IN_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the inventory (names, ids, file names) made safe to print on a terminal: an escape sequence
 * in a value could otherwise move the cursor, rewrite earlier lines or change the window title, and a
 * newline would split one finding over several lines. Each such character is shown as an escape. Every
 * text output goes through this function: lint, tables, diff, graphs, messages.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, visibleEscape);
}

/**
 * Text laid out on several lines (a table cell holding a list, one item a line): each line made
 * printable, the layout's line breaks kept. A line break inside a value stays inside its cell.
 */
export function printableLines(text: string): string {
  // one pass: what printable escapes in each line, the line feeds between them kept
  return text.replace(UNPRINTABLE_IN_LINES, visibleEscape);
}

/** One character as the escape `printable` shows: `\n`, `\r`, `\t`, `\x1b`, `\u202e`. */
export function visibleEscape(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}
