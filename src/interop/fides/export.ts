// `ropa export fides`: the inventory as a Fides manifest (fideslang 3.x): the organization, a system per
// ropa system and per processor or controller recipient, each with a privacy declaration per purpose
// whose data it stores or receives. Fides has no place for a recipient's country, a structured retention
// period or a transfer tool per recipient: the loss report lists each.
import { stringify } from 'yaml';
import { pushTo } from '../../grouping.js';
import {
  dataItems,
  recipientCountries,
  type Category,
  type Inventory,
  type Purpose,
  type Recipient,
} from '../../inventory/model.js';
import taxonomy from '../../reference/fideslang-taxonomy.json' with { type: 'json' };
import { categoryFlows, type Flow } from '../../views/flows.js';
import { retentionTerms, ruleCovers } from '../../views/retention.js';
import { retentionText } from '../../views/retention-wording.js';
import { LossReport } from '../loss.js';
import { FIDES_BASES, FIDES_SPECIAL } from './terms.js';

type Resource = Record<string, unknown>;

const DATA_USES = new Set(Object.keys(taxonomy.data_uses));
const DATA_SUBJECTS = new Set(Object.keys(taxonomy.data_subjects));
const DATA_CATEGORIES = new Set(Object.keys(taxonomy.data_categories));

/** fideslang's root data category: what a category whose items carry no key is declared as. */
const ANY_USER_DATA = 'user';

const RESPONSIBILITY: Partial<Record<NonNullable<Recipient['role']>, string>> = {
  processor: 'Processor',
  'sub-processor': 'Sub-Processor',
  controller: 'Controller',
  'joint-controller': 'Controller',
};

/** Fides's words for the legal basis of a transfer (System.legal_basis_for_transfers). */
const TRANSFER_BASES: Record<string, string> = {
  adequacy: 'Adequacy Decision',
  dpf: 'Adequacy Decision',
  scc: 'SCCs',
  bcr: 'BCRs',
};

export function exportFides(inventory: Inventory): { manifest: string; report: LossReport } {
  const report = new LossReport('export', 'fides');
  const org = inventory.organization;
  const orgKey = 'default_organization';
  const manifest: Resource = {};
  if (org) {
    manifest.organization = [
      clean({
        fides_key: orgKey,
        name: org.name,
        description: org.description,
        controller: contact({
          name: org.legal_name ?? org.name,
          address: org.address,
          email: org.email,
          phone: org.phone,
        }),
        data_protection_officer: org.dpo && org.dpo.appointed !== false ? contact(org.dpo) : undefined,
        representative: org.representative ? contact(org.representative) : undefined,
      }),
    ];
    if (org.country)
      report.add(
        { resource: 'organization' },
        'dropped',
        `country ${org.country}`,
        undefined,
        'a Fides organization has no country',
      );
    if (org.dpo?.appointed === false)
      report.add(
        { resource: 'organization' },
        'dropped',
        'dpo: not appointed',
        undefined,
        'Fides records a DPO only as a contact',
      );
    if (org.security_measures?.length)
      report.add(
        { resource: 'organization' },
        'dropped',
        `${org.security_measures.length} security measures`,
        undefined,
        'a Fides organization holds a security policy link, not measures',
      );
  }
  for (const purpose of inventory.purposes)
    if (!purpose.taxonomy || !DATA_USES.has(purpose.taxonomy))
      report.add(
        { resource: `purpose ${purpose.id}` },
        'dropped',
        purpose.name,
        undefined,
        purpose.taxonomy
          ? `${purpose.taxonomy} is not a data use of the fideslang 3.1.4 taxonomy: no privacy declaration`
          : 'no taxonomy key (a fideslang data use) on the purpose, which a privacy declaration requires',
      );
  // each system's categories and each recipient's flows, in file order, found in one pass over the
  // categories rather than a pass per system or recipient (30,000 categories took minutes)
  const flowsOf = new Map(inventory.categories.map((c) => [c, categoryFlows(inventory, c)] as const));
  const bySystem = new Map<string, Category[]>();
  const byRecipient = new Map<string, Flow[]>();
  for (const category of inventory.categories) {
    for (const id of new Set(category.systems ?? [])) pushTo(bySystem, id, category);
    for (const flow of flowsOf.get(category)!) pushTo(byRecipient, flow.recipient.id, flow);
  }
  const context = { inventory, flowsOf, report };
  const systems: Resource[] = [];
  for (const system of inventory.systems) {
    const categories = bySystem.get(system.id) ?? [];
    systems.push(
      clean({
        fides_key: system.id,
        organization_fides_key: orgKey,
        name: system.name,
        description: system.description,
        system_type: 'System',
        responsibility: org?.role === 'processor' ? ['Processor'] : ['Controller'],
        data_security_practices: system.security_measures?.join('; '),
        privacy_declarations: declarations(context, categories, () => true, `system ${system.id}`),
      }),
    );
    if (system.country)
      report.add(
        { resource: `system ${system.id}` },
        'dropped',
        `country ${system.country}`,
        undefined,
        'a Fides system has no location',
      );
  }
  for (const recipient of inventory.recipients) {
    const responsibility = recipient.role ? RESPONSIBILITY[recipient.role] : undefined;
    if (!responsibility) continue;
    const flows = byRecipient.get(recipient.id) ?? [];
    // for each category, the purposes for which it goes to this recipient
    const disclosed = new Map<Category, Set<string>>();
    for (const flow of flows) {
      const purposes = disclosed.get(flow.category) ?? new Set<string>();
      for (const purpose of flow.purposes) purposes.add(purpose);
      disclosed.set(flow.category, purposes);
    }
    const where = `recipient ${recipient.id}`;
    const countries = recipientCountries(recipient);
    if (countries.length > 0)
      report.add(
        { resource: where },
        'dropped',
        `countries ${countries.join(', ')}`,
        undefined,
        'Fides has no recipient country, only whether a system transfers internationally',
      );
    const tools =
      recipient.transfer === undefined
        ? []
        : Array.isArray(recipient.transfer)
          ? recipient.transfer
          : [recipient.transfer];
    const mechanisms = [
      ...new Set(tools.map((t) => t.mechanism).filter((m): m is string => m !== undefined)),
    ];
    if (recipient.transfer)
      report.add(
        { resource: where },
        'dropped',
        `transfer ${JSON.stringify(recipient.transfer)}`,
        undefined,
        'Fides has no transfer tool per recipient: the system lists a legal basis for transfers only',
      );
    if (recipient.contract)
      report.add(
        { resource: where },
        'dropped',
        `contract ${recipient.contract}`,
        undefined,
        'a Fides system has a DPA location only for its own assessments',
      );
    systems.push(
      clean({
        fides_key: recipient.id,
        organization_fides_key: orgKey,
        name: recipient.name,
        description: recipient.description,
        system_type: 'Third party',
        legal_name: recipient.name,
        responsibility: [responsibility],
        does_international_transfers: mechanisms.length > 0 ? true : undefined,
        legal_basis_for_transfers:
          mechanisms.length > 0
            ? [...new Set(mechanisms.map((m) => TRANSFER_BASES[m] ?? 'Other'))]
            : undefined,
        privacy_policy:
          recipient.privacy_policy && /^https?:\/\/\S+$/.test(recipient.privacy_policy)
            ? recipient.privacy_policy
            : undefined,
        privacy_declarations: declarations(
          context,
          flows.map((f) => f.category),
          (category, purpose) => disclosed.get(category)?.has(purpose.id) === true,
          where,
        ),
      }),
    );
  }
  for (const recipient of inventory.recipients)
    if (!recipient.role || !RESPONSIBILITY[recipient.role])
      report.add(
        { resource: `recipient ${recipient.id}` },
        'dropped',
        recipient.name,
        undefined,
        `a ${recipient.role ?? 'recipient without a role'} is not a system; it is named in the declarations' third parties`,
      );
  manifest.system = systems;
  return { manifest: stringify(manifest, { lineWidth: 0, aliasDuplicateObjects: false }), report };
}

/** What the declarations of every system and recipient draw on. */
interface ExportContext {
  readonly inventory: Inventory;
  /** The flows of each category, worked out once. */
  readonly flowsOf: ReadonlyMap<Category, readonly Flow[]>;
  readonly report: LossReport;
}

/** A declaration per purpose served by these categories (and, for a recipient, disclosed to it for that purpose). */
function declarations(
  { inventory, flowsOf, report }: ExportContext,
  categories: readonly Category[],
  covers: (category: Category, purpose: Purpose) => boolean,
  where: string,
): Resource[] {
  // the categories serving each purpose, in their order: one pass, not one per purpose
  const byPurpose = new Map<string, Category[]>();
  for (const category of categories) {
    for (const id of new Set(category.purposes ?? [])) {
      const purpose = inventory.byId.purpose.get(id);
      if (purpose && covers(category, purpose)) pushTo(byPurpose, id, category);
    }
  }
  const result: Resource[] = [];
  for (const purpose of inventory.purposes) {
    const served = byPurpose.get(purpose.id) ?? [];
    if (served.length === 0) continue;
    if (!purpose.taxonomy || !DATA_USES.has(purpose.taxonomy)) continue; // reported once, by exportFides
    const at = { resource: `${where}, purpose ${purpose.id}` };
    const keys = new Set<string>();
    for (const category of served) {
      const own = dataItems(category)
        .map((i) => i.taxonomy)
        .filter((k): k is string => k !== undefined && DATA_CATEGORIES.has(k));
      if (own.length === 0)
        report.add(
          at,
          'became',
          `category ${category.id}`,
          ANY_USER_DATA,
          'no data item has a fideslang data category key: declared as user data',
        );
      for (const key of own.length > 0 ? own : [ANY_USER_DATA]) keys.add(key);
    }
    const subjects = new Set<string>();
    for (const id of new Set(served.flatMap((c) => c.subjects ?? []))) {
      const key = inventory.byId.subject.get(id)?.taxonomy;
      if (key && DATA_SUBJECTS.has(key)) subjects.add(key);
      else
        report.add(
          at,
          'dropped',
          `subject ${id}`,
          undefined,
          'no taxonomy key (a fideslang data subject) on the subject',
        );
    }
    const rules = served.flatMap((c) =>
      (c.retention ?? [])
        .filter((r) => ruleCovers(r, 'purposes', purpose.id))
        .map((r) => `${c.name}: ${retentionText(retentionTerms(r))}`),
    );
    if (rules.length > 0)
      report.add(
        at,
        'became',
        `${rules.length} retention rules`,
        'retention_period (as the record words it)',
        'Fides holds retention as text only',
      );
    const third = [
      ...new Set(
        served.flatMap((c) =>
          flowsOf
            .get(c)!
            .filter((f) => f.purposes.includes(purpose.id) && f.recipient.role !== 'internal')
            .map((f) => f.recipient.name),
        ),
      ),
    ];
    const special = served.some((c) => (c.special ?? []).length > 0);
    result.push(
      clean({
        name: purpose.name,
        data_use: purpose.taxonomy,
        data_categories: [...keys].sort(),
        data_subjects: [...subjects].sort(),
        legal_basis_for_processing: purpose.lawful_basis ? FIDES_BASES[purpose.lawful_basis] : undefined,
        processes_special_category_data: special,
        special_category_legal_basis: purpose.special_condition
          ? FIDES_SPECIAL[purpose.special_condition]
          : undefined,
        impact_assessment_location: purpose.dpia?.reference,
        retention_period: rules.length > 0 ? rules.join('; ') : undefined,
        data_shared_with_third_parties: third.length > 0,
        third_parties: third.length > 0 ? third.join(', ') : undefined,
      }),
    );
  }
  return result;
}

function contact(person: { name?: string; address?: string; email?: string; phone?: string }): Resource {
  return clean({ name: person.name, address: person.address, email: person.email, phone: person.phone });
}

/** The resource without its undefined fields, so that the YAML lists only what is known. */
function clean(resource: Resource): Resource {
  return Object.fromEntries(Object.entries(resource).filter(([, v]) => v !== undefined));
}
