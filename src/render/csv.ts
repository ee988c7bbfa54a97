/**
 * CSV as RFC 4180 describes it: CRLF line ends; a field holding a comma, a quote, CR or LF is quoted, with
 * quotes doubled. A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe, as OWASP advises against CSV injection: a spreadsheet shows it as text.
 */
export function csv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
