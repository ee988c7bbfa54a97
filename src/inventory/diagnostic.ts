import type { Path, Severity } from './model.js';

/**
 * A finding before it is placed: a rule id, a file and a path into that file. Rules and the loader emit
 * these; `locate` turns the path into a line and column once, late, and only for files that have findings.
 */
export interface Finding {
  readonly rule: string;
  readonly file: string;
  readonly path: Path;
  readonly message: string;
  /** This finding's own default severity, when it differs from its rule's. */
  readonly severity?: Severity;
  /** A position known without a path (YAML syntax errors): 1-based. */
  readonly position?: Position;
  /** Point at the key rather than its value (unknown keys). */
  readonly key?: boolean;
  /** For an unknown key, the key it most likely meant (a typo): that field is as good as refused. */
  readonly meant?: string;
  /**
   * Other places the finding involves: in the inventory (the first definition of a duplicate id), or in
   * the code (`code: true`, where a scanner saw what drift reports; `file` as the scanner wrote it).
   */
  readonly related?: readonly Related[];
}

export type Related =
  | { readonly file: string; readonly path: Path; readonly message: string }
  | { readonly file: string; readonly position: Position; readonly message: string; readonly code: true };

export interface Position {
  /** 1-based */
  readonly line: number;
  /** 1-based, in characters (UTF-16 code units, as editors count) */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface WaiverInfo {
  readonly reason?: string;
  readonly until?: string;
  readonly approved_by?: string;
}

/** A finding with its effective severity and its position: what every output format renders. */
export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly file: string;
  readonly path: Path;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
  /** `code: true` for a place in the code, whose `file` is not inside the inventory. */
  readonly related?: readonly {
    file: string;
    line: number;
    column: number;
    message: string;
    code?: true;
  }[];
  /** Set when a waiver on the entity (or one of its parents) accepts this finding. */
  readonly waived?: WaiverInfo;
}
