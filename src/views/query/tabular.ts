/**
 * The table form every query view also has, for the table, csv and markdown formats: a title, a few
 * facts about the thing asked for (shown above the table; not in csv, which holds the rows only), and rows.
 */
export interface Tabular {
  readonly title: string;
  readonly facts: readonly (readonly [label: string, value: string])[];
  readonly columns: readonly string[];
  /**
   * The rows in order. A view may make them as they are read (the matrix: a row per category, a column
   * per recipient), so a renderer goes through them once where it can and never keeps them longer than
   * it needs to.
   */
  readonly rows: Iterable<readonly string[]>;
}

/** What a query view returns: its documented JSON shape and its table form. */
export interface QueryResult<T extends { view: string } = { view: string }> {
  readonly data: T;
  readonly table: Tabular;
}

/** A list as one cell. */
export function list(items: readonly string[]): string {
  return items.join(', ');
}

/** An entity as one cell: "Name (id)". */
export function named(entity: { readonly id: string; readonly name: string }): string {
  return `${entity.name} (${entity.id})`;
}
