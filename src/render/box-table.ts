import Table from 'cli-table3';

/**
 * A boxed terminal table as the record, the retention schedule and the queries draw it: cells wrap at word
 * boundaries, and cli-table3 adds no colour of its own to the header or the borders (the renderers colour
 * what matters, and NO_COLOR output stays plain).
 */
export function boxTable(options: { head?: string[]; colWidths?: number[] }): Table.Table {
  return new Table({
    ...options,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
}
