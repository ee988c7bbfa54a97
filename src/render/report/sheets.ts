// The record as tables: the sheets of the xlsx workbook, and the rows of the csv export.
import { mapped } from '../../iterables.js';
import { joinPhrases } from '../../views/phrases.js';
import {
  endText,
  limitText,
  minimumText,
  retentionText,
  triggerText,
} from '../../views/retention-wording.js';
import { ENGLISH, type MessageId, type Words } from '../../views/words/index.js';
import { displayPath, wordsOf, type RenderContext } from '../context.js';
import type {
  Activities,
  Activity,
  CategoryEntry,
  Disclosed,
  ProcessingRecord,
  RecipientEntry,
  RetentionEntry,
  Transfer,
} from '../../views/record.js';
import { cached } from '../../views/cached.js';
import type { RetentionRow } from '../../views/retention.js';
import { isNotRequired, isNotStated, ruleMark, type Stated } from '../../views/stated.js';
import {
  automatedText,
  controllerRows,
  gapText,
  names,
  plain,
  rightsText,
  securityText,
  sourcesText,
  statedText,
  termIn,
  transferText,
  dataText,
  contactText,
  keyWord,
} from './describe.js';

export interface Column {
  readonly header: string;
  /** Width in characters, for spreadsheets. */
  readonly width: number;
  /**
   * Its texts are made for each row and seldom repeat: a workbook writes them in their cells rather than
   * in its shared string table, which would keep each of them to the end, after a costly look-up.
   */
  readonly inline?: boolean;
}

export interface Sheet {
  readonly name: string;
  readonly columns: readonly Column[];
  /** The rows, made as they are read where a sheet runs to a row per category: never held all at once. */
  readonly rows: Iterable<readonly (string | number)[]>;
}

/** Columns from their message ids and widths (and `inline`), in the words of `w`. */
const columnsOf = (w: Words, columns: readonly (readonly [MessageId, number, 'inline'?])[]): Column[] =>
  columns.map(([id, width, inline]) => ({
    header: w.t[id] as string,
    width,
    ...(inline ? { inline: true } : {}),
  }));

/**
 * One row per activity x category, columns in the order of the ICO controller record template (business
 * function, purpose, joint controller, individuals, data, recipients, contracts, countries, safeguards,
 * retention, security, then lawful basis and the optional columns).
 */
export function activitiesSheet(record: ProcessingRecord, w: Words = ENGLISH): Sheet {
  const { t } = w;
  const columns = columnsOf(w, [
    ['act.id', 18],
    ['act.owner', 18],
    ['act.purpose', 30],
    ['act.description', 40],
    ['act.jointControllers', 24],
    ['act.subjects', 24],
    ['act.category', 24],
    ['act.data', 40],
    ['act.special', 24],
    ['act.recipients', 36, 'inline'],
    ['act.contract', 30, 'inline'],
    ['act.countries', 20],
    ['act.safeguards', 40, 'inline'],
    ['act.retention', 40, 'inline'],
    ['act.security', 50],
    ['act.basis', 24],
    ['act.condition', 24],
    ['act.interest', 30],
    ['act.lia', 24],
    ['act.legalReference', 24],
    ['act.rights', 36],
    ['act.automated', 24],
    ['act.source', 36],
    ['act.consent', 24],
    ['act.location', 30],
    ['act.dpiaRequired', 14],
    ['act.dpiaProgress', 14],
    ['act.dpiaLink', 24],
    ['act.reviewed', 12],
    ['act.asOf', 12],
  ]);
  return { name: t['sheet.activities'], columns, rows: { [Symbol.iterator]: () => activityRows(record, w) } };
}

/** The rows of the Activities sheet, one by one. */
function* activityRows(record: ProcessingRecord, w: Words): Generator<string[]> {
  const { t } = w;
  // A category's own cells read the same under every purpose it serves: worked out once per category
  const categoryCells = cached(
    (category: CategoryEntry) => cellsOf(category, w),
    (category: CategoryEntry) => category.id,
  );
  // and the record shares its retention rules and transfers between the activities that list them
  const ruleCell = cached(
    (r: RetentionEntry) => `${names(r.subjects)}${w.t['sep.colon']}${retentionText(r, w)}`,
  );
  const transferCell = cached((x: Transfer) => transferText(x, w));
  const date = (value: Stated<string>) => statedText(value, w.date, w);
  const asOf = w.date(record.as_of);
  for (const activity of record.activities) {
    const categories = isNotStated(activity.categories) ? [undefined] : activity.categories;
    const receivers = receiversByCategory(activity.recipients);
    // by recipient, in the activity's order: the order of its recipients, as are a row's
    const transfersTo = new Map<string, Transfer[]>();
    for (const t of activity.transfers) {
      const list = transfersTo.get(t.recipient.id);
      if (list) list.push(t);
      else transfersTo.set(t.recipient.id, [t]);
    }
    const dpia = isNotStated(activity.dpia) || isNotRequired(activity.dpia) ? undefined : activity.dpia;
    const owner = plain(activity.owner, w);
    const reviewed = date(activity.reviewed);
    const jointControllers = activity.joint_controllers.map((j) => j.recipient.name).join(', ');
    const lawfulBasis = statedText(activity.lawful_basis, termIn(w), w);
    const condition = activity.special_condition ? statedText(activity.special_condition, termIn(w), w) : '';
    const interest = activity.legitimate_interest ? plain(activity.legitimate_interest, w) : '';
    const lia = activity.lia ? plain(activity.lia, w) : '';
    const legalReference = activity.legal_reference ? plain(activity.legal_reference, w) : '';
    const rights = rightsText(activity, w);
    const automated = automatedText(activity, w);
    const consent = activity.consent ? plain(activity.consent.record, w) : '';
    const dpiaRequired = dpia
      ? dpia.required === undefined
        ? ''
        : dpia.required
          ? t['value.yes']
          : t['value.no']
      : statedText(activity.dpia, () => '', w);
    for (const category of categories) {
      const recipients = category ? (receivers.get(category.id) ?? []) : [];
      const transfers = recipients.flatMap((r) => transfersTo.get(r.id) ?? []);
      const own = category ? categoryCells(category) : NO_CATEGORY;
      yield [
        activity.id,
        owner,
        activity.name,
        activity.description ?? '',
        jointControllers,
        own.subjects,
        category ? category.name : gapText(activity.categories as { not_stated: true; rule?: string }, w),
        own.data,
        own.special,
        category
          ? statedText(
              category.recipients,
              (list) =>
                list.length > 0
                  ? list.map((d) => recipientCell(d, recipients, w)).join(', ')
                  : t['value.noneOutside'],
              w,
            )
          : '',
        recipients
          .filter((r) => r.contract !== undefined)
          .map((r) => `${r.name}: ${plain(r.contract!, w)}`)
          .join('; '),
        [...new Set(transfers.map((t) => t.country.code))].join(', '),
        transfers.map(transferCell).join('; '),
        category ? statedText(category.retention, (list) => joinPhrases(list.map(ruleCell), '; '), w) : '',
        own.security,
        lawfulBasis,
        condition,
        interest,
        lia,
        legalReference,
        rights,
        automated,
        own.sources,
        consent,
        own.systems,
        dpiaRequired,
        dpia?.status === undefined ? '' : keyWord(w, 'dpia.', dpia.status),
        dpia?.reference ?? '',
        reviewed,
        asOf,
      ];
    }
  }
}

/** The cells of the Activities sheet that depend on the category alone, not on the purpose. */
interface CategoryCells {
  readonly subjects: string;
  readonly data: string;
  readonly special: string;
  readonly security: string;
  readonly sources: string;
  readonly systems: string;
}

const NO_CATEGORY: CategoryCells = {
  subjects: '',
  data: '',
  special: '',
  security: '',
  sources: '',
  systems: '',
};

function cellsOf(category: CategoryEntry, w: Words): CategoryCells {
  return {
    subjects: statedText(category.subjects, names, w),
    data: dataText(category, w),
    special: [...category.special.map(termIn(w)), ...(category.criminal ? [w.t['value.criminal']] : [])].join(
      ', ',
    ),
    security: statedText(category.security_measures, (m) => securityText(m, w, 'inline'), w),
    sources: sourcesText(category, w),
    systems: category.systems.map((s) => (s.country ? `${s.name} (${s.country.code})` : s.name)).join(', '),
  };
}

/** The recipients of each category, in the activity's order: one pass rather than one per category. */
function receiversByCategory(entries: readonly RecipientEntry[]): Map<string, RecipientEntry[]> {
  const receivers = new Map<string, RecipientEntry[]>();
  for (const entry of entries) {
    for (const { category } of entry.receives) {
      const list = receivers.get(category.id);
      if (list === undefined) receivers.set(category.id, [entry]);
      else if (list.at(-1) !== entry) list.push(entry);
    }
  }
  return receivers;
}

/** "Carrier (processor: name, postal address)": the role, and the items when the disclosure is narrowed. */
function recipientCell(disclosed: Disclosed, entries: readonly RecipientEntry[], w: Words): string {
  const entry = entries.find((r) => r.id === disclosed.id);
  const role = entry === undefined ? undefined : roleText(entry.role, w);
  const items = disclosed.data?.join(', ');
  const details = role && items ? `${role}: ${items}` : (role ?? items);
  return details ? `${disclosed.name} (${details})` : disclosed.name;
}

/** A recipient's role in a cell: "processor", "sous-traitant", or its gap. */
const roleText = (role: RecipientEntry['role'], w: Words): string =>
  isNotStated(role) ? gapText(role, w) : keyWord(w, 'role.', role);

export function controllerSheet(record: ProcessingRecord, w: Words = ENGLISH): Sheet {
  const { t } = w;
  const rows: (string | number)[][] = [
    [t['field.asOf'], w.date(record.as_of)],
    ...(record.revision ? [[t['field.revision'], record.revision]] : []),
    ...(isNotStated(record.controller)
      ? [[t['field.controller'], gapText(record.controller, w)]]
      : controllerRows(record.controller, w)),
  ];
  if (record.processor) {
    const clients = record.processor.clients;
    rows.push([
      t['field.onBehalf'],
      statedText(
        clients,
        (list) =>
          list
            .map(
              (c) =>
                `${contactText({ name: c.name, email: c.contact })}: ${statedText(c.categories_of_processing, (x) => x.join(', '), w)}`,
            )
            .join('; '),
        w,
      ),
    ]);
  }
  return {
    name: t['sheet.controller'],
    columns: columnsOf(w, [
      ['field.field', 30],
      ['field.value', 90],
    ]),
    rows,
  };
}

export function retentionSheet(schedule: readonly RetentionRow[], w: Words = ENGLISH): Sheet {
  return {
    name: w.t['sheet.retention'],
    columns: columnsOf(w, [
      ['ret.category', 24],
      ['ret.subjects', 24],
      ['ret.purposes', 36],
      ['ret.limit', 16],
      ['ret.from', 20],
      ['ret.minimum', 14],
      ['ret.criteria', 40],
      ['ret.end', 12],
      ['ret.legalReference', 30],
      ['ret.gap', 24],
    ]),
    rows: mapped(schedule, (row) => retentionRow(row, w)),
  };
}

function retentionRow(row: RetentionRow, w: Words): string[] {
  const notStated = w.t['gap.notStated'];
  return [
    row.category.name,
    names(row.subjects),
    names(row.purposes),
    row.missing ? notStated : limitText(row, w),
    row.from === undefined ? '' : isNotStated(row.from) ? notStated : triggerText(row.from, w),
    row.minimum === undefined ? '' : minimumText(row.minimum, w),
    row.criteria ?? '',
    row.then === undefined ? '' : endText(row.then, w),
    row.legal_reference ?? '',
    gapColumn(row, w),
  ];
}

/** The rule that flags the row's gap, as lint reports it ("retention-missing", "..., waived: reason"). */
function gapColumn(row: RetentionRow, w: Words): string {
  const gap = [row.missing, row.unbounded, row.from && isNotStated(row.from) ? row.from : undefined].find(
    (g) => g?.rule,
  );
  return gap ? ruleMark(gap, w).slice(2, -1) : '';
}

/**
 * The Activities and Recipients sheets from one pass through the activities: the Recipients sheet is
 * gathered as the Activities sheet's rows are read, so that a workbook makes each activity once without
 * holding them all (a record of 30,000 categories is some 100 MB of activities). A Recipients sheet read
 * before the Activities sheet has been read through goes through the activities itself.
 */
export function activitiesAndRecipientsSheets(record: ProcessingRecord, w: Words = ENGLISH): [Sheet, Sheet] {
  let tally: RecipientTally | undefined;
  const activities: Activities = {
    names: record.activities.names,
    *[Symbol.iterator]() {
      const passing = new RecipientTally();
      for (const activity of record.activities) {
        passing.add(activity);
        yield activity;
      }
      tally = passing;
    },
    toJSON: () => record.activities.toJSON(),
  };
  const recipients = {
    ...RECIPIENTS_SHEET(w),
    rows: { [Symbol.iterator]: () => (tally ?? tallyOf(record.activities)).rows(w)[Symbol.iterator]() },
  };
  return [activitiesSheet({ ...record, activities }, w), recipients];
}

const RECIPIENTS_SHEET = (w: Words): Omit<Sheet, 'rows'> => ({
  name: w.t['sheet.recipients'],
  columns: columnsOf(w, [
    ['rcp.recipient', 24],
    ['rcp.role', 16],
    ['rcp.countries', 16],
    ['rcp.contract', 30],
    ['rcp.transfers', 50],
    ['rcp.activities', 50],
    ['rcp.categories', 40],
  ]),
});

function tallyOf(activities: Iterable<Activity>): RecipientTally {
  const tally = new RecipientTally();
  for (const activity of activities) tally.add(activity);
  return tally;
}

/** Each recipient of the activities added, with the activities and categories it serves and its transfers. */
class RecipientTally {
  readonly #seen = new Map<
    string,
    { entry: RecipientEntry; activities: string[]; categories: Set<string> }
  >();
  readonly #transfers = new Map<string, Transfer[]>();

  add(activity: Activity): void {
    for (const r of activity.recipients) {
      const row = this.#seen.get(r.id) ?? { entry: r, activities: [], categories: new Set<string>() };
      row.activities.push(activity.name);
      for (const x of r.receives) row.categories.add(x.category.name);
      this.#seen.set(r.id, row);
    }
    for (const t of activity.transfers) {
      const list = this.#transfers.get(t.recipient.id) ?? [];
      if (!list.some((x) => x.country.code === t.country.code)) list.push(t);
      this.#transfers.set(t.recipient.id, list);
    }
  }

  /** The Recipients sheet's rows, one per recipient. */
  rows(w: Words): string[][] {
    return [...this.#seen.values()].map(({ entry, activities, categories }) => [
      entry.name,
      roleText(entry.role, w),
      statedText(entry.countries, (list) => list.map((c) => c.code).join(', '), w),
      entry.contract === undefined ? '' : plain(entry.contract, w),
      (this.#transfers.get(entry.id) ?? []).map((x) => transferText(x, w)).join('; '),
      activities.join('; '),
      [...categories].join(', '),
    ]);
  }
}

/** Every finding, its file shown as `ropa lint` shows it (relative to the working folder). */
export function findingsSheet(record: ProcessingRecord, context: RenderContext): Sheet {
  const w = wordsOf(context);
  return {
    name: w.t['sheet.findings'],
    columns: columnsOf(w, [
      ['col.rule', 30],
      ['col.severity', 10],
      ['col.file', 30],
      ['col.line', 6],
      ['col.column', 8],
      ['col.message', 80],
      ['col.waived', 8],
    ]),
    rows: record.findings.diagnostics.map((d) => [
      d.rule,
      keyWord(w, 'severity.', d.severity),
      displayPath(context, d.file),
      d.line,
      d.column,
      d.message,
      d.waived ? w.t['value.yes'] : '',
    ]),
  };
}
