import type { Words } from './words/index.js';

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

/**
 * `make` of a value of the record in a language, remembered for as long as the value lives: the record
 * shares values between the activities that list them (a category's data, its retention rules...), and
 * a large record writes each of them several times. Nothing changes a value once made.
 */
export function cachedInLanguage<K extends object, V>(
  make: (value: K, w: Words) => V,
): (value: K, w: Words) => V {
  const made = new WeakMap<Words, WeakMap<K, V>>();
  return (value, w) => {
    let known = made.get(w);
    if (!known) made.set(w, (known = new WeakMap()));
    let result = known.get(value);
    if (result === undefined) known.set(value, (result = make(value, w)));
    return result;
  };
}
