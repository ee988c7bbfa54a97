// `ropa import spreadsheet`: tables into an inventory draft with its loss report. A CISO Assistant
// workbook is read by its sheets; any other sheet by its headings: activity rows (ICO, CNIL or mapped
// headings), the controller sheet and the recipients sheet of ropa's own workbook.
import type { Organization } from '../../inventory/model.js';
import type { InventoryDraft } from '../../inventory/write.js';
import { DraftBuilder } from '../draft-builder.js';
import { LossReport } from '../loss.js';
import { countryFrom, isUnstated, normalise, roleFrom } from '../words.js';
import { ActivityImport } from './activities.js';
import { importCiso, isCisoWorkbook } from './ciso.js';
import { fieldOf, templateOf, type Field } from './headings.js';
import type { Table } from './table.js';

/** The fewest recognised headings that make a row the header of an activity sheet. */
const MIN_HEADINGS = 3;

export interface SpreadsheetInput {
  readonly file: string;
  readonly tables: readonly Table[];
}

export function importSpreadsheets(
  inputs: readonly SpreadsheetInput[],
  map: ReadonlyMap<string, Field> = new Map(),
): { draft: InventoryDraft; report: LossReport } {
  const report = new LossReport('import', 'spreadsheet');
  const builder = new DraftBuilder();
  for (const { file, tables } of inputs) {
    const rows = new ActivityImport(builder, report, file);
    if (isCisoWorkbook(tables)) {
      importCiso(tables, builder, report, file);
      report.add({ file }, 'became', 'CISO Assistant processing workbook', `${tables.length} sheets read`);
      continue;
    }
    for (const table of tables) readTable(table, file, map, builder, report, rows);
    rows.finish();
  }
  return { draft: builder.finish(), report };
}

function readTable(
  table: Table,
  file: string,
  map: ReadonlyMap<string, Field>,
  builder: DraftBuilder,
  report: LossReport,
  rows: ActivityImport,
): void {
  const dropSheet = (reason: string) =>
    report.add({ file, sheet: table.name }, 'dropped', `sheet ${table.name}`, undefined, reason);
  // ropa's own workbook: these sheets are worked out again from the activities and the inventory
  if (normalise(table.name) === 'retention' || normalise(table.name) === 'findings')
    return dropSheet('ropa works this out from the activities and the inventory');
  const header = headerRow(table, map);
  if (header === undefined) {
    if (isFieldValueSheet(table)) return controllerSheet(table, file, builder, report);
    if (isRecipientsSheet(table)) return recipientsSheet(table, file, builder, report);
    if (table.rows.some((r) => r.some((c) => c !== '')))
      dropSheet('no row of headings ropa recognises (use --map FILE)');
    return;
  }
  const headings = table.rows[header]!;
  const fields = headings.map((h) => fieldOf(h, map));
  const recognised = headings.filter((h, i) => h !== '' && fields[i] !== undefined);
  const fieldHeadings = new Map<Field, string>();
  fields.forEach((field, i) => {
    if (field !== undefined && !fieldHeadings.has(field)) fieldHeadings.set(field, headings[i]!);
  });
  report.add(
    { file, sheet: table.name, row: header + 1 },
    'became',
    `${recognised.length} of ${headings.filter(Boolean).length} headings (${templateOf(recognised)})`,
    'activity rows',
  );
  for (let r = header + 1; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    if (cells.every((c) => c === '')) continue;
    const byField = new Map<Field, { text: string; heading: string }>();
    const other: { heading: string; text: string }[] = [];
    cells.forEach((text, i) => {
      if (text === '') return;
      const field = fields[i];
      const heading = headings[i] || `column ${i + 1}`;
      if (text.startsWith('='))
        report.add(
          { file, sheet: table.name, row: r + 1, column: heading },
          'notes',
          text,
          undefined,
          'a formula: imported as its text, never evaluated',
        );
      // a heading ropa does not read, a notes column, or a second column of the same field: notes
      if (field === undefined || field === 'notes' || byField.has(field)) other.push({ heading, text });
      else byField.set(field, { text, heading });
    });
    rows.row({ sheet: table.name, row: r + 1, cells: byField, headings: fieldHeadings, other });
  }
}

/** The index of the first row among the first ten with enough recognised headings, one of them the activity. */
function headerRow(table: Table, map: ReadonlyMap<string, Field>): number | undefined {
  for (let r = 0; r < Math.min(10, table.rows.length); r++) {
    const fields = table.rows[r]!.map((h) => fieldOf(h, map)).filter((f) => f !== undefined);
    if (fields.length >= MIN_HEADINGS && (fields.includes('purpose') || fields.includes('description')))
      return r;
  }
  return undefined;
}

const isFieldValueSheet = (table: Table): boolean =>
  normalise(table.rows[0]?.[0] ?? '') === 'field' && normalise(table.rows[0]?.[1] ?? '') === 'value';

const isRecipientsSheet = (table: Table): boolean => {
  const headings = (table.rows[0] ?? []).map(normalise);
  return headings[0] === 'recipient' && headings.includes('role') && headings.includes('countries');
};

/** ropa's Controller sheet: "Field | Value" rows into the organization. */
function controllerSheet(table: Table, file: string, builder: DraftBuilder, report: LossReport): void {
  const organization: Omit<Organization, 'loc'> = { name: '' };
  table.rows.slice(1).forEach(([field = '', value = ''], i) => {
    const at = { file, sheet: table.name, row: i + 2, column: 'Value' };
    if (isUnstated(value)) return;
    const set = (to: string, apply: () => void) => {
      apply();
      report.add(at, 'became', value, `organization ${to}`);
    };
    switch (normalise(field)) {
      case 'name': {
        const legal = /^(.*?) \((.*)\)$/.exec(value);
        return set('name', () => {
          organization.name = legal ? legal[1]! : value;
          if (legal) organization.legal_name = legal[2]!;
        });
      }
      case 'role':
        if (value === 'controller' || value === 'processor' || value === 'both')
          return set('role', () => (organization.role = value));
        break;
      case 'country': {
        const code = countryFrom(value);
        if (code) return set('country', () => (organization.country = code));
        break;
      }
      case 'address':
        return set('address', () => (organization.address = value));
      case 'e mail':
        return set('email', () => (organization.email = value));
      case 'telephone':
        return set('phone', () => (organization.phone = value));
      case 'website':
        return set('website', () => (organization.website = value));
      case 'exercise of rights':
        return set('rights_contact', () => (organization.rights_contact = value));
      case 'security measures':
        if (value !== 'none stated')
          return set('security_measures', () => (organization.security_measures = value.split(/;\s*/)));
        return;
      case 'data protection officer': {
        const reason = /^not appointed(?:: (.*))?$/s.exec(value);
        if (reason)
          return set(
            'dpo',
            () => (organization.dpo = { appointed: false, ...(reason[1] ? { reason: reason[1] } : {}) }),
          );
        break;
      }
    }
    organization.notes = [organization.notes, `${field}: ${value}`].filter(Boolean).join('\n');
    report.add(at, 'notes', value, 'organization notes', `${field}: not read as a field without guessing`);
  });
  if (organization.name === '') {
    report.add(
      { file, sheet: table.name },
      'error',
      `sheet ${table.name}`,
      undefined,
      'no Name row: the organization is left out',
    );
    return;
  }
  builder.draft.organization = organization;
}

/** ropa's "Recipients and transfers" sheet: each recipient's role, countries and contract. */
function recipientsSheet(table: Table, file: string, builder: DraftBuilder, report: LossReport): void {
  const headings = table.rows[0]!.map(normalise);
  const column = (name: string) => headings.indexOf(name);
  table.rows.slice(1).forEach((cells, i) => {
    const name = cells[0] ?? '';
    if (name === '') return;
    const at = (c: number) => ({ file, sheet: table.name, row: i + 2, column: table.rows[0]![c] });
    const recipient = builder.entity('recipient', name);
    const role = roleFrom(cells[column('role')] ?? '');
    if (role) recipient.role = role;
    for (const entry of (cells[column('countries')] ?? '').split(/,\s*/)) {
      const code = isUnstated(entry) ? undefined : countryFrom(entry);
      if (code === undefined) continue;
      if (recipient.country === undefined) recipient.country = code;
      else if (recipient.country !== code && !recipient.countries?.includes(code))
        recipient.countries = [...(recipient.countries ?? []), code];
    }
    const contract = cells[column('contract')] ?? '';
    if (contract !== '' && !isUnstated(contract)) recipient.contract = contract;
    report.add(at(0), 'became', name, `recipient ${recipient.id}`);
  });
}
