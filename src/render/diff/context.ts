import type { RenderContext } from '../context.js';

/** One side of a diff as outputs name it: a label ("main", "inventory") and how to show its files. */
export interface SideContext extends RenderContext {
  readonly label: string;
}

export interface DiffContext {
  readonly version: string;
  readonly base: SideContext;
  readonly head: SideContext;
}
