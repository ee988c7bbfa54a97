/**
 * Every JSON output of ropa (lint, report, retention, query, graph, diff) opens the same way: the format
 * version of that output, then the tool that wrote it, then its own fields; two-space indented, one line
 * feed at the end. One place, so that a consumer can read the header of any of them alike.
 */
export function jsonDocument(formatVersion: number, toolVersion: string, body: object): string {
  const output = { version: formatVersion, tool: { name: 'ropa', version: toolVersion }, ...body };
  return `${JSON.stringify(output, null, 2)}\n`;
}
