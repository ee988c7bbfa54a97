// `ropa import fides`: Fides manifests (fideslang 3.x YAML) into an inventory draft. The organization
// becomes the controller; each privacy declaration's data use a purpose, its data categories ropa
// categories (one per fideslang key, the key kept as the item's taxonomy), its data subjects subjects;
// each system a system. What ropa has no place for (data flows, dataset references) is reported.
import { parse } from 'yaml';
import type { LawfulBasis } from '../../inventory/model.js';
import { InputError } from '../../errors.js';
import type { InventoryDraft } from '../../inventory/write.js';
import taxonomy from '../../reference/fideslang-taxonomy.json' with { type: 'json' };
import { addTo, DraftBuilder, keepAsNotes } from '../draft-builder.js';
import { LossReport, type Place } from '../loss.js';
import { readCapped } from '../spreadsheet/read.js';
import { retentionFrom } from '../words.js';
import { FIDES_BASES, FIDES_SPECIAL } from './terms.js';

/** The resources of one or more manifest files, by their top-level key. */
export interface FidesManifest {
  readonly file: string;
  readonly resources: Record<string, unknown[]>;
}

type Resource = Record<string, unknown>;

const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

export async function readFidesFiles(files: readonly string[]): Promise<FidesManifest[]> {
  const manifests: FidesManifest[] = [];
  for (const file of files) {
    const text = (await readCapped(file, MAX_MANIFEST_BYTES)).toString('utf8');
    let value: unknown;
    try {
      value = parse(text, { maxAliasCount: 100, uniqueKeys: true, prettyErrors: false });
    } catch (error) {
      throw new InputError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new InputError(
        `${file}: not a Fides manifest (expected keys such as system:, organization:, dataset:)`,
      );
    const resources: Record<string, unknown[]> = {};
    for (const [key, list] of Object.entries(value)) {
      if (!Array.isArray(list)) throw new InputError(`${file}: ${key}: expected a list of resources`);
      resources[key] = list;
    }
    manifests.push({ file, resources });
  }
  return manifests;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(str).filter((s): s is string => s !== undefined) : [];
const NAMES = {
  data_use: taxonomy.data_uses as Record<string, string>,
  data_subject: taxonomy.data_subjects as Record<string, string>,
  data_category: taxonomy.data_categories as Record<string, string>,
};

export function importFides(manifests: readonly FidesManifest[]): {
  draft: InventoryDraft;
  report: LossReport;
} {
  const report = new LossReport('import', 'fides');
  const b = new DraftBuilder();
  // names given by the manifests' own taxonomy resources, over the default taxonomy's
  const names = {
    data_use: { ...NAMES.data_use },
    data_subject: { ...NAMES.data_subject },
    data_category: { ...NAMES.data_category },
  };
  for (const { resources } of manifests)
    for (const kind of ['data_use', 'data_subject', 'data_category'] as const)
      for (const r of (resources[kind] ?? []) as Resource[]) {
        const key = str(r.fides_key);
        if (key && str(r.name)) names[kind][key] = str(r.name)!;
      }
  const subjectOf = (key: string) => {
    const subject = b.entity('subject', names.data_subject[key] ?? key, key.replace(/[._]/g, '-'));
    subject.taxonomy = key;
    return subject;
  };
  const categoryOf = (key: string) => {
    const category = b.entity('category', names.data_category[key] ?? key, key.replace(/[._]/g, '-'));
    const items = (category.data ?? []) as { name: string; taxonomy?: string }[];
    if (!items.some((i) => typeof i === 'object' && i.taxonomy === key))
      category.data = [...items, { name: names.data_category[key] ?? key, taxonomy: key }];
    return category;
  };

  for (const { file, resources } of manifests) {
    const at = (resource: string, column?: string): Place => ({
      file,
      resource,
      ...(column ? { column } : {}),
    });
    for (const [kind, list] of Object.entries(resources)) {
      if (!['organization', 'system', 'dataset', 'data_use', 'data_subject', 'data_category'].includes(kind))
        report.add(
          { file, resource: kind },
          'dropped',
          `${list.length} ${kind} resources`,
          undefined,
          'ropa has no place for them',
        );
    }
    for (const org of (resources.organization ?? []) as Resource[]) {
      const key = str(org.fides_key) ?? 'organization';
      if (b.draft.organization) {
        report.add(
          at(`organization ${key}`),
          'dropped',
          key,
          undefined,
          'an inventory has one organization; the first was kept',
        );
        continue;
      }
      const controller = (org.controller ?? {}) as Resource;
      const dpo = (org.data_protection_officer ?? undefined) as Resource | undefined;
      const representative = (org.representative ?? undefined) as Resource | undefined;
      b.draft.organization = {
        name: str(org.name) ?? str(controller.name) ?? key,
        ...(str(org.description) ? { description: str(org.description) } : {}),
        ...(str(controller.address) ? { address: str(controller.address) } : {}),
        ...(str(controller.email) ? { email: str(controller.email) } : {}),
        ...(str(controller.phone) ? { phone: str(controller.phone) } : {}),
        ...(dpo ? { dpo: contact(dpo, true) } : {}),
        ...(representative ? { representative: contact(representative, false) } : {}),
      };
      report.add(at(`organization ${key}`), 'became', key, 'organization (controller, DPO, representative)');
      if (str(controller.name) && str(org.name) && str(controller.name) !== str(org.name)) {
        b.draft.organization.notes = `Controller contact: ${str(controller.name)}`;
        report.add(
          at(`organization ${key}`, 'controller.name'),
          'notes',
          str(controller.name)!,
          'organization notes',
          'ropa names the organisation, not a contact person',
        );
      }
      if (str(org.security_policy)) {
        b.draft.organization.notes = [
          b.draft.organization.notes,
          `Security policy: ${str(org.security_policy)}`,
        ]
          .filter(Boolean)
          .join('\n');
        report.add(
          at(`organization ${key}`, 'security_policy'),
          'notes',
          str(org.security_policy)!,
          'organization notes',
          'a link, not a list of measures',
        );
      }
    }
    for (const sys of (resources.system ?? []) as Resource[]) {
      const key = str(sys.fides_key);
      if (!key) {
        report.add(
          { file, resource: 'system' },
          'error',
          str(sys.name) ?? '(unnamed)',
          undefined,
          'a system needs a fides_key: left out',
        );
        continue;
      }
      const where = `system ${key}`;
      const system = b.entity('system', str(sys.name) ?? key, key.replace(/_/g, '-'));
      if (str(sys.description)) system.description = str(sys.description);
      report.add(at(where), 'became', key, `system ${system.id}`);
      for (const field of ['egress', 'ingress', 'dataset_references', 'system_dependencies'])
        if (Array.isArray(sys[field]) && (sys[field] as unknown[]).length > 0)
          report.add(
            at(where, field),
            'dropped',
            JSON.stringify(sys[field]),
            undefined,
            'ropa records no flows between systems or datasets',
          );
      for (const field of [
        'system_type',
        'administrating_department',
        'data_responsibility_title',
        'responsibility',
        'third_country_transfers',
        'legal_basis_for_transfers',
        'data_protection_impact_assessment',
      ]) {
        if (sys[field] === undefined || sys[field] === null) continue;
        const value = typeof sys[field] === 'string' ? (sys[field] as string) : JSON.stringify(sys[field]);
        keepAsNotes(
          b,
          report,
          at(where, field),
          system,
          'system',
          [field, value],
          'no field of a ropa system holds it',
        );
      }
      ((sys.privacy_declarations ?? []) as Resource[]).forEach((declaration, i) => {
        const place = at(`${where}, privacy_declarations[${i}]`);
        const use = str(declaration.data_use);
        if (!use) {
          report.add(
            place,
            'error',
            str(declaration.name) ?? '(unnamed)',
            undefined,
            'a privacy declaration needs a data_use: left out',
          );
          return;
        }
        const purpose = b.entity(
          'purpose',
          str(declaration.name) ?? names.data_use[use] ?? use,
          use.replace(/[._]/g, '-'),
        );
        purpose.taxonomy = use;
        if (!(use in NAMES.data_use))
          b.note(purpose, `data use ${use} is not in the fideslang 3.1.4 default taxonomy`);
        report.add(place, 'became', `data_use ${use}`, `purpose ${purpose.id} (taxonomy ${use})`);
        const basis = FIDES_BASES_BY_LABEL[str(declaration.legal_basis_for_processing) ?? ''];
        if (basis) {
          purpose.lawful_basis = basis;
          report.add(
            place,
            'became',
            `legal_basis_for_processing ${declaration.legal_basis_for_processing}`,
            `purpose ${purpose.id} lawful_basis ${basis}`,
          );
        }
        const condition = SPECIAL_BY_LABEL[str(declaration.special_category_legal_basis) ?? ''];
        if (condition) {
          purpose.special_condition = condition;
          report.add(
            place,
            'became',
            `special_category_legal_basis ${declaration.special_category_legal_basis}`,
            `purpose ${purpose.id} special_condition ${condition}`,
          );
        }
        if (str(declaration.impact_assessment_location))
          purpose.dpia = { required: true, reference: str(declaration.impact_assessment_location) };
        const subjects = strings(declaration.data_subjects).map(subjectOf);
        const retention = str(declaration.retention_period);
        const rule = retention ? retentionFrom(retention) : undefined;
        for (const key of strings(declaration.data_categories)) {
          const category = categoryOf(key);
          const target = category as unknown as Record<string, unknown>;
          addTo(target, 'purposes', purpose.id);
          addTo(target, 'systems', system.id);
          for (const s of subjects) addTo(target, 'subjects', s.id);
          if (rule) addTo(target, 'retention', { purposes: [purpose.id], ...rule });
          else if (retention) b.note(category, `Retention for ${purpose.name}: ${retention}`);
          report.add(place, 'became', `data_category ${key}`, `category ${category.id}`);
        }
        if (retention)
          report.add(
            place,
            rule ? 'became' : 'notes',
            `retention_period ${retention}`,
            rule ? 'retention of its categories' : 'notes of its categories',
            rule ? undefined : 'not a period ropa reads without guessing',
          );
        if (subjects.length > 0)
          report.add(
            place,
            'became',
            `data_subjects ${strings(declaration.data_subjects).join(', ')}`,
            `subjects ${subjects.map((s) => s.id).join(', ')}`,
          );
        if (str(declaration.third_parties)) {
          keepAsNotes(
            b,
            report,
            place,
            purpose,
            'purpose',
            ['third_parties', str(declaration.third_parties)!],
            'names no recipient ropa can read without guessing',
          );
        }
        for (const field of ['data_qualifier', 'dataset_references', 'egress', 'ingress', 'features'])
          if (
            declaration[field] !== undefined &&
            declaration[field] !== null &&
            !(Array.isArray(declaration[field]) && (declaration[field] as unknown[]).length === 0)
          )
            report.add(
              place,
              'dropped',
              `${field} ${JSON.stringify(declaration[field])}`,
              undefined,
              'the record has no such field',
            );
      });
    }
    for (const dataset of (resources.dataset ?? []) as Resource[]) {
      const key = str(dataset.fides_key) ?? '(unnamed)';
      let fields = 0;
      const visit = (prefix: string, list: unknown) => {
        for (const field of (Array.isArray(list) ? list : []) as Resource[]) {
          const name = `${prefix}.${str(field.name) ?? '?'}`;
          for (const categoryKey of strings(field.data_categories)) {
            const category = categoryOf(categoryKey);
            addTo(category as unknown as Record<string, unknown>, 'data', { name, taxonomy: categoryKey });
            fields++;
          }
          visit(name, field.fields);
        }
      };
      for (const collection of (dataset.collections ?? []) as Resource[])
        visit(`${key}.${str(collection.name) ?? '?'}`, collection.fields);
      report.add(
        at(`dataset ${key}`),
        'became',
        key,
        `${fields} data items of the categories their fields are labelled with`,
      );
    }
  }
  return { draft: b.finish(), report };
}

function contact(
  person: Resource,
  dpo: boolean,
): { name?: string; email?: string; address?: string; phone?: string } {
  return {
    ...(str(person.name) ? { name: str(person.name) } : {}),
    ...(str(person.email) ? { email: str(person.email) } : {}),
    ...(dpo && str(person.phone) ? { phone: str(person.phone) } : {}),
    ...(str(person.address) ? { address: str(person.address) } : {}),
  };
}

const FIDES_BASES_BY_LABEL = Object.fromEntries(
  Object.entries(FIDES_BASES).map(([k, v]) => [v, k]),
) as Record<string, LawfulBasis>;
const SPECIAL_BY_LABEL = Object.fromEntries(Object.entries(FIDES_SPECIAL).map(([k, v]) => [v, k])) as Record<
  string,
  string
>;
