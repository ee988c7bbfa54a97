// CycloneDX JSON SBOMs (specification 1.4 to 1.6), as `npm sbom --sbom-format cyclonedx`,
// @cyclonedx/cyclonedx-npm and cdxgen write them: the components, identified by their package URLs.
import type { EvidenceFile, EvidencePart, PackageEvidence } from './model.js';
import { parsePurl } from './purl.js';
import { join, own, Shape } from './shape.js';

const VERSIONS = new Set(['1.4', '1.5', '1.6']);
/** Components hold components (a bundle, a module); deeper than this is no SBOM a tool writes. */
const MAX_DEPTH = 32;

export function readCycloneDx(text: string, from: EvidenceFile): EvidencePart {
  const shape: Shape = new Shape(from.path, 'a CycloneDX SBOM');
  const root = shape.object(shape.parse(text), 'the document');
  if (own(root, 'bomFormat') !== 'CycloneDX') shape.fail('bomFormat', 'is not "CycloneDX"');
  const version = shape.string(own(root, 'specVersion'), 'specVersion');
  if (!VERSIONS.has(version)) {
    shape.fail('specVersion', `is ${JSON.stringify(version)}; ropa reads CycloneDX 1.4, 1.5 and 1.6`);
  }
  const packages: PackageEvidence[] = [];
  const visit = (list: unknown[], at: string, depth: number): void => {
    if (depth > MAX_DEPTH) shape.fail(at, `nests components more than ${MAX_DEPTH} deep`);
    list.forEach((value, i) => {
      const where = join(at, i);
      const component = shape.object(value, where);
      shape.string(own(component, 'type'), join(where, 'type'));
      shape.string(own(component, 'name'), join(where, 'name'));
      const purl = shape.optionalString(component, 'purl', where);
      if (purl !== undefined) {
        const parsed = parsePurl(purl);
        if (!parsed) shape.fail(join(where, 'purl'), `is not a package URL: ${JSON.stringify(purl)}`);
        packages.push({ ...parsed, from });
      }
      visit(shape.list(component, 'components', where), join(where, 'components'), depth + 1);
    });
  };
  visit(shape.list(root, 'components', ''), 'components', 1);
  return { packages, services: [], dataTypes: [], flows: [] };
}
