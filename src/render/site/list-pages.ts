// The lists of the explorer, with the values each row matches for each filter.
import { displayPath } from '../context.js';
import { cell } from '../report/html.js';
import { countryText, gapText, keyWord, statedText, termIn } from '../report/describe.js';
import type { Activity, RecipientEntry } from '../../views/record.js';
import type { Named } from '../../views/retention.js';
import { isNotStated } from '../../views/stated.js';
import type { CategoryItem, TransferRow } from './entities.js';
import { entityLink, type Place } from './layout.js';
import { listMain, yesNo, type Token } from './list.js';
import type { EntityKind, FacetKey, SiteWords } from './words/index.js';
import {
  brief,
  countriesText,
  h,
  inline,
  isCriminal,
  isSpecial,
  severityText,
  transferCells,
  uniqueNamed,
  type PageContext,
} from './fragments.js';
import { roleText } from './fragments.js';

const basisToken = (activity: Activity, ctx: PageContext): Token =>
  isNotStated(activity.lawful_basis)
    ? ['not-stated', ctx.words.notStated]
    : [activity.lawful_basis.key, termIn(ctx.terms)(activity.lawful_basis)];

const namedTokens = (list: readonly Named[]): Token[] => list.map((n) => [n.id, n.name]);

function countryTokens(entries: readonly (RecipientEntry | undefined)[]): Token[] {
  return entries.flatMap((e) =>
    e && Array.isArray(e.countries) ? e.countries.map((c): Token => [c.code, countryText(c)]) : [],
  );
}

function eeaTokens(rows: readonly TransferRow[], w: SiteWords): Token[] {
  return rows.map((t): Token => [
    t.eea,
    t.eea === 'inside' ? w.inside : t.eea === 'outside' ? w.outside : w.noCountry,
  ]);
}

function findingTokens(
  ctx: PageContext,
  kind: EntityKind,
  id: string,
): { findings: Token[]; waived: Token[] } {
  const found = ctx.entities.findingsOf(kind, id);
  return {
    findings: [
      yesNo(
        ctx.words,
        found.some((f) => !f.waived),
      ),
    ],
    waived: [
      yesNo(
        ctx.words,
        found.some((f) => f.waived),
      ),
    ],
  };
}

/** The filters of activities and data categories, before those naming what they involve. */
const PROCESSING_FACETS: readonly FacetKey[] = [
  'basis',
  'special',
  'criminal',
  'eea',
  'country',
  'findings',
  'waived',
];

export function activitiesList(place: Place, ctx: PageContext): Iterable<string> {
  const w = ctx.words;
  const categoriesOf = (a: Activity) => (isNotStated(a.categories) ? [] : a.categories);
  return listMain(
    {
      title: w.kinds.activity.many,
      rows: ctx.entities.activities,
      facets: [...PROCESSING_FACETS, 'subject', 'category', 'recipient'],
      columns: [
        { header: w.column.name, cell: (a) => entityLink(place, 'activity', a) },
        {
          header: w.column.basis,
          cell: (a) => cell(statedText(a.lawful_basis, termIn(ctx.terms), ctx.terms), ctx.terms),
        },
        { header: w.column.categories, cell: (a) => brief(place, 'category', categoriesOf(a), w) },
        { header: w.column.recipients, cell: (a) => brief(place, 'recipient', a.recipients, w) },
        { header: w.column.findings, cell: (a) => String(ctx.entities.findingsOf('activity', a.id).length) },
      ],
      tokens: (a) => ({
        basis: [basisToken(a, ctx)],
        special: [
          yesNo(
            w,
            categoriesOf(a).some((c) => c.special.length > 0),
          ),
        ],
        criminal: [
          yesNo(
            w,
            categoriesOf(a).some((c) => c.criminal),
          ),
        ],
        eea: eeaTokens(ctx.entities.transfersTo(a.recipients), w),
        country: countryTokens(a.recipients),
        ...findingTokens(ctx, 'activity', a.id),
        subject: namedTokens(isNotStated(a.subjects) ? [] : a.subjects),
        category: namedTokens(categoriesOf(a)),
        recipient: namedTokens(a.recipients),
      }),
    },
    w,
  );
}

export function categoriesList(place: Place, ctx: PageContext): Iterable<string> {
  const w = ctx.words;
  // a category's recipients worked out once, for its column and its filters
  const recipientsByCategory = new Map(
    ctx.entities.categories.map((c) => [
      c,
      uniqueNamed(c.uses.flatMap((u) => (isNotStated(u.entry.recipients) ? [] : u.entry.recipients))),
    ]),
  );
  const recipientsOf = (c: CategoryItem) => recipientsByCategory.get(c)!;
  const entryOf = new Map(ctx.entities.recipients.map((r) => [r.id, r.entry]));
  const recipientEntries = (c: CategoryItem) => recipientsOf(c).map((r) => entryOf.get(r.id));
  return listMain(
    {
      title: w.kinds.category.many,
      rows: ctx.entities.categories,
      facets: [...PROCESSING_FACETS, 'subject', 'activity', 'recipient'],
      columns: [
        { header: w.column.name, cell: (c) => entityLink(place, 'category', c) },
        {
          header: w.column.activities,
          cell: (c) =>
            c.withoutPurpose
              ? cell(gapText(c.withoutPurpose, ctx.terms), ctx.terms)
              : inline(
                  place,
                  'activity',
                  c.uses.map((u) => u.activity),
                ),
        },
        {
          header: w.column.special,
          cell: (c) =>
            h(
              uniqueNamed(
                c.uses.flatMap((u) => [
                  ...u.entry.special.map((t) => ({ id: t.key, name: termIn(ctx.terms)(t) })),
                  ...(u.entry.criminal ? [{ id: 'criminal', name: w.criminalData }] : []),
                ]),
              )
                .map((n) => n.name)
                .join(', '),
            ),
        },
        { header: w.column.recipients, cell: (c) => brief(place, 'recipient', recipientsOf(c), w) },
        { header: w.column.findings, cell: (c) => String(ctx.entities.findingsOf('category', c.id).length) },
      ],
      tokens: (c) => ({
        basis: c.uses.map((u) => basisToken(u.activity, ctx)),
        special: [yesNo(w, isSpecial(c))],
        criminal: [yesNo(w, isCriminal(c))],
        eea: eeaTokens(ctx.entities.transfersTo(recipientsOf(c)), w),
        country: countryTokens(recipientEntries(c)),
        ...findingTokens(ctx, 'category', c.id),
        subject: namedTokens(c.uses.flatMap((u) => (isNotStated(u.entry.subjects) ? [] : u.entry.subjects))),
        activity: namedTokens(c.uses.map((u) => u.activity)),
        recipient: namedTokens(recipientsOf(c)),
      }),
    },
    w,
  );
}

const roleToken = (entry: RecipientEntry | undefined, ctx: PageContext): Token[] =>
  entry === undefined
    ? []
    : [
        isNotStated(entry.role)
          ? ['not-stated', ctx.words.notStated]
          : [entry.role, keyWord(ctx.terms, 'role.', entry.role)],
      ];

export function recipientsList(place: Place, ctx: PageContext): Iterable<string> {
  const w = ctx.words;
  return listMain(
    {
      title: w.kinds.recipient.many,
      rows: ctx.entities.recipients,
      facets: ['role', 'eea', 'country', 'findings', 'waived', 'activity', 'category'],
      columns: [
        { header: w.column.name, cell: (r) => entityLink(place, 'recipient', r) },
        { header: w.column.role, cell: (r) => cell(r.entry ? roleText(r.entry, ctx.terms) : '', ctx.terms) },
        { header: w.column.countries, cell: (r) => cell(countriesText(r.entry, ctx.terms), ctx.terms) },
        {
          header: w.column.categories,
          cell: (r) => brief(place, 'category', uniqueNamed(r.receipts.map((x) => x.category)), w),
        },
        { header: w.column.findings, cell: (r) => String(ctx.entities.findingsOf('recipient', r.id).length) },
      ],
      tokens: (r) => ({
        role: roleToken(r.entry, ctx),
        eea: eeaTokens(r.transfers, w),
        country: countryTokens([r.entry]),
        ...findingTokens(ctx, 'recipient', r.id),
        activity: namedTokens(r.receipts.map((x) => x.activity)),
        category: namedTokens(r.receipts.map((x) => x.category)),
      }),
    },
    w,
  );
}

export function subjectsList(place: Place, ctx: PageContext): Iterable<string> {
  const w = ctx.words;
  const special = new Set(ctx.entities.categories.filter(isSpecial).map((c) => c.id));
  const criminal = new Set(ctx.entities.categories.filter(isCriminal).map((c) => c.id));
  return listMain(
    {
      title: w.kinds.subject.many,
      rows: ctx.entities.subjects,
      facets: ['special', 'criminal', 'activity', 'category'],
      columns: [
        { header: w.column.name, cell: (s) => entityLink(place, 'subject', s) },
        { header: w.column.categories, cell: (s) => brief(place, 'category', s.categories, w) },
        { header: w.column.activities, cell: (s) => brief(place, 'activity', s.activities, w) },
      ],
      tokens: (s) => ({
        special: [
          yesNo(
            w,
            s.categories.some((c) => special.has(c.id)),
          ),
        ],
        criminal: [
          yesNo(
            w,
            s.categories.some((c) => criminal.has(c.id)),
          ),
        ],
        activity: namedTokens(s.activities),
        category: namedTokens(s.categories),
      }),
    },
    w,
  );
}

export function transfersList(place: Place, ctx: PageContext): Iterable<string> {
  const w = ctx.words;
  const role = new Map(ctx.entities.recipients.map((r) => [r.id, r.entry]));
  return listMain(
    {
      title: w.transfers,
      intro: w.transfersIntro,
      rows: ctx.entities.transfers,
      facets: ['eea', 'country', 'role', 'recipient', 'activity'],
      columns: [
        { header: w.kinds.recipient.one, cell: (t) => transferCells(place, t, ctx)[0]! },
        { header: w.column.country, cell: (t) => transferCells(place, t, ctx)[1]! },
        { header: w.column.eea, cell: (t) => transferCells(place, t, ctx)[2]! },
        { header: w.column.tool, cell: (t) => transferCells(place, t, ctx)[3]! },
        { header: w.column.activities, cell: (t) => transferCells(place, t, ctx)[4]! },
      ],
      tokens: (t) => ({
        eea: eeaTokens([t], w),
        country: t.country ? [[t.country.code, countryText(t.country)]] : [],
        role: roleToken(role.get(t.recipient.id), ctx),
        recipient: namedTokens([t.recipient]),
        activity: namedTokens(t.activities),
      }),
    },
    w,
  );
}

export function findingsList(_place: Place, ctx: PageContext): Iterable<string> {
  const w = ctx.words;
  const c = w.column;
  return listMain(
    {
      title: w.findings,
      rows: ctx.entities.findings,
      facets: ['severity', 'waived'],
      rowId: (f) => `finding-${f.index}`,
      columns: [
        { header: c.rule, cell: (f) => `<code>${h(f.rule)}</code>` },
        { header: c.severity, cell: (f) => h(severityText(f, ctx)) },
        { header: c.where, cell: (f) => h(`${displayPath(ctx.render, f.file)}:${f.line}:${f.column}`) },
        { header: c.message, cell: (f) => cell(f.message, ctx.terms) },
      ],
      tokens: (f) => ({
        severity: [[f.severity, keyWord(ctx.terms, 'severity.', f.severity)]],
        waived: [yesNo(w, f.waived)],
      }),
    },
    w,
  );
}
