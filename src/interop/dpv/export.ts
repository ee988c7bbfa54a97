// `ropa export dpv`: the record of processing activities as JSON-LD in the W3C Data Privacy Vocabulary
// 2.2: a dpv:ROPA naming the controller, its DPO and representative, and one dpv:Process per activity
// with its purpose, legal bases, data subjects, personal data, recipients by role, storage durations,
// cross-border transfers, measures and DPIA. ropa's own things (a purpose, a data category) are local
// terms under the `ropa:` prefix; legal and vocabulary concepts are DPV terms.
import type { DataItem, Inventory } from '../../inventory/model.js';
import type { Activity, CategoryEntry, ProcessingRecord, RetentionEntry } from '../../views/record.js';
import { isNotRequired, isNotStated } from '../../views/stated.js';
import { retentionText } from '../../views/retention-wording.js';
import dpvTerms from '../../reference/dpv-terms.json' with { type: 'json' };
import { JsonStream, jsonPiecesOf } from '../../render/json-document.js';
import type { Rendered } from '../../render/rendered.js';
import { LossReport } from '../loss.js';
import {
  ART9_CONDITION,
  LAWFUL_BASIS,
  PERSONAL_DATA,
  RECIPIENT_ROLE,
  SUBJECT_TYPES,
  TRANSFER_BASIS,
} from './terms.js';

type Node = Record<string, unknown>;

/**
 * The nodes the processes share, listed once after them, and the IRIs of each category's data items; the
 * nodes of the data items are made when they are written, from the categories in the order first met.
 */
interface Shared {
  readonly subjects: Map<string, Node>;
  readonly recipients: Map<string, Node>;
  readonly dataIris: Map<object, readonly string[]>;
  readonly dataOf: CategoryEntry[];
}

/** Where ropa's local terms live: a URN, so that no one mistakes them for a published vocabulary. */
export const LOCAL = 'urn:ropa:';

export const CONTEXT = {
  ...dpvTerms.namespaces,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ropa: LOCAL,
};

const LOC_COUNTRIES = new Set(dpvTerms.terms.loc);
const id = (iri: string) => ({ '@id': iri });
const local = (...parts: string[]) => `ropa:${parts.map(encodedPart).join('/')}`;

/**
 * The parts of local IRIs encoded so far: the export of a large inventory names the same ids and data
 * items hundreds of thousands of times. Emptied when it grows large, so that it never holds much.
 */
const encodedParts = new Map<string, string>();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENCODED_PARTS = 100_000;

function encodedPart(part: string): string {
  let encoded = encodedParts.get(part);
  if (encoded === undefined) {
    if (encodedParts.size >= ENCODED_PARTS) encodedParts.clear();
    // encodeURIComponent refuses half a character (a lone surrogate, which YAML's "\uD83D" can write)
    encodedParts.set(part, (encoded = encodeURIComponent(part.replace(LONE_SURROGATE, '\uFFFD'))));
  }
  return encoded;
}
const label = (text: string) => ({ 'rdfs:label': text });

/**
 * The record as a DPV document, and what DPV could not hold of it. The document is made as it is read:
 * the report is whole once the document has been read through.
 */
export function exportDpv(
  record: ProcessingRecord,
  inventory: Inventory,
): { document: Rendered; report: LossReport } {
  const report = new LossReport('export', 'dpv');
  const graph: Node[] = [];
  const ropa: Node = { '@id': local('record'), '@type': 'dpv:ROPA' };
  graph.push(ropa);
  const country = (code: string, where: string) => {
    if (LOC_COUNTRIES.has(code)) return id(`loc:${code}`);
    report.add(
      { resource: where },
      'dropped',
      `country ${code}`,
      undefined,
      'no loc: term for it in DPV 2.2',
    );
    return undefined;
  };
  if (!isNotStated(record.controller)) {
    const c = record.controller;
    const controller: Node = {
      '@id': local('controller'),
      '@type': 'dpv:DataController',
      'dpv:hasName': c.name,
      ...(isNotStated(c.address) ? {} : { 'dpv:hasAddress': c.address }),
      ...(c.email !== undefined && !isNotStated(c.email) ? { 'dpv:hasContact': c.email } : {}),
      ...(isNotStated(c.country) ? {} : { 'dpv:hasCountry': country(c.country.code, 'controller') }),
    };
    if (!isNotStated(c.dpo) && c.dpo.appointed !== false) {
      controller['dpv:hasDataProtectionOfficer'] = id(local('dpo'));
      graph.push({ '@id': local('dpo'), '@type': 'dpv:DataProtectionOfficer', ...person(c.dpo) });
    }
    if (c.representative !== undefined && !isNotStated(c.representative)) {
      controller['dpv:hasRepresentative'] = id(local('representative'));
      graph.push({
        '@id': local('representative'),
        '@type': 'dpv:Representative',
        ...person(c.representative),
      });
    }
    if (c.security_measures.length > 0)
      controller['dpv:hasTechnicalOrganisationalMeasure'] = c.security_measures.map(measure);
    ropa['dpv:hasDataController'] = id(local('controller'));
    graph.push(controller);
  }
  const shared: Shared = {
    subjects: new Map(),
    recipients: new Map(),
    dataIris: new Map(),
    dataOf: [],
  };
  ropa['dpv:hasProcess'] = record.activities.names.map((activity) => id(local('process', activity.id)));
  // a process node is made as it is written and then let go: the document of 30,000 categories is several
  // hundred MB of text, its processes holding hundreds of thousands of nodes
  function* nodes(): Generator<Node> {
    yield* graph;
    for (const activity of record.activities) yield processOf(activity, inventory, shared, country, report);
    // the nodes the processes share, once every process has named its own
    for (const listed of [shared.subjects, shared.recipients]) yield* listed.values();
    for (const category of shared.dataOf) yield* personalDataNodes(category, shared.dataIris);
  }
  return { document: jsonPiecesOf({ '@context': CONTEXT, '@graph': new JsonStream(nodes()) }, 2), report };
}

function person(p: { name?: string; email?: string; address?: string }): Node {
  return {
    ...(p.name ? { 'dpv:hasName': p.name } : {}),
    ...(p.email ? { 'dpv:hasContact': p.email } : {}),
    ...(p.address ? { 'dpv:hasAddress': p.address } : {}),
  };
}

const measure = (text: string): Node => ({ '@type': 'dpv:TechnicalOrganisationalMeasure', ...label(text) });

function processOf(
  activity: Activity,
  inventory: Inventory,
  shared: Shared,
  country: (code: string, where: string) => { '@id': string } | undefined,
  report: LossReport,
): Node {
  const where = `process ${activity.id}`;
  const process: Node = {
    '@id': local('process', activity.id),
    '@type': 'dpv:Process',
    ...label(activity.name),
    'dpv:hasPurpose': {
      '@id': local('purpose', activity.id),
      '@type': 'dpv:Purpose',
      ...label(activity.description ?? activity.name),
    },
  };
  const bases = [
    ...(isNotStated(activity.lawful_basis) ? [] : [LAWFUL_BASIS[activity.lawful_basis.key]]),
    ...(activity.special_condition && !isNotStated(activity.special_condition)
      ? [ART9_CONDITION[activity.special_condition.key]]
      : []),
  ].filter((b): b is string => b !== undefined);
  if (bases.length > 0) process['dpv:hasLegalBasis'] = bases.map(id);
  if (!isNotStated(activity.subjects)) {
    process['dpv:hasDataSubject'] = activity.subjects.map((s) => {
      const key = inventory.byId.subject.get(s.id)?.taxonomy;
      const type = key ? SUBJECT_TYPES[key] : undefined;
      shared.subjects.set(s.id, {
        '@id': local('subject', s.id),
        '@type': type ? ['dpv:DataSubject', type] : 'dpv:DataSubject',
        ...label(s.name),
      });
      return id(local('subject', s.id));
    });
  }
  const categories = isNotStated(activity.categories) ? [] : activity.categories;
  const data = new Set<string>();
  const storage: Node[] = [];
  const measures = new Set<string>();
  for (const category of categories) {
    for (const iri of personalDataOf(category, shared)) data.add(iri);
    if (!isNotStated(category.retention))
      storage.push(...category.retention.map((rule) => storageOf(rule, category, where, report)));
    if (!isNotStated(category.security_measures)) {
      for (const m of category.security_measures.category) measures.add(m);
      for (const s of category.security_measures.systems)
        for (const m of s.measures) measures.add(`${m} (${s.system.name})`);
    }
  }
  if (data.size > 0) process['dpv:hasPersonalData'] = [...data].map(id);
  if (storage.length > 0) process['dpv:hasStorageCondition'] = storage;
  if (measures.size > 0) process['dpv:hasTechnicalOrganisationalMeasure'] = [...measures].map(measure);
  for (const recipient of activity.recipients) {
    const role = isNotStated(recipient.role) ? undefined : RECIPIENT_ROLE[recipient.role];
    const property = role?.property ?? 'dpv:hasRecipient';
    // added to the list in place: a copy per recipient made an activity of thousands quadratic
    let listed = process[property] as Node[] | undefined;
    if (!listed) process[property] = listed = [];
    listed.push(id(local('recipient', recipient.id)));
    const countries =
      isNotStated(recipient.countries) || isNotRequired(recipient.countries)
        ? []
        : recipient.countries.map((c) => country(c.code, `recipient ${recipient.id}`)).filter(Boolean);
    shared.recipients.set(recipient.id, {
      '@id': local('recipient', recipient.id),
      '@type': role?.type ?? 'dpv:Recipient',
      'dpv:hasName': recipient.name,
      ...(countries.length > 0 ? { 'dpv:hasCountry': countries } : {}),
    });
  }
  if (activity.joint_controllers.length > 0)
    process['dpv:hasJointDataControllers'] = {
      '@type': 'dpv:JointDataControllers',
      'dpv:hasDataController': [
        id(local('controller')),
        ...activity.joint_controllers.map((j) => id(local('recipient', j.recipient.id))),
      ],
    };
  const transfers = activity.transfers.map((t) => {
    const basis = isNotStated(t.tool) ? undefined : TRANSFER_BASIS[t.tool.mechanism.key];
    if (!basis)
      report.add(
        { resource: where },
        'dropped',
        `transfer basis of ${t.recipient.name} to ${t.country.code}`,
        undefined,
        isNotStated(t.tool) ? 'not stated in the inventory' : 'no DPV term for it',
      );
    return {
      '@type': 'dpv:Process',
      'dpv:hasProcessing': id('dpv:CrossBorderTransfer'),
      'dpv:hasRecipient': id(local('recipient', t.recipient.id)),
      ...(country(t.country.code, where) ? { 'dpv:hasThirdCountry': id(`loc:${t.country.code}`) } : {}),
      ...(basis ? { 'dpv:hasLegalBasis': id(basis) } : {}),
    };
  });
  if (transfers.length > 0) process['dpv:hasProcess'] = transfers;
  if (!isNotStated(activity.dpia) && !isNotRequired(activity.dpia)) {
    const dpia = activity.dpia;
    process['dpv:hasOrganisationalMeasure'] = {
      '@type': 'dpv:DPIA',
      ...(dpia.required !== undefined
        ? { 'dpv:hasStatus': id(dpia.required ? 'eu-gdpr:DPIARequired' : 'eu-gdpr:DPIANotRequired') }
        : {}),
      ...(dpia.reference ? label(dpia.reference) : {}),
    };
    if (dpia.status)
      report.add(
        { resource: where },
        'dropped',
        `dpia.status ${dpia.status}`,
        undefined,
        'kept out: DPV 2.2 has no GDPR term for a DPIA in progress or planned',
      );
  }
  return process;
}

/** The category's items: a pd: concept where the item's fideslang key maps to one, else a local term. */
function personalDataOf(category: CategoryEntry, shared: Shared): readonly string[] {
  if (isNotStated(category.data)) return [];
  // a category's data items are one list shared by every activity it serves: their IRIs are made the
  // first time
  const known = shared.dataIris.get(category.data);
  if (known) return known;
  const found = category.data.map((item) => mappedData(item) ?? local('data', category.id, item.name));
  shared.dataIris.set(category.data, found);
  shared.dataOf.push(category);
  return found;
}

function mappedData(item: DataItem): string | undefined {
  return item.taxonomy ? PERSONAL_DATA[item.taxonomy] : undefined;
}

/** The nodes of a category's data items that have a local term, each once. */
function* personalDataNodes(
  category: CategoryEntry,
  dataIris: ReadonlyMap<object, readonly string[]>,
): Generator<Node> {
  if (isNotStated(category.data)) return;
  const iris = dataIris.get(category.data)!;
  const listed = new Set<string>();
  for (const [i, item] of category.data.entries()) {
    const iri = iris[i]!;
    if (mappedData(item) !== undefined || listed.has(iri)) continue;
    listed.add(iri);
    yield { '@id': iri, '@type': 'dpv:PersonalData', ...label(`${item.name} (${category.name})`) };
  }
}

/** A retention rule as a storage duration: xsd:duration, until an event (criteria only), or indeterminate. */
function storageOf(rule: RetentionEntry, category: CategoryEntry, where: string, report: LossReport): Node {
  const words = { ...label(`${category.name}: ${retentionText(rule)}`) };
  if (rule.duration === 'indefinite')
    return {
      '@type': 'dpv:StorageDuration',
      ...words,
      'dpv:hasDuration': { '@type': 'dpv:IndeterminateDuration' },
    };
  if (rule.duration !== undefined)
    return {
      '@type': 'dpv:StorageDuration',
      ...words,
      'dpv:hasDuration': {
        '@type': 'dpv:TemporalDuration',
        'rdf:value': { '@value': rule.duration, '@type': 'xsd:duration' },
      },
    };
  if (rule.criteria !== undefined)
    return {
      '@type': 'dpv:StorageDuration',
      ...words,
      'dpv:hasDuration': { '@type': 'dpv:UntilEventDuration', ...label(rule.criteria) },
    };
  report.add(
    { resource: where },
    'became',
    `retention of ${category.name}`,
    'an indeterminate duration',
    'the rule states no limit',
  );
  return {
    '@type': 'dpv:StorageDuration',
    ...words,
    'dpv:hasDuration': { '@type': 'dpv:IndeterminateDuration' },
  };
}
