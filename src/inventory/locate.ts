import type { Position } from './diagnostic.js';
import type { Path } from './model.js';
import type { SourceDocument } from './source.js';

/** Documents kept at once: findings are located file by file, so a few suffice (related places). */
const CACHED_FILES = 4;

export type Locate = (file: string, path: Path, onKey?: boolean) => Position;

/**
 * Resolves paths to positions, falling back to the closest node that exists (1:1 for a file without
 * one). A file's document is asked for once if its findings are located together (see `lint`): a large
 * inventory reads and parses it again then, and only the most recent few are kept.
 */
export function createLocator(sourceOf: (file: string) => SourceDocument | undefined): Locate {
  const cache = new Map<string, SourceDocument | undefined>();
  return (file, path, onKey = false) => {
    let source = cache.get(file);
    if (!cache.has(file)) {
      source = sourceOf(file);
      if (cache.size >= CACHED_FILES) cache.delete(cache.keys().next().value!);
      cache.set(file, source);
    }
    return source?.rangeOf(path, { onKey }) ?? { line: 1, column: 1 };
  };
}
