/** The whole text of a renderer that may give it in pieces (a wide query table, csv, markdown). */
export function joined(rendered: string | Iterable<string>): string {
  return typeof rendered === 'string' ? rendered : [...rendered].join('');
}
