/**
 * A list's items as `map` makes them, made each time the result is read rather than held: the rows of a
 * large table, written one at a time.
 */
export function mapped<T, U>(items: readonly T[], map: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield map(item);
    },
  };
}

/** Each item with its index, as `Array.prototype.entries` gives them, for any iterable. */
export function* numbered<T>(items: Iterable<T>): Generator<[number, T]> {
  let i = 0;
  for (const item of items) yield [i++, item];
}
