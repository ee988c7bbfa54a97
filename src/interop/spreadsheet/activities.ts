// Rows of activities (one per processing activity, or per activity x data category) into the draft:
// each recognised cell becomes a field where its text reads without guessing, else the entity's notes.
import type { Category, Purpose, Recipient, RetentionRule, TransferTool } from '../../inventory/model.js';
import art9 from '../../reference/art9-conditions.json' with { type: 'json' };
import mechanisms from '../../reference/transfer-mechanisms.json' with { type: 'json' };
import specialCategories from '../../reference/special-categories.json' with { type: 'json' };
import { addTo, keepAsNotes, type DraftBuilder } from '../draft-builder.js';
import type { LossReport, Place } from '../loss.js';
import {
  countryFrom,
  isUnstated,
  lawfulBasisFrom,
  mechanismFrom,
  normalise,
  retentionFrom,
  roleFrom,
  splitList,
} from '../words.js';
import type { Field } from './headings.js';

type Draft<T> = Omit<T, 'loc'>;

/** A data row: its cells by field, and where each came from (for the loss report). */
export interface ActivityRow {
  readonly sheet: string;
  readonly row: number;
  readonly cells: ReadonlyMap<Field, { text: string; heading: string }>;
  /** The heading of each field's column in the sheet, whether or not this row has a value under it. */
  readonly headings: ReadonlyMap<Field, string>;
  /** Cells under headings that name no field: kept as the activity's notes. */
  readonly other: readonly { heading: string; text: string }[];
}

const MECHANISM_KEYS = Object.keys(mechanisms.mechanisms);
const ART9_KEYS = Object.keys(art9.conditions);
const SPECIAL_KEYS = Object.keys(specialCategories.categories);

/** Retention rules seen per category, with the activities each came under, merged at the end. */
type RetentionSeen = Map<Draft<Category>, Map<string, { rule: RetentionRule; purposes: Set<string> }>>;

export class ActivityImport {
  private readonly retention: RetentionSeen = new Map();
  private readonly purposesOf = new Map<Draft<Category>, Set<string>>();
  /** Each category's recipients, with the items they receive and the activities they were listed under. */
  /** Each recipient's transfer tools by country ('' where the row names none), made `transfer` at the end. */
  private readonly tools = new Map<Draft<Recipient>, Map<string, TransferTool>>();
  private readonly disclosed = new Map<
    Draft<Category>,
    Map<string, { data?: string[]; purposes: Set<string> }>
  >();

  constructor(
    private readonly builder: DraftBuilder,
    private readonly report: LossReport,
    private readonly file: string,
  ) {}

  row(row: ActivityRow): void {
    const b = this.builder;
    const place = (field: Field): Place => ({
      file: this.file,
      sheet: row.sheet,
      row: row.row,
      column: row.headings.get(field) ?? field,
    });
    const text = (field: Field): string | undefined => {
      const cell = row.cells.get(field)?.text;
      return cell === undefined || isUnstated(cell) ? undefined : cell;
    };
    const became = (field: Field, to: string) => this.report.add(place(field), 'became', text(field)!, to);
    const asNotes = (field: Field, entity: { id: string }, kind: string, reason: string) =>
      this.partNotes(row, field, entity, kind, row.cells.get(field)!.text, reason);

    const name = text('purpose') ?? text('description') ?? text('activity_id');
    if (name === undefined) {
      this.report.add(
        place('purpose'),
        'error',
        '(empty)',
        undefined,
        'no purpose of processing: the row is left out',
      );
      return;
    }
    const purpose = b.entity('purpose', name, text('activity_id'));
    if (text('purpose') !== undefined) became('purpose', `purpose ${purpose.id}`);
    if (text('description') !== undefined && text('purpose') !== undefined) {
      purpose.description = text('description');
      became('description', `purpose ${purpose.id} description`);
    }
    this.purposeFields(purpose, text, became, asNotes);
    for (const other of row.other) {
      const at = { file: this.file, sheet: row.sheet, row: row.row, column: other.heading };
      keepAsNotes(
        b,
        this.report,
        at,
        purpose,
        'purpose',
        [other.heading, other.text],
        'a column ropa does not read',
      );
    }
    if (text('rights') !== undefined)
      this.report.add(
        place('rights'),
        'dropped',
        text('rights')!,
        undefined,
        'ropa derives the rights from the lawful basis',
      );

    const subjects = splitList(text('subjects') ?? '').map((n) => b.entity('subject', n));
    if (subjects.length > 0) became('subjects', `subjects ${subjects.map((s) => s.id).join(', ')}`);
    const categoryName = text('category') ?? (text('data') !== undefined ? `${name} data` : undefined);
    if (categoryName === undefined) {
      for (const field of [
        'recipients',
        'retention',
        'security',
        'systems',
        'sources',
        'special',
        'countries',
        'safeguards',
        'contracts',
      ] as const)
        if (text(field) !== undefined)
          asNotes(field, purpose, 'purpose', 'no data category in this row to attach it to');
      return;
    }
    const category = b.entity('category', categoryName);
    if (text('category') !== undefined) became('category', `category ${category.id}`);
    else
      this.report.add(
        place('data'),
        'became',
        categoryName,
        `category ${category.id}`,
        'no data category column: the category is named after the activity',
      );
    addTo(category as unknown as Record<string, unknown>, 'purposes', purpose.id);
    const purposes = this.purposesOf.get(category) ?? new Set<string>();
    purposes.add(purpose.id);
    this.purposesOf.set(category, purposes);
    for (const s of subjects) addTo(category as unknown as Record<string, unknown>, 'subjects', s.id);
    if (text('data') !== undefined) {
      for (const item of splitList(text('data')!))
        addTo(category as unknown as Record<string, unknown>, 'data', item);
      became('data', `category ${category.id} data`);
    }
    this.special(category, text('special'), became, asNotes);
    this.recipients(row, category, purpose, text, place);
    this.retentionCell(category, purpose, text('retention'), subjects, place('retention'), asNotes);
    if (text('security') !== undefined) {
      for (const m of splitList(text('security')!, ';'))
        addTo(category as unknown as Record<string, unknown>, 'security_measures', m);
      became('security', `category ${category.id} security_measures`);
    }
    if (text('sources') !== undefined) this.sources(category, text('sources')!, became, asNotes);
    if (text('systems') !== undefined) {
      for (const entry of splitList(text('systems')!)) {
        const match = /^(.*?)\s*\(([A-Z]{2})\)$/.exec(entry);
        const system = b.entity('system', match ? match[1]! : entry);
        if (match) system.country = match[2];
        addTo(category as unknown as Record<string, unknown>, 'systems', system.id);
      }
      became('systems', `category ${category.id} systems`);
    }
  }

  private tool(recipient: Draft<Recipient>, country: string | undefined, tool: TransferTool): void {
    const byCountry = this.tools.get(recipient) ?? new Map<string, TransferTool>();
    byCountry.set(country ?? '', tool);
    this.tools.set(recipient, byCountry);
  }

  /** Text of a row's cell (all of it, or one entry of a list) kept in an entity's notes. */
  private partNotes(
    row: ActivityRow,
    field: Field,
    entity: { id: string },
    kind: string,
    text: string,
    reason: string,
  ): void {
    const at = { file: this.file, sheet: row.sheet, row: row.row, column: row.headings.get(field) ?? field };
    keepAsNotes(
      this.builder,
      this.report,
      at,
      entity,
      kind,
      [row.headings.get(field) ?? field, text],
      reason,
    );
  }

  private purposeFields(
    purpose: Draft<Purpose>,
    text: (f: Field) => string | undefined,
    became: (f: Field, to: string) => void,
    asNotes: (f: Field, e: { id: string }, kind: string, reason: string) => void,
  ): void {
    const simple = (field: Field, set: (value: string) => void, to: string) => {
      const value = text(field);
      if (value === undefined) return;
      set(value);
      became(field, `purpose ${purpose.id} ${to}`);
    };
    simple('owner', (v) => (purpose.owner = v), 'owner');
    simple('legitimate_interest', (v) => (purpose.legitimate_interest = v), 'legitimate_interest');
    simple('lia', (v) => (purpose.lia = v), 'lia');
    simple('legal_reference', (v) => (purpose.legal_reference = v), 'legal_reference');
    simple('consent_record', (v) => (purpose.consent = { ...purpose.consent, record: v }), 'consent.record');
    simple('dpia_link', (v) => (purpose.dpia = { ...purpose.dpia, reference: v }), 'dpia.reference');
    const basis = text('lawful_basis');
    if (basis !== undefined) {
      const key = lawfulBasisFrom(basis);
      if (key && !(purpose.lawful_basis && purpose.lawful_basis !== key)) {
        purpose.lawful_basis = key;
        became('lawful_basis', `purpose ${purpose.id} lawful_basis ${key}`);
      } else
        asNotes('lawful_basis', purpose, 'purpose', 'not one Art 6(1) basis that reads without guessing');
    }
    const condition = text('art9_condition');
    if (condition !== undefined) {
      const key = condition.split(/[\s(]/)[0]!;
      if (ART9_KEYS.includes(key)) {
        purpose.special_condition = key;
        became('art9_condition', `purpose ${purpose.id} special_condition ${key}`);
      } else asNotes('art9_condition', purpose, 'purpose', 'not an Art 9(2) condition key');
    }
    const automated = text('automated_decisions');
    if (automated !== undefined && !/^(no|none|non|aucune?)$/i.test(automated)) {
      purpose.automated_decisions = { description: automated };
      became('automated_decisions', `purpose ${purpose.id} automated_decisions.description`);
    }
    const required = text('dpia_required');
    if (required !== undefined) {
      const yes = /^(yes|oui|true|required|1)$/i.test(required);
      const no = /^(no|non|false|not required|0)$/i.test(required);
      if (yes || no) {
        purpose.dpia = { ...purpose.dpia, required: yes };
        became('dpia_required', `purpose ${purpose.id} dpia.required ${yes}`);
      } else asNotes('dpia_required', purpose, 'purpose', 'neither yes nor no');
    }
    const status = text('dpia_status');
    if (status !== undefined) {
      const key = normalise(status).replace(/ /g, '-');
      if (key === 'planned' || key === 'in-progress' || key === 'done') {
        purpose.dpia = { ...purpose.dpia, status: key };
        became('dpia_status', `purpose ${purpose.id} dpia.status ${key}`);
      } else asNotes('dpia_status', purpose, 'purpose', 'not planned, in-progress or done');
    }
  }

  private special(
    category: Draft<Category>,
    value: string | undefined,
    became: (f: Field, to: string) => void,
    asNotes: (f: Field, e: { id: string }, kind: string, reason: string) => void,
  ): void {
    if (value === undefined) return;
    const items = splitList(value);
    const keys = items.map((item) => item.split(/[\s(]/)[0]!);
    if (!items.every((item, i) => SPECIAL_KEYS.includes(keys[i]!) || /^criminal offence data/i.test(item))) {
      asNotes('special', category, 'category', 'not Art 9(1) category keys');
      return;
    }
    items.forEach((item, i) => {
      if (/^criminal offence data/i.test(item)) category.criminal = true;
      else addTo(category as unknown as Record<string, unknown>, 'special', keys[i]);
    });
    became('special', `category ${category.id} special`);
  }

  /** Recipients "Name (role)" or "Name (role: items)", their contracts, countries and transfer tools. */
  private recipients(
    row: ActivityRow,
    category: Draft<Category>,
    purpose: Draft<Purpose>,
    text: (f: Field) => string | undefined,
    place: (f: Field) => Place,
  ): void {
    const b = this.builder;
    const cell = text('recipients');
    const found: Draft<Recipient>[] = [];
    if (cell !== undefined) {
      const seen =
        this.disclosed.get(category) ?? new Map<string, { data?: string[]; purposes: Set<string> }>();
      this.disclosed.set(category, seen);
      if (/^(none outside the controller|none|aucun)$/i.test(cell)) {
        this.report.add(place('recipients'), 'became', cell, `category ${category.id} recipients: []`);
      }
      for (const entry of /^(none outside the controller|none|aucun)$/i.test(cell) ? [] : splitList(cell)) {
        // "Name (role)", "Name (role: items)"; a name may hold brackets of its own: "Google (Analytics)"
        const match = /^(.*)\s\(([^()]*)\)$/.exec(entry);
        const name = match ? match[1]! : entry;
        const details = match && !isUnstated(match[2]!) ? match[2]! : '';
        const [roleText, items] = details.includes(':')
          ? [details.slice(0, details.indexOf(':')), details.slice(details.indexOf(':') + 1)]
          : [details, ''];
        const role = roleText ? roleFrom(roleText) : undefined;
        // ropa's own record writes a missing role as its gap marker, before the items
        const read = role !== undefined || isUnstated(roleText.trim());
        const recipient = b.entity('recipient', read || !details ? name : entry);
        if (role) recipient.role = role;
        else if (details) b.note(recipient, `${row.cells.get('recipients')!.heading}: ${entry}`);
        found.push(recipient);
        const narrowed = read && items.trim() ? splitList(items) : undefined;
        const disclosure = seen.get(recipient.id) ?? {
          ...(narrowed ? { data: narrowed } : {}),
          purposes: new Set<string>(),
        };
        disclosure.purposes.add(purpose.id);
        seen.set(recipient.id, disclosure);
      }
      this.report.add(
        place('recipients'),
        'became',
        cell,
        `category ${category.id} recipients ${found.map((r) => r.id).join(', ')}`,
      );
    }
    for (const joint of splitList(text('joint_controllers') ?? '')) {
      const recipient = b.entity('recipient', joint);
      recipient.role = 'joint-controller';
      addTo(purpose as unknown as Record<string, unknown>, 'joint_controllers', recipient.id);
    }
    if (text('joint_controllers') !== undefined)
      this.report.add(
        place('joint_controllers'),
        'became',
        text('joint_controllers')!,
        `purpose ${purpose.id} joint_controllers`,
      );
    const contracts = text('contracts');
    if (contracts !== undefined) {
      for (const entry of splitList(contracts, ';')) {
        const at = entry.indexOf(': ');
        const recipient =
          at > 0 ? b.find('recipient', entry.slice(0, at)) : found.length === 1 ? found[0] : undefined;
        if (recipient) recipient.contract = at > 0 ? entry.slice(at + 2) : entry;
        else {
          this.partNotes(row, 'contracts', category, 'category', entry, 'names no recipient of the row');
          continue;
        }
        this.report.add(place('contracts'), 'became', entry, `recipient ${recipient.id} contract`);
      }
    }
    this.transfers(row, category, found, text, place);
  }

  private transfers(
    row: ActivityRow,
    category: Draft<Category>,
    found: readonly Draft<Recipient>[],
    text: (f: Field) => string | undefined,
    place: (f: Field) => Place,
  ): void {
    const b = this.builder;
    const covered = new Set<string>();
    const safeguards = text('safeguards');
    if (safeguards !== undefined) {
      // ropa's own wording: "Recipient → Country (CC): mechanism (Art ...), reference, TIA: ..."; one per "; "
      for (const entry of safeguards.split(/;\s*(?=[^;]*→)/)) {
        const match = /^(.*?)\s*→\s*(.*?\([A-Z]{2}\)):\s*(.*)$/s.exec(entry);
        const recipient = match ? b.find('recipient', match[1]!) : undefined;
        const country = match ? countryFrom(match[2]!) : undefined;
        if (!match || !recipient || !country) {
          const only = found.filter((r) => r.role !== 'internal');
          const mechanism = mechanismFrom(entry, MECHANISM_KEYS);
          if (only.length === 1 && mechanism) {
            this.tool(only[0]!, undefined, { mechanism });
            this.report.add(
              place('safeguards'),
              'became',
              entry,
              `recipient ${only[0]!.id} transfer.mechanism ${mechanism}`,
            );
          } else {
            this.partNotes(
              row,
              'safeguards',
              category,
              'category',
              entry,
              'no recipient and mechanism read without guessing',
            );
          }
          continue;
        }
        addCountry(recipient, country);
        covered.add(country);
        const tool = match[3]!.trim();
        if (!isUnstated(tool)) {
          const parts = splitList(tool);
          const mechanism = mechanismFrom(parts[0] ?? '', MECHANISM_KEYS);
          const tia = parts.find((p) => p.startsWith('TIA: '))?.slice(5);
          const reference = parts
            .slice(1)
            .filter((p) => !p.startsWith('TIA: '))
            .join(', ');
          if (mechanism) {
            this.tool(recipient, country, {
              mechanism,
              ...(reference ? { reference } : {}),
              ...(tia !== undefined && !isUnstated(tia) ? { tia } : {}),
            });
          } else b.note(recipient, `${row.cells.get('safeguards')!.heading}: ${entry}`);
          this.report.add(
            place('safeguards'),
            'became',
            entry,
            `recipient ${recipient.id} country ${country}${mechanism ? `, transfer ${mechanism}` : ''}`,
          );
        } else
          this.report.add(
            place('safeguards'),
            'became',
            entry,
            `recipient ${recipient.id} country ${country}`,
          );
      }
    }
    const countries = text('countries');
    if (countries === undefined) return;
    const external = found.filter((r) => r.role !== 'internal');
    for (const entry of splitList(countries)) {
      const code = countryFrom(entry);
      if (code !== undefined && covered.has(code)) continue;
      if (code !== undefined && external.length === 1) {
        addCountry(external[0]!, code);
        this.report.add(place('countries'), 'became', entry, `recipient ${external[0]!.id} country ${code}`);
      } else {
        this.partNotes(
          row,
          'countries',
          category,
          'category',
          entry,
          code === undefined ? 'not a country ropa reads' : 'the row names no single recipient it goes to',
        );
      }
    }
  }

  private sources(
    category: Draft<Category>,
    value: string,
    became: (f: Field, to: string) => void,
    asNotes: (f: Field, e: { id: string }, kind: string, reason: string) => void,
  ): void {
    const entries = value
      .split(/;\s*(?=(?:direct|third-party|public|observed|inferred)\b)/)
      .map((entry) => /^(direct|third-party|public|observed|inferred)(?::\s*(.*))?$/s.exec(entry));
    if (entries.some((e) => e === null)) {
      asNotes(
        'sources',
        category,
        'category',
        'not a source type ropa reads (direct, third-party, public, observed, inferred)',
      );
      return;
    }
    category.sources = entries.map((e) => {
      const from = /^from (.*?)(?::\s*(.*))?$/s.exec(e![2] ?? '');
      const recipient = from ? this.builder.find('recipient', from[1]!) : undefined;
      const description = recipient ? from![2] : e![2];
      return {
        type: e![1] as NonNullable<Category['sources']>[number]['type'],
        ...(recipient ? { from: recipient.id } : {}),
        ...(description ? { description } : {}),
      };
    });
    became('sources', `category ${category.id} sources`);
  }

  /** "Customers: 3 years from end of contract, then delete; Prospects: ..." or a plain period. */
  private retentionCell(
    category: Draft<Category>,
    purpose: Draft<Purpose>,
    value: string | undefined,
    subjects: readonly { id: string; name: string }[],
    place: Place,
    asNotes: (f: Field, e: { id: string }, kind: string, reason: string) => void,
  ): void {
    if (value === undefined) return;
    const prefixes = subjectPrefixes(subjects);
    const parts =
      prefixes.length > 0 ? value.split(new RegExp(`;\\s*(?=(?:${prefixes.join('|')}): )`)) : [value];
    const rules: { rule: RetentionRule; text: string }[] = [];
    for (const part of parts) {
      const prefix = prefixes.length > 0 ? new RegExp(`^(${prefixes.join('|')}): `).exec(part) : null;
      const body = prefix ? part.slice(prefix[0].length) : part;
      if (isUnstated(body)) continue;
      const rule = retentionFrom(body);
      if (rule === undefined) {
        asNotes('retention', category, 'category', 'not a period ropa reads without guessing');
        return;
      }
      const named = prefix ? splitList(prefix[1]!).map((n) => subjects.find((s) => s.name === n)!.id) : [];
      rules.push({
        rule: named.length > 0 && named.length < subjects.length ? { subjects: named, ...rule } : rule,
        text: part,
      });
    }
    const seen = this.retention.get(category) ?? new Map();
    this.retention.set(category, seen);
    for (const { rule, text } of rules) {
      const key = JSON.stringify(rule);
      const entry = seen.get(key) ?? { rule, purposes: new Set<string>() };
      entry.purposes.add(purpose.id);
      seen.set(key, entry);
      this.report.add(place, 'became', text, `category ${category.id} retention`);
    }
  }

  /**
   * Each category's recipients and retention rules; one seen under only some of the category's activities
   * is narrowed to them.
   */
  finish(): void {
    // one tool for every country when they agree, else the list form with one tool per country
    for (const [recipient, byCountry] of this.tools) {
      const tools = [...byCountry.values()];
      const same = tools.every((t) => JSON.stringify(t) === JSON.stringify(tools[0]));
      recipient.transfer =
        same || byCountry.has('')
          ? tools[tools.length - 1]
          : [...byCountry].map(([country, tool]) => ({ country, ...tool }));
    }
    for (const [category, seen] of this.disclosed) {
      const all = this.purposesOf.get(category) ?? new Set<string>();
      category.recipients = [...seen].map(([to, { data, purposes }]) =>
        purposes.size < all.size
          ? { to, purposes: [...purposes], ...(data ? { data } : {}) }
          : data
            ? { to, data }
            : to,
      );
    }
    for (const [category, rules] of this.retention) {
      const all = this.purposesOf.get(category) ?? new Set<string>();
      category.retention = [...rules.values()].map(({ rule, purposes }) =>
        purposes.size < all.size ? { ...rule, purposes: [...purposes] } : rule,
      );
    }
  }
}

function addCountry(recipient: Draft<Recipient>, code: string): void {
  if (recipient.country === undefined) recipient.country = code;
  else if (recipient.country !== code && !recipient.countries?.includes(code))
    recipient.countries = [...(recipient.countries ?? []), code];
}

/** The regular-expression alternatives for "Name, Name" prefixes made of the row's subject names. */
function subjectPrefixes(subjects: readonly { name: string }[]): string[] {
  if (subjects.length === 0) return [];
  const name = `(?:${subjects.map((s) => s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return [`${name}(?:, ${name})*`];
}
