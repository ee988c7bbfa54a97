// CISO Assistant's processing workbook: a Processing sheet (one row per processing, ropa's purpose) and
// sheets of its parts, each row naming its processing: Purposes, Personal data (ropa's categories), Data
// subjects, Data recipients, Contractors, Transfers. Columns are the fields of its privacy models.
import type { Category, Purpose, Recipient, RecipientRole } from '../../inventory/model.js';
import mechanisms from '../../reference/transfer-mechanisms.json' with { type: 'json' };
import { addTo, keepAsNotes, type DraftBuilder } from '../draft-builder.js';
import type { LossReport, Place } from '../loss.js';
import { countryFrom, lawfulBasisFrom, mechanismFrom, normalise, retentionFrom } from '../words.js';
import type { Table } from './table.js';

type Draft<T> = Omit<T, 'loc'>;
type Cell = (column: string) => string;
type At = (column: string) => Place;

export const CISO_SHEETS = [
  'processing',
  'purposes',
  'personal data',
  'data subjects',
  'data recipients',
  'contractors',
  'transfers',
] as const;
type Sheet = (typeof CISO_SHEETS)[number];

/** The sheet a table is in the workbook, by its name ("Processings" and "Data subjects" alike). */
export function cisoSheetOf(name: string): Sheet | undefined {
  const words = normalise(name).replace(/s$/, '');
  return CISO_SHEETS.find((sheet) => sheet.replace(/s$/, '') === words);
}

/** A workbook is CISO Assistant's when it has a Processing sheet and at least one of its part sheets. */
export function isCisoWorkbook(tables: readonly Table[]): boolean {
  const sheets = new Set(tables.map((t) => cisoSheetOf(t.name)));
  return sheets.has('processing') && [...sheets].some((s) => s !== undefined && s !== 'processing');
}

const ROLES: Record<string, RecipientRole> = {
  internal_team: 'internal',
  employee: 'internal',
  subsidiary: 'controller',
  parent_company: 'controller',
  affiliated_entity: 'controller',
  service_provider: 'processor',
  data_processor: 'processor',
  cloud_provider: 'processor',
  it_provider: 'processor',
  marketing_agency: 'processor',
  payment_processor: 'processor',
  analytics_provider: 'processor',
  sub_processor: 'sub-processor',
  joint_controller: 'joint-controller',
  independent_controller: 'controller',
  regulatory_authority: 'authority',
  tax_authority: 'authority',
  law_enforcement: 'authority',
  government_entity: 'authority',
  court: 'authority',
  public: 'public',
};

const SPECIAL: Record<string, string> = {
  health_data: 'health',
  genetic_data: 'genetic',
  biometric_data: 'biometric',
  racial_ethnic_origin: 'racial-ethnic-origin',
  political_opinions: 'political-opinions',
  religious_beliefs: 'religious-beliefs',
  trade_union_membership: 'trade-union',
  sexual_orientation: 'sex-life-orientation',
  sex_life_data: 'sex-life-orientation',
};

const THEN: Record<string, 'delete' | 'anonymise'> = {
  automatic_deletion: 'delete',
  anonymization: 'anonymise',
};

/** "privacy_data_processor" -> "data_processor"; a label ("Data Processor") -> "data_processor". */
const choice = (text: string): string => normalise(text.replace(/^privacy_/, '')).replace(/ /g, '_');

export function importCiso(
  tables: readonly Table[],
  builder: DraftBuilder,
  report: LossReport,
  file: string,
): void {
  const processings = new Map<
    string,
    {
      purpose: Draft<Purpose>;
      categories: Draft<Category>[];
      parties: Draft<Recipient>[];
      subjects: string[];
    }
  >();
  const bySheet = (sheet: Sheet) => tables.filter((t) => cisoSheetOf(t.name) === sheet);
  const rowsOf = (sheet: Sheet, each: (cell: Cell, at: At) => void) => {
    for (const table of bySheet(sheet)) {
      const headings = (table.rows[0] ?? []).map((h) => normalise(h).replace(/ /g, '_'));
      table.rows.slice(1).forEach((cells, i) => {
        if (cells.every((c) => c === '')) return;
        const cell = (column: string) => cells[headings.indexOf(column)] ?? '';
        const at = (column: string) => ({
          file,
          sheet: table.name,
          row: i + 2,
          column: table.rows[0]![headings.indexOf(column)] ?? column,
        });
        each(cell, at);
      });
    }
  };
  rowsOf('processing', (cell, at) => {
    const name = cell('name');
    if (name === '')
      return report.add(
        at('name'),
        'error',
        '(empty)',
        undefined,
        'a processing needs a name: the row is left out',
      );
    const purpose = builder.entity(
      'purpose',
      name,
      cell('ref_id') ? normalise(cell('ref_id')).replace(/ /g, '-') : undefined,
    );
    processings.set(normalise(name), { purpose, categories: [], parties: [], subjects: [] });
    if (cell('ref_id')) processings.set(normalise(cell('ref_id')), processings.get(normalise(name))!);
    report.add(at('name'), 'became', name, `purpose ${purpose.id}`);
    if (cell('description')) purpose.description = cell('description');
    const basis = cell('legal_basis');
    if (basis) {
      const key = lawfulBasisFrom(choice(basis).replace(/_/g, ' '));
      if (key) {
        purpose.lawful_basis = key;
        report.add(at('legal_basis'), 'became', basis, `purpose ${purpose.id} lawful_basis ${key}`);
      } else {
        keepAsNotes(
          builder,
          report,
          at('legal_basis'),
          purpose,
          'purpose',
          ['legal_basis', basis],
          'not one Art 6(1) basis',
        );
      }
    }
    const dpia = cell('dpia_required');
    if (dpia) {
      purpose.dpia = {
        required: /^(true|yes|1)$/i.test(dpia),
        ...(cell('dpia_reference') ? { reference: cell('dpia_reference') } : {}),
      };
      report.add(at('dpia_required'), 'became', dpia, `purpose ${purpose.id} dpia`);
    }
    for (const column of [
      'status',
      'processing_nature',
      'assigned_to',
      'labels',
      'domain',
      'information_channel',
      'usage_channel',
    ])
      if (cell(column)) {
        keepAsNotes(
          builder,
          report,
          at(column),
          purpose,
          'purpose',
          [column, cell(column)],
          'the record has no such field',
        );
      }
  });
  const parent = (cell: Cell, at: At) => {
    const found = processings.get(normalise(cell('processing')));
    if (!found)
      report.add(
        at('processing'),
        'error',
        cell('processing') || '(empty)',
        undefined,
        'names no processing of the Processing sheet: the row is left out',
      );
    return found;
  };
  rowsOf('purposes', (cell, at) => {
    const p = parent(cell, at);
    if (!p || !cell('name')) return;
    const line = cell('description') ? `${cell('name')}: ${cell('description')}` : cell('name');
    p.purpose.description = p.purpose.description ? `${p.purpose.description}\n${line}` : line;
    report.add(at('name'), 'became', cell('name'), `purpose ${p.purpose.id} description`);
  });
  rowsOf('personal data', (cell, at) => {
    const p = parent(cell, at);
    if (!p) return;
    const name = cell('name') || cell('category');
    if (!name)
      return report.add(
        at('name'),
        'error',
        '(empty)',
        undefined,
        'personal data needs a name or a category',
      );
    const category = builder.entity('category', name);
    addTo(category as unknown as Record<string, unknown>, 'purposes', p.purpose.id);
    p.categories.push(category);
    report.add(at('name'), 'became', name, `category ${category.id}`);
    const kind = choice(cell('category'));
    if (kind)
      addTo(
        category as unknown as Record<string, unknown>,
        'data',
        cell('category')
          .replace(/^privacy_/, '')
          .replace(/_/g, ' '),
      );
    if (SPECIAL[kind]) addTo(category as unknown as Record<string, unknown>, 'special', SPECIAL[kind]);
    if (kind === 'criminal_records') category.criminal = true;
    const retention = cell('retention');
    const rule = retention ? retentionFrom(retention) : undefined;
    const then = THEN[choice(cell('deletion_policy'))];
    if (rule) {
      category.retention = [{ ...rule, ...(then ? { then } : {}) }];
      report.add(at('retention'), 'became', retention, `category ${category.id} retention`);
    } else if (retention) {
      keepAsNotes(
        builder,
        report,
        at('retention'),
        category,
        'category',
        ['retention', retention],
        'not a period ropa reads without guessing',
      );
    }
    if (cell('deletion_policy') && !(rule && then)) {
      keepAsNotes(
        builder,
        report,
        at('deletion_policy'),
        category,
        'category',
        ['deletion_policy', cell('deletion_policy')],
        'no period to attach it to, or not delete or anonymise',
      );
    }
  });
  rowsOf('data subjects', (cell, at) => {
    const p = parent(cell, at);
    const name =
      cell('name') ||
      cell('category')
        .replace(/^privacy_/, '')
        .replace(/_/g, ' ');
    if (!p || !name) return;
    const subject = builder.entity('subject', name);
    if (cell('description')) subject.description = cell('description');
    p.subjects.push(subject.id);
    report.add(at('name'), 'became', name, `subject ${subject.id}`);
  });
  const party = (sheet: 'data recipients' | 'contractors', roleColumn: string) =>
    rowsOf(sheet, (cell, at) => {
      const p = parent(cell, at);
      if (!p || !cell('name')) return;
      const recipient = builder.entity('recipient', cell('name'));
      const role = ROLES[choice(cell(roleColumn))];
      if (role) recipient.role = role;
      else if (cell(roleColumn)) builder.note(recipient, `${roleColumn}: ${cell(roleColumn)}`);
      const country = cell('country') ? countryFrom(cell('country')) : undefined;
      if (country) recipient.country = country;
      if (cell('documentation_link')) recipient.contract = cell('documentation_link');
      p.parties.push(recipient);
      report.add(at('name'), 'became', cell('name'), `recipient ${recipient.id}${role ? ` (${role})` : ''}`);
    });
  party('data recipients', 'category');
  party('contractors', 'relationship_type');
  rowsOf('transfers', (cell, at) => {
    const p = parent(cell, at);
    if (!p) return;
    const country = countryFrom(cell('country'));
    if (!cell('name') || !country)
      return report.add(
        at(cell('name') ? 'country' : 'name'),
        'error',
        cell('country') || '(empty)',
        undefined,
        "a transfer needs the recipient's name and an ISO country",
      );
    const recipient = builder.entity('recipient', cell('name'));
    if (recipient.country === undefined) recipient.country = country;
    else if (recipient.country !== country) recipient.countries = [...(recipient.countries ?? []), country];
    const basis = choice(cell('legal_basis'));
    const mechanism =
      basis === 'data_transfer_adequacy'
        ? 'adequacy'
        : basis === 'data_transfer_binding_rules'
          ? 'bcr'
          : mechanismFrom(cell('guarantees'), Object.keys(mechanisms.mechanisms));
    if (mechanism)
      recipient.transfer = {
        mechanism,
        ...(cell('documentation_link') ? { reference: cell('documentation_link') } : {}),
      };
    else if (cell('legal_basis') || cell('guarantees'))
      builder.note(
        recipient,
        `transfer: ${[cell('legal_basis'), cell('guarantees')].filter(Boolean).join(', ')}`,
      );
    if (!p.parties.includes(recipient)) p.parties.push(recipient);
    report.add(
      at('country'),
      'became',
      cell('country'),
      `recipient ${recipient.id} country ${country}${mechanism ? `, transfer ${mechanism}` : ''}`,
    );
  });
  for (const p of new Set(processings.values())) {
    for (const category of p.categories) {
      for (const s of p.subjects) addTo(category as unknown as Record<string, unknown>, 'subjects', s);
      for (const r of p.parties) addTo(category as unknown as Record<string, unknown>, 'recipients', r.id);
    }
  }
}
