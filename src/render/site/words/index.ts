// Every human string of the record explorer, in one catalogue per language (en.ts, fr.ts, de.ts), chosen
// by `--lang` as the record's own words are. The Art 30 wording itself (field labels and
// values of activities and categories) comes from the record's renderers, as in `ropa report`.

import type { Language } from '../../../views/words/index.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type EntityKind = 'activity' | 'category' | 'recipient' | 'subject' | 'system';

/** What the search finds: the entities, and the data items, countries and findings that lead to them. */
export type SearchKind = EntityKind | 'data' | 'country' | 'finding';

export interface SiteWords {
  readonly lang: string;
  readonly siteTitle: string;
  readonly skipToContent: string;
  readonly mainNavigation: string;
  readonly home: string;
  readonly flows: string;
  readonly findings: string;
  readonly wholeRecord: string;
  readonly wholeRecordHint: string;
  readonly search: string;
  readonly searchLabel: string;
  readonly searchHint: string;
  readonly searchButton: string;
  readonly noResult: string;
  /** "{count} results" */
  readonly results: string;
  readonly moreResults: string;
  /** Singular and plural of each kind, for headings and counts. */
  readonly kinds: Readonly<Record<SearchKind, { one: string; many: string }>>;
  readonly transfers: string;
  readonly counts: string;
  readonly countriesOutsideEea: string;
  readonly specialCategories: string;
  readonly openFindings: string;
  readonly errors: string;
  readonly warnings: string;
  readonly notes: string;
  readonly waived: string;
  readonly controller: string;
  readonly madeBy: string;
  readonly filters: string;
  readonly any: string;
  readonly yes: string;
  readonly no: string;
  /** "Showing {shown} of {total}" */
  readonly showing: string;
  readonly applyFilters: string;
  readonly clearFilters: string;
  readonly facet: Readonly<Record<FacetKey, string>>;
  readonly inside: string;
  readonly outside: string;
  readonly noCountry: string;
  readonly notStated: string;
  readonly column: Readonly<Record<ColumnKey, string>>;
  readonly findingsHere: string;
  readonly noFindingsHere: string;
  readonly forActivity: string;
  readonly flowsHint: string;
  readonly flowsLegend: string;
  readonly legendOutside: string;
  readonly legendSpecial: string;
  readonly none: string;
  readonly hostedBy: string;
  readonly sourceOf: string;
  readonly hosts: string;
  readonly receives: string;
  readonly contract: string;
  readonly criminalData: string;
  readonly transfersIntro: string;
}

export type FacetKey =
  | 'basis'
  | 'role'
  | 'eea'
  | 'country'
  | 'special'
  | 'criminal'
  | 'findings'
  | 'waived'
  | 'severity'
  | 'subject'
  | 'category'
  | 'activity'
  | 'recipient';

export type ColumnKey =
  | 'name'
  | 'basis'
  | 'role'
  | 'countries'
  | 'country'
  | 'eea'
  | 'tool'
  | 'activities'
  | 'categories'
  | 'recipients'
  | 'data'
  | 'special'
  | 'findings'
  | 'rule'
  | 'severity'
  | 'where'
  | 'message';

/** "{count} results" with its numbers filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : all,
  );
}

const CATALOGUES: Readonly<Record<Language, SiteWords>> = { en, fr, de };

export const siteWords = (language: Language = 'en'): SiteWords => CATALOGUES[language];
