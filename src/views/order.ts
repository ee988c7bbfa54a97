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

const positions = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, number>>();

/**
 * The entities of `list` (an inventory's subjects, recipients...) whose ids are among `ids`, in the list's
 * order: what `list.filter((e) => ids.has(e.id))` gives when ids are unique, as the structure rules
 * require, at the cost of the ids asked for rather than of the whole list (an activity's few recipients
 * among thousands). Each list's positions are found once.
 */
export function inListOrder<T extends { readonly id: string }>(
  list: readonly T[],
  ids: Iterable<string>,
): T[] {
  let at = positions.get(list);
  if (!at) {
    const map = new Map<string, number>();
    list.forEach((entity, i) => {
      if (!map.has(entity.id)) map.set(entity.id, i);
    });
    positions.set(list, (at = map));
  }
  const found: number[] = [];
  for (const id of new Set(ids)) {
    const i = at.get(id);
    if (i !== undefined) found.push(i);
  }
  return found.sort((a, b) => a - b).map((i) => list[i]!);
}
