// Free text from the inventory joined into one line. Inventory values are often whole sentences ending in
// a full stop; joined as they are they would read "because of their size., then delete".

/** The phrase without the single full stop that ends it (an ellipsis stays). */
export const withoutFullStop = (phrase: string): string => phrase.trimEnd().replace(/(?<!\.)\.$/, '');

/** Joins phrases with `separator`, dropping the full stop of each phrase that another follows. */
export function joinPhrases(phrases: readonly string[], separator: string): string {
  return phrases
    .map((phrase, i) => (i < phrases.length - 1 ? withoutFullStop(phrase) : phrase))
    .join(separator);
}
