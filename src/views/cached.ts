/**
 * `make`, worked out once per key (compared as a Map compares them: objects by identity) and remembered
 * for as long as the returned function is kept.
 */
export function cached<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}
