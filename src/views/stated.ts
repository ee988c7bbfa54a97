/**
 * A value the law asks for that the inventory does not give. The record keeps the gap in place, with the
 * lint rule that flags it, rather than leaving a blank that reads as "nothing to declare".
 */
export interface NotStated {
  readonly not_stated: true;
  /** The rule that reports this gap (an id from `ropa rules`), when one does. */
  readonly rule?: string;
}

export type Stated<T> = T | NotStated;

export function notStated(rule?: string): NotStated {
  return rule === undefined ? { not_stated: true } : { not_stated: true, rule };
}

export function isNotStated<T>(value: Stated<T>): value is NotStated {
  return typeof value === 'object' && value !== null && (value as NotStated).not_stated === true;
}

/** The value when there is one, else a gap flagged by `rule`; empty lists count as absent. */
export function stated<T>(value: T | undefined, rule?: string): Stated<T> {
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '')
    return notStated(rule);
  return value;
}

/** "not stated [rule-id]": the marker a reader sees where the inventory is silent. */
export function gapText(gap: NotStated): string {
  return gap.rule ? `not stated [${gap.rule}]` : 'not stated';
}
