// The record as tables: the sheets of the xlsx workbook, and the rows of the csv export.
import { joinPhrases } from '../../views/phrases.js';
import { limitText, minimumText, retentionText, triggerText } from '../../views/retention-wording.js';
import { displayPath, type RenderContext } from '../context.js';
import type {
  CategoryEntry,
  Disclosed,
  ProcessingRecord,
  RecipientEntry,
  RetentionEntry,
  Transfer,
} from '../../views/record.js';
import { cached } from '../../views/cached.js';
import type { RetentionRow } from '../../views/retention.js';
import { isNotRequired, isNotStated, ruleMark } from '../../views/stated.js';
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
  termText,
  transferText,
  dataText,
  contactText,
} from './describe.js';

export interface Column {
  readonly header: string;
  /** Width in characters, for spreadsheets. */
  readonly width: number;
}

export interface Sheet {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const col = (header: string, width = 24): Column => ({ header, width });

/**
 * One row per activity x category, columns in the order of the ICO controller record template (business
 * function, purpose, joint controller, individuals, data, recipients, contracts, countries, safeguards,
 * retention, security, then lawful basis and the optional columns).
 */
export function activitiesSheet(record: ProcessingRecord): Sheet {
  const columns = [
    col('Activity id', 18),
    col('Business function', 18),
    col('Purpose of processing', 30),
    col('Description', 40),
    col('Joint controllers', 24),
    col('Categories of individuals', 24),
    col('Data category', 24),
    col('Categories of personal data', 40),
    col('Special category or criminal offence data', 24),
    col('Categories of recipients', 36),
    col('Link to contract with processor', 30),
    col('Third countries', 20),
    col('Safeguards for transfers', 40),
    col('Retention schedule', 40),
    col('Security measures', 50),
    col('Article 6 lawful basis', 24),
    col('Article 9 condition', 24),
    col('Legitimate interests', 30),
    col('Legitimate interests assessment', 24),
    col('Legal reference', 24),
    col('Rights available to individuals', 36),
    col('Automated decision-making', 24),
    col('Source of the personal data', 36),
    col('Consent record', 24),
    col('Location of personal data', 30),
    col('DPIA required', 14),
    col('DPIA progress', 14),
    col('Link to DPIA', 24),
    col('Last reviewed', 12),
    col('Record as of', 12),
  ];
  const rows: string[][] = [];
  // A category's own cells read the same under every purpose it serves: worked out once per category
  const categoryCells = cached(cellsOf, (category: CategoryEntry) => category.id);
  // and the record shares its retention rules and transfers between the activities that list them
  const ruleCell = cached((r: RetentionEntry) => `${names(r.subjects)}: ${retentionText(r)}`);
  const transferCell = cached(transferText);
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
    const owner = plain(activity.owner);
    const reviewed = plain(activity.reviewed);
    const jointControllers = activity.joint_controllers.map((j) => j.recipient.name).join(', ');
    const lawfulBasis = statedText(activity.lawful_basis, termText);
    const condition = activity.special_condition ? statedText(activity.special_condition, termText) : '';
    const interest = activity.legitimate_interest ? plain(activity.legitimate_interest) : '';
    const lia = activity.lia ? plain(activity.lia) : '';
    const legalReference = activity.legal_reference ? plain(activity.legal_reference) : '';
    const rights = rightsText(activity);
    const automated = automatedText(activity);
    const consent = activity.consent ? plain(activity.consent.record) : '';
    const dpiaRequired = dpia
      ? dpia.required === undefined
        ? ''
        : dpia.required
          ? 'yes'
          : 'no'
      : statedText(activity.dpia, () => '');
    for (const category of categories) {
      const recipients = category ? (receivers.get(category.id) ?? []) : [];
      const transfers = recipients.flatMap((r) => transfersTo.get(r.id) ?? []);
      const own = category ? categoryCells(category) : NO_CATEGORY;
      rows.push([
        activity.id,
        owner,
        activity.name,
        activity.description ?? '',
        jointControllers,
        own.subjects,
        category ? category.name : gapText(activity.categories as { not_stated: true; rule?: string }),
        own.data,
        own.special,
        category
          ? statedText(category.recipients, (list) =>
              list.length > 0
                ? list.map((d) => recipientCell(d, recipients)).join(', ')
                : 'none outside the controller',
            )
          : '',
        recipients
          .filter((r) => r.contract !== undefined)
          .map((r) => `${r.name}: ${plain(r.contract!)}`)
          .join('; '),
        [...new Set(transfers.map((t) => t.country.code))].join(', '),
        transfers.map(transferCell).join('; '),
        category ? statedText(category.retention, (list) => joinPhrases(list.map(ruleCell), '; ')) : '',
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
        dpia?.status ?? '',
        dpia?.reference ?? '',
        reviewed,
        record.as_of,
      ]);
    }
  }
  return { name: 'Activities', columns, rows };
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

function cellsOf(category: CategoryEntry): CategoryCells {
  return {
    subjects: statedText(category.subjects, names),
    data: dataText(category),
    special: [
      ...category.special.map(termText),
      ...(category.criminal ? ['criminal offence data (Art 10)'] : []),
    ].join(', '),
    security: statedText(category.security_measures, (m) => securityText(m, 'inline')),
    sources: sourcesText(category),
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
function recipientCell(disclosed: Disclosed, entries: readonly RecipientEntry[]): string {
  const entry = entries.find((r) => r.id === disclosed.id);
  const role = entry === undefined ? undefined : isNotStated(entry.role) ? gapText(entry.role) : entry.role;
  const items = disclosed.data?.join(', ');
  const details = role && items ? `${role}: ${items}` : (role ?? items);
  return details ? `${disclosed.name} (${details})` : disclosed.name;
}

export function controllerSheet(record: ProcessingRecord): Sheet {
  const rows: (string | number)[][] = [
    ['Record as of', record.as_of],
    ...(record.revision ? [['Inventory revision (git commit)', record.revision]] : []),
    ...(isNotStated(record.controller)
      ? [['Controller', gapText(record.controller)]]
      : controllerRows(record.controller)),
  ];
  if (record.processor) {
    const clients = record.processor.clients;
    rows.push([
      'Processing on behalf of (Art 30(2))',
      statedText(clients, (list) =>
        list
          .map(
            (c) =>
              `${contactText({ name: c.name, email: c.contact })}: ${statedText(c.categories_of_processing, (x) => x.join(', '))}`,
          )
          .join('; '),
      ),
    ]);
  }
  return { name: 'Controller', columns: [col('Field', 30), col('Value', 90)], rows };
}

export function retentionSheet(schedule: readonly RetentionRow[]): Sheet {
  return {
    name: 'Retention',
    columns: [
      col('Data category', 24),
      col('Data subjects', 24),
      col('Purposes', 36),
      col('Limit', 16),
      col('Runs from', 20),
      col('Minimum', 14),
      col('Criteria', 40),
      col('At the end', 12),
      col('Legal reference', 30),
      col('Gap', 24),
    ],
    rows: schedule.map((row) => [
      row.category.name,
      names(row.subjects),
      names(row.purposes),
      row.missing ? 'not stated' : limitText(row),
      row.from === undefined ? '' : isNotStated(row.from) ? 'not stated' : triggerText(row.from),
      row.minimum === undefined ? '' : minimumText(row.minimum),
      row.criteria ?? '',
      row.then ?? '',
      row.legal_reference ?? '',
      gapColumn(row),
    ]),
  };
}

/** The rule that flags the row's gap, as lint reports it ("retention-missing", "..., waived: reason"). */
function gapColumn(row: RetentionRow): string {
  const gap = [row.missing, row.unbounded, row.from && isNotStated(row.from) ? row.from : undefined].find(
    (g) => g?.rule,
  );
  return gap ? ruleMark(gap).slice(2, -1) : '';
}

export function recipientsSheet(record: ProcessingRecord): Sheet {
  const seen = new Map<string, { entry: RecipientEntry; activities: string[]; categories: Set<string> }>();
  const transfers = new Map<string, Transfer[]>();
  for (const activity of record.activities) {
    for (const r of activity.recipients) {
      const row = seen.get(r.id) ?? { entry: r, activities: [], categories: new Set<string>() };
      row.activities.push(activity.name);
      for (const x of r.receives) row.categories.add(x.category.name);
      seen.set(r.id, row);
    }
    for (const t of activity.transfers) {
      const list = transfers.get(t.recipient.id) ?? [];
      if (!list.some((x) => x.country.code === t.country.code)) list.push(t);
      transfers.set(t.recipient.id, list);
    }
  }
  return {
    name: 'Recipients and transfers',
    columns: [
      col('Recipient', 24),
      col('Role', 16),
      col('Countries', 16),
      col('Contract', 30),
      col('Transfers outside the EEA', 50),
      col('Activities', 50),
      col('Data categories', 40),
    ],
    rows: [...seen.values()].map(({ entry, activities, categories }) => [
      entry.name,
      isNotStated(entry.role) ? gapText(entry.role) : entry.role,
      statedText(entry.countries, (list) => list.map((c) => c.code).join(', ')),
      entry.contract === undefined ? '' : plain(entry.contract),
      (transfers.get(entry.id) ?? []).map(transferText).join('; '),
      activities.join('; '),
      [...categories].join(', '),
    ]),
  };
}

/** Every finding, its file shown as `ropa lint` shows it (relative to the working folder). */
export function findingsSheet(record: ProcessingRecord, context: RenderContext): Sheet {
  return {
    name: 'Findings',
    columns: [
      col('Rule', 30),
      col('Severity', 10),
      col('File', 30),
      col('Line', 6),
      col('Column', 8),
      col('Message', 80),
      col('Waived', 8),
    ],
    rows: record.findings.diagnostics.map((d) => [
      d.rule,
      d.severity,
      displayPath(context, d.file),
      d.line,
      d.column,
      d.message,
      d.waived ? 'yes' : '',
    ]),
  };
}
