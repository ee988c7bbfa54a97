import type { InventoryDiff } from '../../views/diff.js';
import type { DiffContext } from './context.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { text } from './text.js';

export type DiffFormatter = (diff: InventoryDiff, context: DiffContext) => Iterable<string>;

/** `ropa diff --format` values and their renderers. */
export const DIFF_FORMATS = { text, markdown, json } satisfies Record<string, DiffFormatter>;

export type DiffFormat = keyof typeof DIFF_FORMATS;
