// Retention rules compared by the part of the category they apply to, their limits as durations.
import { compareLimits } from '../inventory/duration.js';
import type { RetentionRule } from '../inventory/model.js';
import type { At, Change, RetentionScope } from './diff.js';

export function retentionChanges(
  at: At,
  before: readonly RetentionRule[],
  after: readonly RetentionRule[],
): Change[] {
  const changes: Change[] = [];
  const unmatched = new Map<string, RetentionRule[]>();
  for (const rule of before) {
    const key = scopeKey(scopeOf(rule));
    unmatched.set(key, [...(unmatched.get(key) ?? []), rule]);
  }
  for (const rule of after) {
    const scope = scopeOf(rule);
    const old = unmatched.get(scopeKey(scope))?.shift();
    if (!old) {
      changes.push({
        ...at,
        type: 'retention-added',
        scope,
        duration: rule.duration ?? null,
      });
      continue;
    }
    for (const field of ['duration', 'minimum', 'from', 'then', 'criteria', 'legal_reference'] as const) {
      const [x, y] = [old[field], rule[field]];
      if (x === y) continue;
      const order = (field === 'duration' || field === 'minimum') && x && y ? compareLimits(x, y) : undefined;
      if (order === 0) continue; // P1Y and P12M: written differently, the same limit
      const type =
        field === 'duration' && order !== undefined
          ? order < 0
            ? 'retention-lengthened'
            : 'retention-shortened'
          : 'retention-changed';
      changes.push({
        ...at,
        type,
        scope,
        field,
        before: x ?? null,
        after: y ?? null,
      });
    }
  }
  for (const rules of unmatched.values()) {
    for (const rule of rules) {
      changes.push({
        ...at,
        type: 'retention-removed',
        scope: scopeOf(rule),
        duration: rule.duration ?? null,
      });
    }
  }
  return changes;
}

export function scopeOf(rule: RetentionRule): RetentionScope {
  return {
    subjects: [...new Set(rule.subjects ?? [])].sort(),
    purposes: [...new Set(rule.purposes ?? [])].sort(),
  };
}

export function scopeKey(scope: RetentionScope): string {
  return `${scope.subjects.join(',')}|${scope.purposes.join(',')}`;
}
