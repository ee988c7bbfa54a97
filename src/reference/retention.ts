// Known retention periods (retention-references.json), country by country, and the matching rule that file
// documents: a reference applies when the category, or a subject, is recognisable by a keyword of the
// reference. A configuration may add references or replace one (same country and id) with its own.
import referenceData from './retention-references.json' with { type: 'json' };

export interface RetentionReference {
  readonly id: string;
  /** ISO 3166-1 alpha-2, or `EEA` for the tracker-lifetime default. */
  readonly country: string;
  /** A statute (`law`) or an authority's published guidance (`guidance`). */
  readonly kind?: 'law' | 'guidance';
  readonly data: string;
  readonly matches: {
    categories?: readonly string[];
    subjects?: readonly string[];
    purposes?: readonly string[];
  };
  readonly applies_to: 'retention' | 'tracker-lifetime';
  readonly max: string;
  readonly from?: string;
  readonly source: string;
  /** The public text; a user's own reference (their counsel's memo) may have none. */
  readonly url?: string;
  readonly note?: string;
}

export const RETENTION_REFERENCES: readonly RetentionReference[] =
  referenceData.references as RetentionReference[];

/**
 * The tracker lifetime applied where no national figure is known, inside or outside the EEA: the CNIL's
 * 13 months, which most authorities follow.
 */
export const TRACKER_LIFETIME_DEFAULT = referenceData.tracker_lifetime_default as RetentionReference;

/** The references in force: the built-in ones, with the configured ones added or replacing (country and id). */
export function referencesWith(extra: readonly RetentionReference[]): readonly RetentionReference[] {
  if (extra.length === 0) return RETENTION_REFERENCES;
  const key = (r: RetentionReference) => `${r.country}\0${r.id}`;
  const replaced = new Set(extra.map(key));
  return [...RETENTION_REFERENCES.filter((r) => !replaced.has(key(r))), ...extra];
}

/** The countries with references of their own, sorted, each with its references. */
export function coverage(): { country: string; references: RetentionReference[] }[] {
  const byCountry = new Map<string, RetentionReference[]>();
  for (const r of RETENTION_REFERENCES) {
    const list = byCountry.get(r.country) ?? [];
    list.push(r);
    byCountry.set(r.country, list);
  }
  return [...byCountry.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([country, references]) => ({ country, references }));
}

/** What a retention rule is about, as names and ids, for keyword matching. */
export interface RetentionSubject {
  readonly category: readonly string[];
  readonly subjects: readonly string[];
  readonly purposes: readonly string[];
}

/**
 * A matcher of the references (of `country`, for retention rules) that recognise a category, subject
 * and purpose. For each text it works out once which references its keywords recognise it for (as a
 * category, a subject, a purpose; one bit per reference): subjects and purposes are named again
 * category after category.
 */
export function referenceMatcher(
  country: string | undefined,
  extra: readonly RetentionReference[] = [],
): (about: RetentionSubject) => RetentionReference[] {
  const candidates = referencesWith(extra).filter(
    (r) => r.country === country && r.applies_to === 'retention',
  );
  if (candidates.length === 0) return () => [];
  if (candidates.length > 31) throw new Error('more than 31 retention references for one country');
  const anyPurpose = candidates.reduce(
    (bits, r, i) => (r.matches.purposes === undefined ? bits | (1 << i) : bits),
    0,
  );
  type Role = 'categories' | 'subjects' | 'purposes';
  const found: Record<Role, Map<string, number>> = {
    categories: new Map(),
    subjects: new Map(),
    purposes: new Map(),
  };
  /** The references whose keywords for this role the text holds, one bit each. */
  const bitsOf = (text: string, role: Role) => {
    let bits = found[role].get(text);
    if (bits === undefined) {
      const lower = text.toLowerCase();
      bits = 0;
      candidates.forEach((r, i) => {
        if (r.matches[role]?.some((word) => lower.includes(word))) bits! |= 1 << i;
      });
      found[role].set(text, bits);
    }
    return bits;
  };
  return (about) => {
    let recognised = 0;
    for (const text of about.category) if (typeof text === 'string') recognised |= bitsOf(text, 'categories');
    for (const text of about.subjects) if (typeof text === 'string') recognised |= bitsOf(text, 'subjects');
    if (recognised === 0) return [];
    let purposes = anyPurpose;
    for (const text of about.purposes) if (typeof text === 'string') purposes |= bitsOf(text, 'purposes');
    const matched = recognised & purposes;
    return candidates.filter((_, i) => (matched & (1 << i)) !== 0);
  };
}

/**
 * The tracker-lifetime references of `country` (`national: true`), or the EEA default alone when the
 * country has none.
 */
export function trackerLifetimeReferences(
  country: string | undefined,
  extra: readonly RetentionReference[] = [],
): { references: RetentionReference[]; national: boolean } {
  const own = referencesWith(extra).filter(
    (r) => r.country === country && r.applies_to === 'tracker-lifetime',
  );
  return own.length > 0
    ? { references: own, national: true }
    : { references: [TRACKER_LIFETIME_DEFAULT], national: false };
}

/** The citation part of a reference's `source` ("CNIL, ... (2021)"), without the explanation after the colon. */
export function citation(reference: RetentionReference): string {
  const cut = reference.source.lastIndexOf(': ');
  return cut < 0 ? reference.source : reference.source.slice(0, cut);
}
