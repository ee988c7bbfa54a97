import { pushTo } from '../grouping.js';
import { quote } from './quote.js';

/** The candidate closest to `word` by edit distance, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    // the distance is at least the difference in length: most candidates of a large catalogue stop here
    if (Math.abs(candidate.length - word.length) > Math.min(limit, bestDistance)) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= limit) return best;
  // "prospect" for "prospecting": a word cut short, or run on, is a likely slip too
  const prefixed = list.filter((c) => {
    const candidate = c.toLowerCase();
    return lower.length >= 3 && (candidate.startsWith(lower) || lower.startsWith(candidate));
  });
  return prefixed.sort()[0];
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  return meant(closest(word, candidates));
}

/** `didYouMean` against one catalogue for many words, as `closestIn` finds them. */
export function didYouMeanIn(catalogue: readonly string[]): (word: string) => string {
  const find = closestIn(catalogue);
  return (word) => meant(find(word));
}

function meant(match: string | undefined): string {
  return match === undefined ? '' : ` (did you mean ${quote(match)}?)`;
}

/**
 * `closest` for many words against one catalogue (the unknown references of a large inventory, each
 * compared with thousands of ids): the candidates one edit away from a word, the usual typo, are found
 * through an index of each candidate and its one-character deletions, and only a word with none of them
 * is compared with every candidate. The same answers as `closest`: for printable ASCII (lower case keeps its
 * length, as `closest`'s length test assumes) the candidates within one edit are the best ones, and the
 * rest goes the long way.
 */
export function closestIn(catalogue: readonly string[]): (word: string) => string | undefined {
  let index: Map<string, string[]> | undefined;
  const ascii = catalogue.every((candidate) => ASCII.test(candidate));
  return (word) => {
    if (!ascii || !ASCII.test(word)) return closest(word, catalogue);
    index ??= deletionIndex(catalogue);
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = 2;
    for (const key of [lower, ...deletions(lower)]) {
      for (const candidate of index.get(key) ?? []) {
        const distance = editDistance(lower, candidate.toLowerCase(), 1);
        if (
          distance < bestDistance ||
          (distance === bestDistance && best !== undefined && candidate < best)
        ) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best ?? closest(word, catalogue);
  };
}

const ASCII = /^[ -~]*$/;

/**
 * Each candidate under its lower case and under each of that with one character left out: two words
 * within one edit (a character added, left out, changed, or two swapped) share one of these keys.
 */
function deletionIndex(catalogue: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const candidate of catalogue) {
    const lower = candidate.toLowerCase();
    for (const key of [lower, ...deletions(lower)]) pushTo(index, key, candidate);
  }
  return index;
}

function deletions(word: string): string[] {
  return Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/** Rows of the distance table, kept between calls: a catalogue of thousands of ids is compared per typo. */
let table = new Int32Array(0);

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. Past `max`
 * the exact figure does not matter: once two rows in a row exceed it (a swap reaches back two rows), the
 * answer is `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  // a common prefix and suffix do not change the distance, and ids of a catalogue share long ones
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const rows = endA - start + 1;
  const cols = endB - start + 1;
  if (rows === 1 || cols === 1) return Math.min(rows + cols - 2, max + 1);
  // three rows: the one before last (for swaps), the last, and the one being filled
  if (table.length < 3 * cols) table = new Int32Array(3 * cols);
  const d = table;
  for (let j = 0; j < cols; j++) d[j] = j;
  let previousMin = 0;
  for (let i = 1; i < rows; i++) {
    const here = (i % 3) * cols;
    const above = ((i - 1) % 3) * cols;
    const twoAbove = ((i + 1) % 3) * cols;
    const ca = a.charCodeAt(start + i - 1);
    d[here] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(start + j - 1);
      let v = Math.min(d[above + j]! + 1, d[here + j - 1]! + 1, d[above + j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === cb) {
        v = Math.min(v, d[twoAbove + j - 2]! + 1);
      }
      d[here + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
  }
  return Math.min(d[((rows - 1) % 3) * cols + cols - 1]!, max + 1);
}
