/**
 * Adds `item` to the list kept under `key`, making the list the first time: grouping in one pass, which
 * the views, rules and renderers use wherever a whole list would otherwise be filtered once per key.
 */
export function pushTo<K, T>(lists: Map<K, T[]>, key: K, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}
