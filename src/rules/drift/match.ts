// How drift relates what the code is seen to do to what the inventory declares: which vendor a package
// or a scanner's name is, which recipient a vendor is, which data item a detected data type is, which
// system a data store is. The drift rules share these answers.
import type { CodeLocation, DataType, Evidence, EvidenceFile } from '../../evidence/model.js';
import type { Related } from '../../inventory/diagnostic.js';
import {
  dataItems,
  disclosures,
  type DataItem,
  type Inventory,
  type Loc,
  type Recipient,
  type System,
} from '../../inventory/model.js';
import {
  ECOSYSTEMS,
  nameKey,
  packageKey,
  vendorNamed,
  vendorOfPackage,
  type Vendor,
} from '../../reference/vendors.js';
import { phrase, words, type MessageValue } from '../message.js';

/** A vendor the code talks to, and what shows it. */
export interface SeenVendor {
  readonly name: string;
  /** The catalogue's entry, when the vendor is in it. */
  readonly vendor?: Vendor;
  /** What a recipient's `aliases` may name: package names, domains, scanner names and ids, lower case. */
  readonly aliases: Set<string>;
  /** Names that, as words of a recipient's name, make the recipient this vendor. */
  readonly names: readonly string[];
  readonly evidence: Shown;
}

/** What shows a vendor, a data type or a store: packages, scanners' names, and places in the code. */
export class Shown {
  readonly #packages = new Map<string, Set<string>>();
  readonly #sources = new Set<string>();
  readonly locations: (CodeLocation & { from: EvidenceFile })[] = [];

  addPackage(name: string, from: EvidenceFile): void {
    const names = this.#packages.get(from.path) ?? new Set<string>();
    names.add(name);
    this.#packages.set(from.path, names);
  }

  add(source: string, locations: readonly CodeLocation[], from: EvidenceFile): void {
    this.#sources.add(source);
    for (const location of locations) this.locations.push({ ...location, from });
  }

  /** "packages @sentry/core, @sentry/node in sbom.json; src/app.js:3 in bearer.json", a few of each. */
  text(): string {
    const packages = [...this.#packages].map(([file, set]) => {
      const names = [...set].sort(compare);
      const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
      return `${names.length === 1 ? 'package' : 'packages'} ${shown} in ${file}`;
    });
    const places = unique(this.locations.map((l) => `${l.file}:${l.line} in ${l.from.path}`));
    const others = [...this.#sources].filter(
      (source) => !places.some((place) => place.endsWith(source.slice(source.lastIndexOf(' in ')))),
    );
    const parts = [...packages, ...others.slice(0, 2), ...places.slice(0, 2)];
    const more = others.length + places.length - Math.min(others.length, 2) - Math.min(places.length, 2);
    return `${parts.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
  }

  /** The places in the code, for SARIF's related locations (at most ten). */
  related(message: string): Related[] {
    const seen = new Set<string>();
    const out: Related[] = [];
    for (const l of this.locations) {
      const key = `${l.file}:${l.line}:${l.column ?? 1}`;
      if (seen.has(key) || out.length >= 10) continue;
      seen.add(key);
      out.push({
        file: l.file,
        position: { line: l.line, column: l.column ?? 1 },
        message: `${message} (${l.from.path})`,
        code: true,
      });
    }
    return out;
  }
}

const vendorsOf = new WeakMap<Evidence, readonly SeenVendor[]>();

/** Every vendor the evidence shows the code talking to, by name. Worked out once per run. */
export function seenVendors(evidence: Evidence): readonly SeenVendor[] {
  const cached = vendorsOf.get(evidence);
  if (cached) return cached;
  const byKey = new Map<string, SeenVendor>();
  const entry = (vendor: Vendor | undefined, scannerName: string): SeenVendor => {
    const key = vendor ? `vendor:${vendor.id}` : `name:${nameKey(scannerName)}`;
    let seen = byKey.get(key);
    if (!seen) {
      seen = vendor
        ? {
            name: vendor.name,
            vendor,
            aliases: new Set(
              [
                vendor.id,
                vendor.name,
                ...(vendor.names ?? []),
                ...(vendor.scanner_names ?? []),
                ...vendor.domains,
                ...Object.values(vendor.packages).flat(),
              ].map((alias) => alias.toLowerCase()),
            ),
            names: [vendor.name, ...(vendor.names ?? [])],
            evidence: new Shown(),
          }
        : {
            name: scannerName,
            aliases: new Set([scannerName.toLowerCase()]),
            names: [scannerName],
            evidence: new Shown(),
          };
      byKey.set(key, seen);
    }
    return seen;
  };
  for (const p of evidence.packages) {
    const vendor = vendorOfPackage(p.ecosystem, p.name);
    if (!vendor) continue;
    const seen = entry(vendor, vendor.name);
    seen.aliases.add(packageKey(p.ecosystem, p.name));
    seen.aliases.add(p.name.toLowerCase());
    seen.evidence.addPackage(p.name, p.from);
  }
  const service = (s: { name: string; id?: string; domains: readonly string[] }) => {
    const seen = entry(vendorOfService(s), s.name);
    for (const alias of [s.name, ...(s.id ? [s.id] : []), ...s.domains])
      seen.aliases.add(alias.toLowerCase());
    return seen;
  };
  for (const s of evidence.services) {
    if (s.kind === 'third-party') service(s).evidence.add(`${s.name} in ${s.from.path}`, s.locations, s.from);
  }
  for (const f of evidence.flows)
    service(f.service).evidence.add(`${f.service.name} in ${f.from.path}`, f.locations, f.from);
  const all = [...byKey.values()].sort((a, b) => compare(a.name, b.name));
  vendorsOf.set(evidence, all);
  return all;
}

/** The catalogue's vendor for a service a scanner names: by its name, its Privado id, or its domains. */
export function vendorOfService(service: {
  name: string;
  id?: string;
  domains: readonly string[];
}): Vendor | undefined {
  const named = vendorNamed(service.name);
  if (named) return named;
  // Privado: ThirdParties.SDK.<Organisation>[.<Product>]
  const segments = service.id?.split('.').slice(2) ?? [];
  for (let end = segments.length; end > 0; end--) {
    const found = vendorNamed(segments.slice(0, end).join(' '));
    if (found) return found;
  }
  return undefined;
}

const recipientsOfSeen = new WeakMap<
  SeenVendor,
  { inventory: Inventory; recipients: readonly Recipient[] }
>();

/**
 * Recipients that are a vendor: by their aliases when they have some, otherwise by name. Worked out once
 * per vendor (the rules ask for each flow the evidence shows, and each answer goes through every recipient).
 */
export function recipientsFor(inventory: Inventory, seen: SeenVendor): readonly Recipient[] {
  const cached = recipientsOfSeen.get(seen);
  if (cached?.inventory === inventory) return cached.recipients;
  const recipients = inventory.recipients.filter((recipient) => isVendor(recipient, seen));
  recipientsOfSeen.set(seen, { inventory, recipients });
  return recipients;
}

function isVendor(recipient: Recipient, seen: SeenVendor): boolean {
  if (recipient.role === 'internal' || recipient.role === 'authority' || recipient.role === 'public')
    return false;
  if (recipient.aliases?.length) {
    return recipient.aliases.some((alias) => {
      const lower = alias.trim().toLowerCase();
      if (seen.aliases.has(lower)) return true;
      // any SDK package of the vendor, seen in this evidence or not (`@sentry/node` for a scanner's Sentry)
      if (seen.vendor && ECOSYSTEMS.some((ecosystem) => vendorOfPackage(ecosystem, lower) === seen.vendor))
        return true;
      // a domain alias covers the vendor's subdomains (o123.ingest.sentry.io is sentry.io)
      for (const domain of seen.vendor?.domains ?? []) if (lower.endsWith(`.${domain}`)) return true;
      return false;
    });
  }
  const words = nameWords(recipient);
  return seen.names.some((name) => containsWords(words, wordsOf(name)));
}

const wordsOfName = new WeakMap<Recipient, readonly string[]>();

/** The words of a recipient's name, split once for all the vendors it is compared with. */
function nameWords(recipient: Recipient): readonly string[] {
  let words = wordsOfName.get(recipient);
  if (!words) wordsOfName.set(recipient, (words = wordsOf(recipient.name)));
  return words;
}

/** Lower-case words: "Stripe Payments Europe, Ltd." is stripe, payments, europe, ltd. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether `phrase` appears in `words` as consecutive whole words. */
export function containsWords(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/**
 * Whether a data item is a detected data type: the same fideslang key, one inside the other (a scanner's
 * broad `user.contact.address` is an item's `user.contact.address.street`, and an item's `user.contact`
 * covers `user.contact.email`), or the same name, or the item named as the key's last part (`email`).
 */
export function itemIs(item: DataItem, type: DataType): boolean {
  const key = nameKey(item.name);
  if (key === nameKey(type.name)) return true;
  if (!type.taxonomy) return false;
  if (key === nameKey(type.taxonomy.slice(type.taxonomy.lastIndexOf('.') + 1))) return true;
  if (!item.taxonomy) return false;
  return (
    item.taxonomy === type.taxonomy ||
    type.taxonomy.startsWith(`${item.taxonomy}.`) ||
    item.taxonomy.startsWith(`${type.taxonomy}.`)
  );
}

const receivedBy = new WeakMap<Inventory, ReadonlyMap<string, readonly DataItem[]>>();

/** The data items each recipient receives: a disclosure's `data`, or all of its category's items. */
export function itemsReceived(inventory: Inventory): ReadonlyMap<string, readonly DataItem[]> {
  const cached = receivedBy.get(inventory);
  if (cached) return cached;
  const map = new Map<string, DataItem[]>();
  for (const category of inventory.categories) {
    const items = dataItems(category);
    for (const disclosure of disclosures(category)) {
      const list = map.get(disclosure.to) ?? [];
      if (disclosure.data) {
        for (const name of disclosure.data) list.push(items.find((item) => item.name === name) ?? { name });
      } else list.push(...items);
      map.set(disclosure.to, list);
    }
  }
  receivedBy.set(inventory, map);
  return map;
}

/** Whether a system is a data store a scanner names: the store's name, as words of the system's name or id. */
export function systemIs(system: System, store: string): boolean {
  const words = [...wordsOf(system.name), ...wordsOf(system.id)];
  const phrase = wordsOf(store);
  // "Amazon S3" is also written "S3": the product without its maker
  return containsWords(words, phrase) || (phrase.length > 1 && containsWords(words, phrase.slice(1)));
}

/** Where a finding about something the inventory lacks goes: the organization, the record as a whole. */
export function recordAnchor(inventory: Inventory): Loc {
  return inventory.organization?.loc ?? { file: inventory.files[0]?.name ?? '', path: [] };
}

/** A data type as the messages name it: its name, quoted, and its fideslang key when it has one. */
export function dataTypeValue(type: { name: string; taxonomy?: string }): MessageValue {
  return type.taxonomy
    ? phrase('{name} ({taxonomy})', { name: type.name, taxonomy: words(type.taxonomy) })
    : type.name;
}

/** The evidence files, as the messages name them. */
export function evidenceFiles(evidence: Evidence): string {
  return evidence.files.map((f) => f.path).join(', ');
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
