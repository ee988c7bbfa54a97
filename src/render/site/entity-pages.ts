// A page per entity, each from the record alone: the Art 30 wording of activities and categories is the
// record's own (describe.ts, as in `ropa report`), with links to every entity it names.
import { cell, fieldTable } from '../report/html.js';
import {
  activityRows,
  categoryRows,
  categoryTexts,
  countryText,
  dataText,
  gapText,
  plain,
  statedText,
  termIn,
} from '../report/describe.js';
import type { Activity } from '../../views/record.js';
import type { Named } from '../../views/retention.js';
import { isNotStated } from '../../views/stated.js';
import type { LinkedItem, RecipientItem, SystemItem, CategoryItem } from './entities.js';
import { entityLink, type Place } from './layout.js';
import {
  countriesText,
  findingsHere,
  h,
  heading,
  inline,
  linkList,
  section,
  sectionLines,
  table,
  tableLines,
  toolText,
  transferCells,
  uniqueNamed,
  type PageContext,
} from './fragments.js';
import { roleText } from './fragments.js';

/** An activity page shows the fields of this many categories at most. */
const FIELDS_IN_PLACE = 30;

/**
 * Each page is given as its blocks, which the page joins by line breaks: an activity's page is a hundred
 * kilobytes and more, written in pieces rather than made whole.
 */
export function activityPage(place: Place, activity: Activity, ctx: PageContext): string[] {
  const w = ctx.words;
  const t = ctx.terms;
  const texts = categoryTexts();
  // Each category's Art 30 fields in place, as the record has them; beyond a few dozen categories a table
  // of links and data items, the fields being on each category's page, for this activity
  const categories = isNotStated(activity.categories)
    ? [`<p>${cell(gapText(activity.categories, t), t)}</p>`]
    : activity.categories.length > FIELDS_IN_PLACE
      ? tableLines(
          [w.column.name, w.column.data],
          activity.categories.map((entry) => [
            entityLink(place, 'category', entry),
            cell(dataText(entry, t), t),
          ]),
        )
      : activity.categories.map(
          (entry) =>
            `<h3>${entityLink(place, 'category', entry)} <span class="id">${h(entry.id)}</span></h3>\n${fieldTable(categoryRows(entry, t, texts), t)}`,
        );
  const recipients = table(
    [w.column.name, w.column.role, w.column.countries, w.column.categories],
    activity.recipients.map((r) => [
      entityLink(place, 'recipient', r),
      cell(roleText(r, t), t),
      cell(countriesText(r, t), t),
      inline(
        place,
        'category',
        r.receives.map((x) => x.category),
      ),
    ]),
  );
  const transfers = table(
    [w.column.name, w.column.country, w.column.tool],
    activity.transfers.map((tr) => [
      entityLink(place, 'recipient', tr.recipient),
      h(countryText(tr.country)),
      cell(toolText(tr.tool, t), t),
    ]),
  );
  return [
    heading(activity.name, activity.id, w.kinds.activity.one),
    fieldTable(activityRows(activity, t), t),
    ...sectionLines('categories', w.kinds.category.many, categories),
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
        ? `<p>${cell(gapText(activity.subjects, t), t)}</p>`
        : linkList(place, 'subject', activity.subjects, w),
    ),
    section('systems', w.kinds.system.many, linkList(place, 'system', activity.systems, w)),
    findingsHere(place, 'activity', activity.id, ctx),
  ];
}

export function categoryPage(place: Place, category: CategoryItem, ctx: PageContext): string[] {
  const w = ctx.words;
  const t = ctx.terms;
  const entries = category.uses.map((u) => u.entry);
  // the texts its entries share are made once for the page, and go with it: kept for the whole site,
  // those of 30,000 categories held some 50 MB while the pages were written
  const texts = categoryTexts();
  const stated = <T>(pick: (e: (typeof entries)[number]) => unknown): T[] =>
    entries.flatMap((e) => {
      const value = pick(e);
      return Array.isArray(value) ? (value as T[]) : [];
    });
  const summary: [string, string][] = [
    [
      w.kinds.activity.many,
      category.withoutPurpose
        ? cell(gapText(category.withoutPurpose, t), t)
        : category.uses
            .map(
              (u) =>
                `${entityLink(place, 'activity', u.activity)} (${cell(statedText(u.activity.lawful_basis, termIn(t), t), t)})`,
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
      `${w.forActivity}${ctx.terms.t['sep.colon']}${activity.name}`,
      `<p>${entityLink(place, 'activity', activity)}</p>\n${fieldTable(categoryRows(entry, t, texts), t)}`,
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
  ];
}

export function recipientPage(place: Place, recipient: RecipientItem, ctx: PageContext): string[] {
  const w = ctx.words;
  const t = ctx.terms;
  const entry = recipient.entry;
  const fields: [string, string][] = entry
    ? [
        [w.column.role, roleText(entry, t)],
        [w.column.countries, countriesText(entry, t)],
        ...(entry.contract !== undefined ? [[w.contract, plain(entry.contract, t)] as [string, string]] : []),
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
    recipient.transfers.map((row) => transferCells(place, row, ctx).slice(1)),
  );
  return [
    heading(recipient.name, recipient.id, w.kinds.recipient.one),
    ...(fields.length > 0 ? [fieldTable(fields, t)] : []),
    section('receives', w.receives, recipient.receipts.length > 0 ? receipts : `<p>${h(w.none)}</p>`),
    ...(recipient.transfers.length > 0 ? [section('transfers', w.transfers, transfers)] : []),
    ...(recipient.hosts.length > 0
      ? [section('hosts', w.hosts, linkList(place, 'system', recipient.hosts, w))]
      : []),
    ...(recipient.sourceOf.length > 0
      ? [section('source-of', w.sourceOf, linkList(place, 'category', recipient.sourceOf, w))]
      : []),
    findingsHere(place, 'recipient', recipient.id, ctx),
  ];
}

export function linkedPage(
  place: Place,
  kind: 'subject' | 'system',
  item: LinkedItem,
  ctx: PageContext,
): string[] {
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
  ];
}
