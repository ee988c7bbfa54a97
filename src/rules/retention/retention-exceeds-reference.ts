import { durationMonths, durationText } from '../../inventory/duration.js';
import type { Category, Inventory } from '../../inventory/model.js';
import { citation, coverage, referenceMatcher, type RetentionSubject } from '../../reference/retention.js';
import type { Rule } from '../rule.js';
import { CNIL_RETENTION } from '../sources.js';
import docs from './retention-exceeds-reference.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

/** One line per country: "- DE: books and records ... 10 years (HGB ...); ...". */
function coverageList(): string {
  return coverage()
    .map(
      ({ country, references }) =>
        `- ${country}: ${references.map((r) => `${lowerFirst(r.data)}, ${durationText(r.max)} (${citation(r)})`).join('; ')}`,
    )
    .join('\n');
}

export const retentionExceedsReference: Rule<'tooLong'> = {
  id: 'retention-exceeds-reference',
  severity: 'warning',
  group: 'retention',
  source: "national keeping periods and authorities' retention references",
  helpUri: CNIL_RETENTION,
  description:
    'longer than a known reference, when the category or subject is recognisable (e.g. prospects, logs, trackers)',
  docs: ruleDocs(docs, { coverage: coverageList() }),
  messages: {
    tooLong: uncited(
      'category {category} is kept {duration}, longer than the {max} known in {country} for {data} ({citation})',
    ),
  },
  check({ inventory, country, references: configured, report }) {
    const matchingReferences = referenceMatcher(country, configured);
    for (const category of inventory.categories) {
      // what the category is about, for the rules that name no subjects or purposes of their own
      let own: RetentionSubject | undefined;
      (category.retention ?? []).forEach((rule, i) => {
        const months = rule.duration ? durationMonths(rule.duration) : undefined;
        if (months === undefined) return;
        const subject =
          rule.subjects || rule.purposes
            ? about(inventory, category, rule.subjects, rule.purposes)
            : (own ??= about(inventory, category));
        const references = matchingReferences(subject);
        if (references.length === 0) return;
        const longest = references.reduce((a, b) =>
          durationMonths(b.max)! > durationMonths(a.max)! ? b : a,
        );
        if (months <= durationMonths(longest.max)!) return;
        report(
          category.loc,
          'tooLong',
          {
            category: category.id,
            duration: words(durationText(rule.duration!)),
            max: words(durationText(longest.max)),
            country: words(longest.country),
            data: words(lowerFirst(longest.data)),
            citation: words(citation(longest)),
          },
          { path: ['retention', i, 'duration'] },
        );
      });
    }
  },
};

function about(
  inventory: Inventory,
  category: Category,
  subjects?: readonly string[],
  purposes?: readonly string[],
): RetentionSubject {
  return {
    category: [category.id, category.name].filter((t) => typeof t === 'string'),
    subjects: named(subjects ?? category.subjects ?? [], inventory.byId.subject),
    purposes: named(purposes ?? category.purposes ?? [], inventory.byId.purpose),
  };
}

/** Each id followed by the name of the entity it refers to, when it has one. */
function named(ids: readonly string[], map: ReadonlyMap<string, { name: string }>): string[] {
  const texts: string[] = [];
  for (const id of ids) {
    if (typeof id === 'string' && id !== '') texts.push(id);
    const name = map.get(id)?.name;
    if (typeof name === 'string' && name !== '') texts.push(name);
  }
  return texts;
}

/** "Books and records" reads "books and records" inside a sentence; an acronym ("CCTV") stays. */
function lowerFirst(text: string): string {
  return /^.[A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
