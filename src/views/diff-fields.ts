// The generic part of the diff: two entities compared field by field, lists of strings as sets, nested
// mappings field by field, anything else by its canonical JSON.
import type { At, Change, ChangeKind } from './diff.js';

/** Fields compared by a dedicated pass rather than generically. */
const SPECIAL_FIELDS: Partial<Record<ChangeKind, ReadonlySet<string>>> = {
  category: new Set(['data', 'recipients', 'special', 'retention']),
};
const IGNORED = new Set(['loc', 'id']);

/** Generic comparison: lists of strings as sets, nested mappings field by field, anything else by value. */
export function fieldChanges(at: At, before: object, after: object, prefix = ''): Change[] {
  const changes: Change[] = [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const skip = prefix ? new Set<string>() : new Set([...IGNORED, ...(SPECIAL_FIELDS[at.kind] ?? [])]);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !skip.has(key)).sort();
  for (const key of keys) {
    const field = prefix + key;
    // null and absent both mean "not set"
    const [x, y] = [a[key] ?? undefined, b[key] ?? undefined];
    if (isStringList(x) && isStringList(y)) {
      const [xs, ys] = [new Set(x ?? []), new Set(y ?? [])];
      for (const item of [...ys].filter((i) => !xs.has(i)).sort())
        changes.push({ ...at, type: 'item-added', field, item });
      for (const item of [...xs].filter((i) => !ys.has(i)).sort())
        changes.push({ ...at, type: 'item-removed', field, item });
    } else if ((isMapping(x) || x === undefined) && (isMapping(y) || y === undefined)) {
      // a mapping added or removed as a whole shows as its fields appearing or disappearing
      changes.push(...fieldChanges(at, x ?? {}, y ?? {}, `${field}.`));
    } else if (canonical(x) !== canonical(y)) {
      changes.push({
        ...at,
        type: 'changed',
        field,
        before: x ?? null,
        after: y ?? null,
      });
    }
  }
  return changes;
}

function isStringList(value: unknown): value is string[] | undefined {
  return value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON with sorted keys, and lists of mappings sorted, so that order in the file does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (isMapping(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
