// Every human string of the record explorer, in one catalogue per language (English only for now), so that
// `--lang` picks one when the record speaks other languages. The Art 30 wording itself (field labels and
// values of activities and categories) comes from the record's renderers, as in `ropa report`.

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

export const ENGLISH: SiteWords = {
  lang: 'en',
  siteTitle: 'Record of processing activities',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  home: 'Home',
  flows: 'Data flows',
  findings: 'Findings',
  wholeRecord: 'The whole record',
  wholeRecordHint: 'as one page, to print (one activity per page) or to archive',
  search: 'Search',
  searchLabel: 'Search the record',
  searchHint: 'Names and ids, data items, countries, findings. Arrow keys move through the results.',
  searchButton: 'Search',
  noResult: 'No result.',
  results: '{count} results',
  moreResults: 'and {count} more',
  kinds: {
    activity: { one: 'Activity', many: 'Activities' },
    category: { one: 'Data category', many: 'Data categories' },
    recipient: { one: 'Recipient', many: 'Recipients' },
    subject: { one: 'Data subject', many: 'Data subjects' },
    system: { one: 'System', many: 'Systems' },
    data: { one: 'Data item', many: 'Data items' },
    country: { one: 'Country', many: 'Countries' },
    finding: { one: 'Finding', many: 'Findings' },
  },
  transfers: 'Transfers',
  counts: 'In this record',
  countriesOutsideEea: 'Countries outside the EEA',
  specialCategories: 'Special-category data (Art 9)',
  openFindings: 'Open findings',
  errors: 'errors',
  warnings: 'warnings',
  notes: 'notes',
  waived: 'waived',
  controller: 'Controller',
  madeBy: 'Made by ropa {version} from the inventory; the same record as ropa report.',
  filters: 'Filters',
  any: 'any',
  yes: 'yes',
  no: 'no',
  showing: 'Showing {shown} of {total}',
  applyFilters: 'Apply',
  clearFilters: 'Show all',
  facet: {
    basis: 'Lawful basis',
    role: 'Role',
    eea: 'EEA',
    country: 'Country',
    special: 'Special data (Art 9)',
    criminal: 'Criminal data (Art 10)',
    findings: 'Has findings',
    waived: 'Has waived findings',
    severity: 'Severity',
    subject: 'Data subject',
    category: 'Data category',
    activity: 'Activity',
    recipient: 'Recipient',
  },
  inside: 'inside the EEA',
  outside: 'outside the EEA',
  noCountry: 'no country stated',
  notStated: 'not stated',
  column: {
    name: 'Name',
    basis: 'Lawful basis',
    role: 'Role',
    countries: 'Countries',
    country: 'Country',
    eea: 'EEA',
    tool: 'Transfer tool',
    activities: 'Activities',
    categories: 'Data categories',
    recipients: 'Recipients',
    data: 'Data',
    special: 'Special or criminal',
    findings: 'Findings',
    rule: 'Rule',
    severity: 'Severity',
    where: 'Where',
    message: 'Message',
  },
  findingsHere: 'Findings here',
  noFindingsHere: 'No finding here.',
  forActivity: 'For the activity',
  flowsHint:
    'Whose data (left), in which categories, for which purposes, to which recipients (right). Hover or focus a name to highlight its paths; follow it to narrow the activities to it.',
  flowsLegend: 'Marked',
  legendOutside: 'recipient outside the EEA (dashed)',
  legendSpecial: 'special-category data (thick outline)',
  none: 'none',
  hostedBy: 'Hosted by',
  sourceOf: 'Source of',
  hosts: 'Hosts the systems',
  receives: 'Receives',
  contract: 'Contract or arrangement',
  criminalData: 'Criminal offence data (Art 10)',
  transfersIntro:
    'Every country each recipient processes data in, inside the EEA or not, with the Chapter V transfer tool for those outside.',
};

/** "{count} results" with its numbers filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : all,
  );
}
