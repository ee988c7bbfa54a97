// Known retention periods (retention-references.json) and the matching rule that file documents: a
// reference applies when the category, or a subject, is recognisable by a keyword of the reference.
import referenceData from './retention-references.json' with { type: 'json' };

export interface RetentionReference {
  readonly id: string;
  readonly country: string;
  readonly data: string;
  readonly matches: {
    categories?: readonly string[];
    subjects?: readonly string[];
    purposes?: readonly string[];
  };
  readonly applies_to: 'retention' | 'tracker-lifetime';
  readonly max: string;
  readonly from: string;
  readonly source: string;
  readonly url: string;
}

export const RETENTION_REFERENCES: readonly RetentionReference[] =
  referenceData.references as RetentionReference[];

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
): (about: RetentionSubject) => RetentionReference[] {
  const candidates = RETENTION_REFERENCES.filter(
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

/** The tracker-lifetime references of `country`. */
export function trackerLifetimeReferences(country: string | undefined): RetentionReference[] {
  return RETENTION_REFERENCES.filter((r) => r.country === country && r.applies_to === 'tracker-lifetime');
}

/** The citation part of a reference's `source` ("CNIL, ... (2021)"), without the explanation after the colon. */
export function citation(reference: RetentionReference): string {
  const cut = reference.source.lastIndexOf(': ');
  return cut < 0 ? reference.source : reference.source.slice(0, cut);
}
