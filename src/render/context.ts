import path from 'node:path';
import type { Rule } from '../rules/rule.js';
import { wordsFor, type Language, type Words } from '../views/words/index.js';

/** What a renderer needs besides its data: how to name files for the person or tool reading the output. */
export interface RenderContext {
  /** The inventory folder as the user named it, e.g. "inventory". */
  readonly root: string;
  /** The working directory paths are shown relative to. */
  readonly cwd: string;
  readonly version: string;
  /** The rules the run checked, which SARIF describes and JUnit counts as passed: every rule by default. */
  readonly rules?: readonly Rule[];
  /**
   * The language of the human formats (`--lang`, `language:` in the configuration): every renderer takes
   * its words from this language's catalogue. English when absent; lint output is always English.
   */
  readonly language?: Language;
}

/** The words of the context's language. */
export const wordsOf = (context: RenderContext): Words => wordsFor(context.language);

/** How a format lays itself out, decided at the edge (the command), never inside a renderer. */
export interface RenderOptions {
  /** The terminal's width in columns, when the output is a terminal; absent means the fixed layout. */
  readonly width?: number;
}

/**
 * A related place as shown in outputs: a file of the inventory as `displayPath` shows it; a place in the
 * code (`code`) as the scanner wrote it, relative to the folder it scanned (usually the repository root).
 */
export function relatedPath(context: RenderContext, related: { file: string; code?: true }): string {
  return related.code ? related.file.replace(/\\/g, '/') : displayPath(context, related.file);
}

/** A file of the inventory as shown in outputs: relative to the working directory, with forward slashes. */
export function displayPath(context: RenderContext, file: string): string {
  const absolute = path.resolve(context.cwd, context.root, file);
  const shown = path.relative(context.cwd, absolute);
  // Outside the working folder an absolute path reads better than a climb of "../"
  return (shown.startsWith('..') ? absolute : shown).split(path.sep).join('/') || '.';
}
