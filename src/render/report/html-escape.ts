import { visibleEscape } from '../terminal.js';

/**
 * Characters HTML does not allow in a document (controls other than tab, line feed, form feed and
 * carriage return; DEL and C1; noncharacters; lone surrogates) and the bidirectional overrides that
 * reorder what a reader sees: each is shown as the escape a terminal shows (`\x1b`), or U+FFFD.
 */
// the characters but the lone surrogates, as the contents of a character class, written once for the
// three expressions below
const REFUSED = String.raw`\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff`;
const NOT_IN_HTML = new RegExp(
  String.raw`[${REFUSED}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`,
  'g',
);
/** Text with none of them, nor a surrogate: what most values are, found in one pass. */
const SHOWN_AS_IS = new RegExp(String.raw`^[^${REFUSED}\ud800-\udfff]*$`);
/** The same, without the characters escapeHtml turns into references. */
const ESCAPED_AS_IS = new RegExp(String.raw`^[^&<>"'${REFUSED}\ud800-\udfff]*$`);

/**
 * Text with those characters shown as escapes, for text a page's script puts in the document itself (the
 * site's search index), so that a reader sees there what the page's HTML shows.
 */
export function visibleText(text: string): string {
  if (SHOWN_AS_IS.test(text)) return text;
  return text.replace(NOT_IN_HTML, (c) => (c.length === 1 && c < '\ud800' ? visibleEscape(c) : '\ufffd'));
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  if (ESCAPED_AS_IS.test(text)) return text;
  return visibleText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
