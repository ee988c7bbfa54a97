/** Plain code-unit order, the same on every machine and locale, so that outputs diff cleanly. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entities sorted by id (a copy). */
export function sortById<T extends { readonly id: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => compareText(a.id, b.id));
}

/** Distinct strings, sorted. */
export function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(compareText);
}
