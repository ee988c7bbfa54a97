import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { RenderContext } from '../context.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type LintFormatter = (diagnostics: readonly Diagnostic[], context: RenderContext) => string;

/** `ropa lint --format` values and their renderers. */
export const LINT_FORMATS = {
  stylish,
  json,
  sarif,
  github,
  markdown,
  junit,
} satisfies Record<string, LintFormatter>;

export type LintFormat = keyof typeof LINT_FORMATS;
