import { durationMonths, durationText } from '../../inventory/duration.js';
import type { Category, Inventory } from '../../inventory/model.js';
import { citation, coverage, referenceMatcher, type RetentionSubject } from '../../reference/retention.js';
import type { Rule } from '../rule.js';
import { CNIL_RETENTION } from '../sources.js';

/** One line per country: "- DE: books and records ... 10 years (HGB ...); ...". */
function coverageList(): string {
  return coverage()
    .map(
      ({ country, references }) =>
        `- ${country}: ${references.map((r) => `${lowerFirst(r.data)}, ${durationText(r.max)} (${citation(r)})`).join('; ')}`,
    )
    .join('\n');
}

export const retentionExceedsReference: Rule = {
  id: 'retention-exceeds-reference',
  severity: 'warning',
  group: 'retention',
  source: "national keeping periods and authorities' retention references",
  helpUri: CNIL_RETENTION,
  description:
    'longer than a known reference, when the category or subject is recognisable (e.g. prospects, logs, trackers)',
  docs: `A retention rule's \`duration\` is longer than a known reference period for the kind of data, in the organization's country (or the configured \`country\`): a statutory keeping period (commercial and tax codes) or a period an authority publishes. The references, each with its law or guidance, its URL and the date it was checked, and the way a category or subject is recognised (keywords in its id or name: \`accounting\`, \`invoice\`, \`cctv\`, \`prospect\`, \`log\`, \`applicant\`, ...) are in \`retention-references.json\`; when several apply, the longest is used. The message names the country and the source applied. A country without references gets no finding from this rule.

References of your own (your counsel's periods) go in \`ropa.config.yaml\` under \`references\`, with the same fields (\`id\`, \`country\`, \`data\`, \`matches\`, \`applies_to\`, \`max\`, \`source\`, and optionally \`kind\`, \`from\`, \`url\`, \`note\`); one with the \`country\` and \`id\` of a built-in reference replaces it.

Covered (the tracker lifetime is \`tracker-lifetime\`'s):

${coverageList()}

**Why**: the authorities' references say what is usually necessary (Art 5(1)(e)); a longer period needs a documented reason.

**Fix**: shorten the period, or document why it is needed and waive the finding.

\`\`\`yaml
category:
  id: prospects
  name: Prospect contact details
  subjects: [prospect]
  retention:
    - duration: P3Y
      from: last-contact
\`\`\``,
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
          `category "${category.id}" is kept ${durationText(rule.duration!)}, longer than the ${durationText(longest.max)} known in ${longest.country} for ${lowerFirst(longest.data)} (${citation(longest)})`,
          ['retention', i, 'duration'],
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
