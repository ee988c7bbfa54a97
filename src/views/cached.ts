/**
 * `make`, worked out once per key and remembered for as long as the returned function is kept. The key is
 * the argument itself, or what `keyOf` gives for it (entries of the same thing that are distinct objects);
 * keys compare as a Map compares them: objects by identity.
 */
export function cached<K, V>(make: (key: K) => V): (key: K) => V;
export function cached<T, K, V>(make: (item: T) => V, keyOf: (item: T) => K): (item: T) => V;
export function cached<T, V>(make: (item: T) => V, keyOf?: (item: T) => unknown): (item: T) => V {
  const cache = new Map<unknown, V>();
  return (item) => {
    const key = keyOf ? keyOf(item) : item;
    let value = cache.get(key);
    if (value === undefined) {
      value = make(item);
      cache.set(key, value);
    }
    return value;
  };
}
