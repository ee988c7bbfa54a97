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
 * and purpose. It remembers which keywords each text holds: subjects and purposes are named again by
 * category after category.
 */
export function referenceMatcher(
  country: string | undefined,
): (about: RetentionSubject) => RetentionReference[] {
  const candidates = RETENTION_REFERENCES.filter(
    (r) => r.country === country && r.applies_to === 'retention',
  );
  const keywords = [
    ...new Set(
      candidates.flatMap((r) => [
        ...(r.matches.categories ?? []),
        ...(r.matches.subjects ?? []),
        ...(r.matches.purposes ?? []),
      ]),
    ),
  ];
  const found = new Map<string, ReadonlySet<string>>();
  const keywordsIn = (text: string) => {
    let set = found.get(text);
    if (!set) {
      const lower = text.toLowerCase();
      set = new Set(keywords.filter((keyword) => lower.includes(keyword)));
      found.set(text, set);
    }
    return set;
  };
  /** Whether one of the texts holds one of the words. */
  const contains = (texts: readonly string[], words: readonly string[]) =>
    texts.some((text) => {
      if (typeof text !== 'string') return false;
      const held = keywordsIn(text);
      return held.size > 0 && words.some((word) => held.has(word));
    });
  return (about) =>
    candidates.filter((reference) => {
      const { categories = [], subjects = [], purposes } = reference.matches;
      const recognised = contains(about.category, categories) || contains(about.subjects, subjects);
      return recognised && (purposes === undefined || contains(about.purposes, purposes));
    });
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
