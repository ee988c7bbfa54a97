// The pages of the explorer, each from the record alone: the Art 30 wording of activities and categories
// is the record's own (describe.ts, as in `ropa report`), with links to every entity it names.
import { displayPath, type RenderContext } from '../context.js';
import { cell, fieldTable } from '../report/html.js';
import {
  activityRows,
  categoryRows,
  controllerRows,
  countryText,
  dataText,
  gapText,
  plain,
  statedText,
  termText,
} from '../report/describe.js';
import { escapeHtml } from '../report/html-escape.js';
import type { Activity, ProcessingRecord, RecipientEntry } from '../../views/record.js';
import type { Named } from '../../views/retention.js';
import { isNotStated } from '../../views/stated.js';
import type {
  Entities,
  Finding,
  LinkedItem,
  RecipientItem,
  SystemItem,
  CategoryItem,
  TransferRow,
} from './entities.js';
import { entityLink, link, type Place } from './layout.js';
import { listMain, yesNo, type Token } from './list.js';
import { fill, type EntityKind, type FacetKey, type SiteWords } from './words.js';

export interface PageContext {
  readonly words: SiteWords;
  readonly entities: Entities;
  readonly render: RenderContext;
}

const h = escapeHtml;

function linkList(place: Place, kind: EntityKind, list: readonly Named[], words: SiteWords): string {
  if (list.length === 0) return `<p>${h(words.none)}</p>`;
  return `<ul class="links">${list.map((n) => `<li>${entityLink(place, kind, n)}</li>`).join('')}</ul>`;
}

const inline = (place: Place, kind: EntityKind, list: readonly Named[]): string =>
  list.map((n) => entityLink(place, kind, n)).join(', ');

/** A list's cell links at most this many entities, then says how many more the entity's page names. */
const IN_A_CELL = 8;

function brief(place: Place, kind: EntityKind, list: readonly Named[], words: SiteWords): string {
  if (list.length <= IN_A_CELL) return inline(place, kind, list);
  return `${inline(place, kind, list.slice(0, IN_A_CELL))} ${h(fill(words.moreResults, { count: list.length - IN_A_CELL }))}`;
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${h(title)}</h2>\n${body}\n</section>`;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((x) => `<th scope="col">${h(x)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function heading(name: string, id: string, kind: string): string {
  return `<p class="kind">${h(kind)}</p>\n<h1>${h(name)} <span class="id">${h(id)}</span></h1>`;
}

/** A finding's severity as a reader sees it, with its waiver. */
function severityText(finding: Finding, words: SiteWords): string {
  return finding.waived ? `${finding.severity} (${words.waived})` : finding.severity;
}

export function findingsTable(place: Place, findings: readonly Finding[], ctx: PageContext): string {
  const c = ctx.words.column;
  return table(
    [c.rule, c.severity, c.where, c.message],
    findings.map((f) => [
      `<code>${h(f.rule)}</code>`,
      `<span class="severity ${f.waived ? 'waived' : h(f.severity)}">${h(severityText(f, ctx.words))}</span>`,
      link(
        place,
        `findings.html#finding-${f.index}`,
        h(`${displayPath(ctx.render, f.file)}:${f.line}:${f.column}`),
      ),
      cell(f.message),
    ]),
  );
}

function findingsHere(place: Place, kind: EntityKind, id: string, ctx: PageContext): string {
  const found = ctx.entities.findingsOf(kind, id);
  return section(
    'findings-here',
    ctx.words.findingsHere,
    found.length > 0 ? findingsTable(place, found, ctx) : `<p>${h(ctx.words.noFindingsHere)}</p>`,
  );
}

const countriesText = (entry: RecipientEntry | undefined): string =>
  entry === undefined ? '' : statedText(entry.countries, (list) => list.map(countryText).join(', '));

/** An activity page shows the fields of this many categories at most. */
const FIELDS_IN_PLACE = 30;

export function activityPage(place: Place, activity: Activity, ctx: PageContext): string {
  const w = ctx.words;
  // Each category's Art 30 fields in place, as the record has them; beyond a few dozen categories a table
  // of links and data items, the fields being on each category's page, for this activity
  const categories = isNotStated(activity.categories)
    ? `<p>${cell(gapText(activity.categories))}</p>`
    : activity.categories.length > FIELDS_IN_PLACE
      ? table(
          [w.column.name, w.column.data],
          activity.categories.map((entry) => [entityLink(place, 'category', entry), cell(dataText(entry))]),
        )
      : activity.categories
          .map(
            (entry) =>
              `<h3>${entityLink(place, 'category', entry)} <span class="id">${h(entry.id)}</span></h3>\n${fieldTable(categoryRows(entry))}`,
          )
          .join('\n');
  const recipients = table(
    [w.column.name, w.column.role, w.column.countries, w.column.categories],
    activity.recipients.map((r) => [
      entityLink(place, 'recipient', r),
      cell(statedText(r.role, (role) => role)),
      cell(countriesText(r)),
      inline(
        place,
        'category',
        r.receives.map((x) => x.category),
      ),
    ]),
  );
  const transfers = table(
    [w.column.name, w.column.country, w.column.tool],
    activity.transfers.map((t) => [
      entityLink(place, 'recipient', t.recipient),
      h(countryText(t.country)),
      cell(toolText(t.tool)),
    ]),
  );
  return [
    heading(activity.name, activity.id, w.kinds.activity.one),
    fieldTable(activityRows(activity)),
    section('categories', w.kinds.category.many, categories),
    section(
      'recipients',
      w.kinds.recipient.many,
      activity.recipients.length > 0 ? recipients : `<p>${h(w.none)}</p>`,
    ),
    ...(activity.transfers.length > 0 ? [section('transfers', w.transfers, transfers)] : []),
    section(
      'subjects',
      w.kinds.subject.many,
      isNotStated(activity.subjects)
        ? `<p>${cell(gapText(activity.subjects))}</p>`
        : linkList(place, 'subject', activity.subjects, w),
    ),
    section('systems', w.kinds.system.many, linkList(place, 'system', activity.systems, w)),
    findingsHere(place, 'activity', activity.id, ctx),
  ].join('\n');
}

function toolText(tool: TransferRow['tool']): string {
  if (tool === undefined) return '';
  return statedText(tool, (t) =>
    [termText(t.mechanism), t.decision, t.reference, t.tia !== undefined ? `TIA: ${plain(t.tia)}` : undefined]
      .filter(Boolean)
      .join(', '),
  );
}

function uniqueNamed(list: readonly Named[]): Named[] {
  const seen = new Map<string, Named>();
  for (const n of list) if (!seen.has(n.id)) seen.set(n.id, { id: n.id, name: n.name });
  return [...seen.values()];
}

export function categoryPage(place: Place, category: CategoryItem, ctx: PageContext): string {
  const w = ctx.words;
  const entries = category.uses.map((u) => u.entry);
  const stated = <T>(pick: (e: (typeof entries)[number]) => unknown): T[] =>
    entries.flatMap((e) => {
      const value = pick(e);
      return Array.isArray(value) ? (value as T[]) : [];
    });
  const summary: [string, string][] = [
    [
      w.kinds.activity.many,
      category.withoutPurpose
        ? cell(gapText(category.withoutPurpose))
        : category.uses
            .map(
              (u) =>
                `${entityLink(place, 'activity', u.activity)} (${cell(statedText(u.activity.lawful_basis, termText))})`,
            )
            .join('; '),
    ],
    [w.kinds.subject.many, inline(place, 'subject', uniqueNamed(stated<Named>((e) => e.subjects)))],
    [w.kinds.recipient.many, inline(place, 'recipient', uniqueNamed(stated<Named>((e) => e.recipients)))],
    [w.kinds.system.many, inline(place, 'system', uniqueNamed(entries.flatMap((e) => e.systems)))],
  ];
  const uses = category.uses.map(({ activity, entry }, i) =>
    section(
      `use-${i}`,
      `${w.forActivity}: ${activity.name}`,
      `<p>${entityLink(place, 'activity', activity)}</p>\n${fieldTable(categoryRows(entry))}`,
    ),
  );
  return [
    heading(category.name, category.id, w.kinds.category.one),
    ...(category.description ? [`<p>${h(category.description)}</p>`] : []),
    `<table class="fields"><tbody>${summary
      .map(([label, value]) => `<tr><th scope="row">${h(label)}</th><td>${value || h(w.none)}</td></tr>`)
      .join('\n')}</tbody></table>`,
    ...uses,
    findingsHere(place, 'category', category.id, ctx),
  ].join('\n');
}

export function recipientPage(place: Place, recipient: RecipientItem, ctx: PageContext): string {
  const w = ctx.words;
  const entry = recipient.entry;
  const fields: [string, string][] = entry
    ? [
        [w.column.role, statedText(entry.role, (role) => role)],
        [w.column.countries, countriesText(entry)],
        ...(entry.contract !== undefined ? [[w.contract, plain(entry.contract)] as [string, string]] : []),
      ]
    : [];
  const receipts = table(
    [w.column.categories, w.column.activities, w.column.data],
    recipient.receipts.map((r) => [
      entityLink(place, 'category', r.category),
      entityLink(place, 'activity', r.activity),
      h(r.data ? r.data.join(', ') : ''),
    ]),
  );
  const transfers = table(
    [w.column.country, w.column.eea, w.column.tool, w.column.activities],
    recipient.transfers.map((t) => transferCells(place, t, w).slice(1)),
  );
  return [
    heading(recipient.name, recipient.id, w.kinds.recipient.one),
    ...(fields.length > 0 ? [fieldTable(fields)] : []),
    section('receives', w.receives, recipient.receipts.length > 0 ? receipts : `<p>${h(w.none)}</p>`),
    ...(recipient.transfers.length > 0 ? [section('transfers', w.transfers, transfers)] : []),
    ...(recipient.hosts.length > 0
      ? [section('hosts', w.hosts, linkList(place, 'system', recipient.hosts, w))]
      : []),
    ...(recipient.sourceOf.length > 0
      ? [section('source-of', w.sourceOf, linkList(place, 'category', recipient.sourceOf, w))]
      : []),
    findingsHere(place, 'recipient', recipient.id, ctx),
  ].join('\n');
}

export function linkedPage(
  place: Place,
  kind: 'subject' | 'system',
  item: LinkedItem,
  ctx: PageContext,
): string {
  const w = ctx.words;
  const system = kind === 'system' ? (item as SystemItem).system : undefined;
  const fields: [string, string][] = [
    ...(system?.hosted_by
      ? [[w.hostedBy, entityLink(place, 'recipient', system.hosted_by)] as [string, string]]
      : []),
    ...(system?.country ? [[w.column.country, h(countryText(system.country))] as [string, string]] : []),
  ];
  return [
    heading(item.name, item.id, w.kinds[kind].one),
    ...(fields.length > 0
      ? [
          `<table class="fields"><tbody>${fields.map(([l, v]) => `<tr><th scope="row">${h(l)}</th><td>${v}</td></tr>`).join('')}</tbody></table>`,
        ]
      : []),
    section('categories', w.kinds.category.many, linkList(place, 'category', item.categories, w)),
    section('activities', w.kinds.activity.many, linkList(place, 'activity', item.activities, w)),
    findingsHere(place, kind, item.id, ctx),
  ].join('\n');
}

/** Recipient, country, EEA, tool, activities. */
function transferCells(place: Place, t: TransferRow, w: SiteWords): string[] {
  return [
    entityLink(place, 'recipient', t.recipient),
    t.country ? h(countryText(t.country)) : cell(`${w.notStated}`),
    h(t.eea === 'inside' ? w.inside : t.eea === 'outside' ? w.outside : w.noCountry),
    cell(toolText(t.tool)),
    brief(place, 'activity', t.activities, w),
  ];
}

// ---- lists ----

const basisToken = (activity: Activity, w: SiteWords): Token =>
  isNotStated(activity.lawful_basis)
    ? ['not-stated', w.notStated]
    : [activity.lawful_basis.key, termText(activity.lawful_basis)];

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

function transfersOf(ctx: PageContext, recipients: readonly Named[]): TransferRow[] {
  const ids = new Set(recipients.map((r) => r.id));
  return ctx.entities.transfers.filter((t) => ids.has(t.recipient.id));
}

const isSpecial = (c: CategoryItem) => c.uses.some((u) => u.entry.special.length > 0);
const isCriminal = (c: CategoryItem) => c.uses.some((u) => u.entry.criminal);

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

export function activitiesList(place: Place, ctx: PageContext): string {
  const w = ctx.words;
  const categoriesOf = (a: Activity) => (isNotStated(a.categories) ? [] : a.categories);
  return listMain(
    {
      title: w.kinds.activity.many,
      rows: ctx.entities.activities,
      facets: [...PROCESSING_FACETS, 'subject', 'category', 'recipient'],
      columns: [
        { header: w.column.name, cell: (a) => entityLink(place, 'activity', a) },
        { header: w.column.basis, cell: (a) => cell(statedText(a.lawful_basis, termText)) },
        { header: w.column.categories, cell: (a) => brief(place, 'category', categoriesOf(a), w) },
        { header: w.column.recipients, cell: (a) => brief(place, 'recipient', a.recipients, w) },
        { header: w.column.findings, cell: (a) => String(ctx.entities.findingsOf('activity', a.id).length) },
      ],
      tokens: (a) => ({
        basis: [basisToken(a, w)],
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
        eea: eeaTokens(transfersOf(ctx, a.recipients), w),
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

export function categoriesList(place: Place, ctx: PageContext): string {
  const w = ctx.words;
  const recipientsOf = (c: CategoryItem) =>
    uniqueNamed(c.uses.flatMap((u) => (isNotStated(u.entry.recipients) ? [] : u.entry.recipients)));
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
              ? cell(gapText(c.withoutPurpose))
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
                  ...u.entry.special.map((t) => ({ id: t.key, name: termText(t) })),
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
        basis: c.uses.map((u) => basisToken(u.activity, w)),
        special: [yesNo(w, isSpecial(c))],
        criminal: [yesNo(w, isCriminal(c))],
        eea: eeaTokens(transfersOf(ctx, recipientsOf(c)), w),
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

const roleToken = (entry: RecipientEntry | undefined, w: SiteWords): Token[] =>
  entry === undefined
    ? []
    : [isNotStated(entry.role) ? ['not-stated', w.notStated] : [entry.role, entry.role]];

export function recipientsList(place: Place, ctx: PageContext): string {
  const w = ctx.words;
  return listMain(
    {
      title: w.kinds.recipient.many,
      rows: ctx.entities.recipients,
      facets: ['role', 'eea', 'country', 'findings', 'waived', 'activity', 'category'],
      columns: [
        { header: w.column.name, cell: (r) => entityLink(place, 'recipient', r) },
        { header: w.column.role, cell: (r) => cell(r.entry ? statedText(r.entry.role, (x) => x) : '') },
        { header: w.column.countries, cell: (r) => cell(countriesText(r.entry)) },
        {
          header: w.column.categories,
          cell: (r) => brief(place, 'category', uniqueNamed(r.receipts.map((x) => x.category)), w),
        },
        { header: w.column.findings, cell: (r) => String(ctx.entities.findingsOf('recipient', r.id).length) },
      ],
      tokens: (r) => ({
        role: roleToken(r.entry, w),
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

export function subjectsList(place: Place, ctx: PageContext): string {
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

export function transfersList(place: Place, ctx: PageContext): string {
  const w = ctx.words;
  const role = new Map(ctx.entities.recipients.map((r) => [r.id, r.entry]));
  return listMain(
    {
      title: w.transfers,
      intro: w.transfersIntro,
      rows: ctx.entities.transfers,
      facets: ['eea', 'country', 'role', 'recipient', 'activity'],
      columns: [
        { header: w.kinds.recipient.one, cell: (t) => transferCells(place, t, w)[0]! },
        { header: w.column.country, cell: (t) => transferCells(place, t, w)[1]! },
        { header: w.column.eea, cell: (t) => transferCells(place, t, w)[2]! },
        { header: w.column.tool, cell: (t) => transferCells(place, t, w)[3]! },
        { header: w.column.activities, cell: (t) => transferCells(place, t, w)[4]! },
      ],
      tokens: (t) => ({
        eea: eeaTokens([t], w),
        country: t.country ? [[t.country.code, countryText(t.country)]] : [],
        role: roleToken(role.get(t.recipient.id), w),
        recipient: namedTokens([t.recipient]),
        activity: namedTokens(t.activities),
      }),
    },
    w,
  );
}

export function findingsList(_place: Place, ctx: PageContext): string {
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
        { header: c.severity, cell: (f) => h(severityText(f, w)) },
        { header: c.where, cell: (f) => h(`${displayPath(ctx.render, f.file)}:${f.line}:${f.column}`) },
        { header: c.message, cell: (f) => cell(f.message) },
      ],
      tokens: (f) => ({
        severity: [[f.severity, f.severity]],
        waived: [yesNo(w, f.waived)],
      }),
    },
    w,
  );
}

// ---- home ----

export function homeMain(place: Place, record: ProcessingRecord, ctx: PageContext, asOf: string): string {
  const w = ctx.words;
  const e = ctx.entities;
  const outside = new Set(e.transfers.filter((t) => t.eea === 'outside').map((t) => t.country!.code));
  const f = record.findings;
  const count = (n: number, label: string, target: string) =>
    `<li>${link(place, target, `<strong>${n}</strong> ${h(label)}`)}</li>`;
  const kinds = Object.fromEntries(Object.entries(w.kinds).map(([k, v]) => [k, v.many]));
  const controller = record.controller;
  const title = isNotStated(controller) ? w.siteTitle : `${w.siteTitle} — ${controller.name}`;
  return [
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(asOf)}</p>`,
    `<form id="search" class="search" role="search" action="index.html" method="get">`,
    `<label for="q">${h(w.searchLabel)}</label>`,
    `<div class="search-row"><input type="search" id="q" name="q" autocomplete="off" aria-describedby="q-hint" aria-controls="results"> <button type="submit">${h(w.searchButton)}</button></div>`,
    `<p id="q-hint" class="meta">${h(w.searchHint)}</p>`,
    '</form>',
    `<p id="result-count" class="count" aria-live="polite" data-none="${h(w.noResult)}" data-template="${h(w.results)}"></p>`,
    `<div id="results" data-kinds="${h(JSON.stringify(kinds))}" data-more="${h(w.moreResults)}"></div>`,
    section(
      'counts',
      w.counts,
      `<ul class="counts">${[
        count(e.activities.length, w.kinds.activity.many, 'activities.html'),
        count(e.categories.length, w.kinds.category.many, 'categories.html'),
        count(e.recipients.length, w.kinds.recipient.many, 'recipients.html'),
        count(outside.size, w.countriesOutsideEea, 'transfers.html#eea=outside'),
        count(e.categories.filter(isSpecial).length, w.specialCategories, 'categories.html#special=yes'),
      ].join('')}</ul>
<h3>${h(w.openFindings)}</h3>
<ul class="counts">${[
        count(f.errors, w.errors, 'findings.html#severity=error&waived=no'),
        count(f.warnings, w.warnings, 'findings.html#severity=warning&waived=no'),
        count(f.notes, w.notes, 'findings.html#severity=note&waived=no'),
        count(f.waived, w.waived, 'findings.html#waived=yes'),
      ].join('')}</ul>`,
    ),
    section(
      'controller',
      w.controller,
      fieldTable(
        isNotStated(controller) ? [[w.controller, gapText(controller)]] : controllerRows(controller),
      ),
    ),
    `<p>${link(place, 'record.html', h(w.wholeRecord))}: ${h(w.wholeRecordHint)}</p>`,
  ].join('\n');
}
