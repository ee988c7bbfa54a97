// The vendor catalogue (vendors.json): which SaaS vendor an SDK package belongs to, who the vendor
// usually is in law and where it processes data; and the scanners' data types as fideslang keys
// (data-types.json). `ropa drift` reads the code's evidence through these.
import catalogue from './vendors.json' with { type: 'json' };
import dataTypes from './data-types.json' with { type: 'json' };

/** The package ecosystems the catalogue names SDKs for, by their package-URL type. */
export type Ecosystem = 'npm' | 'pypi' | 'maven' | 'golang' | 'gem' | 'nuget';
export const ECOSYSTEMS: readonly Ecosystem[] = ['npm', 'pypi', 'maven', 'golang', 'gem', 'nuget'];

export type DpfStatus = 'listed' | 'not-applicable' | 'unknown';

export interface Vendor {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly legal_entity: string;
  readonly countries: readonly string[];
  readonly regions?: string;
  readonly dpf: DpfStatus;
  readonly dpa: string | null;
  readonly domains: readonly string[];
  /** Other names that, as words of a recipient's name, make it this vendor ("Google" for Google Analytics). */
  readonly names?: readonly string[];
  readonly scanner_names?: readonly string[];
  readonly packages: Partial<Record<Ecosystem, readonly string[]>>;
  readonly unverified?: readonly string[];
  readonly note?: string;
}

export const VENDORS = catalogue.vendors as readonly Vendor[];
export const CATALOGUE_AS_OF: string = catalogue.as_of;

/** A name as compared across scanners and catalogues: lower case, letters and digits only. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A package name as its registry compares names (PyPI folds `-`, `_` and `.`; the others their case). */
export function packageKey(ecosystem: string, name: string): string {
  const lower = name.toLowerCase();
  return ecosystem === 'pypi' ? lower.replace(/[-_.]+/g, '-') : lower;
}

const exact = new Map<string, Vendor>();
const prefixes = new Map<string, { prefix: string; vendor: Vendor }[]>();
const byName = new Map<string, Vendor>();
for (const vendor of VENDORS) {
  for (const ecosystem of ECOSYSTEMS) {
    for (const pattern of vendor.packages[ecosystem] ?? []) {
      const key = packageKey(ecosystem, pattern);
      if (key.endsWith('*')) {
        const list = prefixes.get(ecosystem) ?? [];
        list.push({ prefix: key.slice(0, -1), vendor });
        prefixes.set(ecosystem, list);
      } else exact.set(`${ecosystem}:${key}`, vendor);
    }
  }
  for (const name of [vendor.id, vendor.name, ...(vendor.scanner_names ?? [])])
    byName.set(nameKey(name), vendor);
}

/** The vendor whose SDK a package is, if the catalogue knows it. */
export function vendorOfPackage(ecosystem: string, name: string): Vendor | undefined {
  const key = packageKey(ecosystem, name);
  const found = exact.get(`${ecosystem}:${key}`);
  if (found) return found;
  if (ecosystem === 'golang') {
    // a Go module is named by its path: github.com/stripe/stripe-go/v76 is a version of .../stripe-go
    for (let end = key.lastIndexOf('/'); end > 0; end = key.lastIndexOf('/', end - 1)) {
      const parent = exact.get(`golang:${key.slice(0, end)}`);
      if (parent) return parent;
    }
  }
  return prefixes.get(ecosystem)?.find(({ prefix }) => key.startsWith(prefix))?.vendor;
}

/** The vendor a scanner names (`Sentry`, `Amazon AWS APIs`), if the catalogue knows it. */
export function vendorNamed(name: string): Vendor | undefined {
  return byName.get(nameKey(name));
}

const taxonomies = {
  bearer: keyed(dataTypes.bearer),
  privado: keyed(dataTypes.privado),
};

function keyed(table: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(table).map(([name, key]) => [nameKey(name), key]));
}

/** The fideslang key of a data type as a scanner names it, when data-types.json maps it. */
export function taxonomyOf(scanner: 'bearer' | 'privado', dataType: string): string | undefined {
  return taxonomies[scanner].get(nameKey(dataType));
}
