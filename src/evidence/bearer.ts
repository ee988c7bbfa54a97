// Bearer CLI reports in JSON: the privacy report (`bearer scan --report privacy --format json`: data
// subjects and types, third parties with the data types they receive) and the dataflow report
// (`--report dataflow`: data types and components with their places in the code). The shapes are those of
// Bearer's Go types (internal/report/output/privacy/types, internal/report/output/dataflow/types).
import { taxonomyOf } from '../reference/vendors.js';
import type {
  CodeLocation,
  DataTypeEvidence,
  EvidenceFile,
  EvidencePart,
  FlowEvidence,
  ServiceEvidence,
} from './model.js';
import { codeLocation, join, own, Shape } from './shape.js';

const PRIVACY_KEYS = ['subjects', 'third_party'];
const DATAFLOW_KEYS = ['data_types', 'risks', 'components', 'dependencies', 'errors'];
/** Bearer's name for a data type it could not tell, and for a subject it could not tell. */
const UNKNOWN = 'Unknown';

export function readBearer(text: string, from: EvidenceFile): EvidencePart {
  const shape: Shape = new Shape(from.path, 'a Bearer privacy or dataflow report');
  const root = shape.object(shape.parse(text), 'the document');
  if (Object.hasOwn(root, 'bomFormat')) shape.fail('the document', 'is an SBOM: give it with --sbom');
  const keys = Object.keys(root);
  // Bearer leaves empty sections out (omitempty): `{}` is a report with nothing found
  if (keys.length > 0 && !keys.some((key) => PRIVACY_KEYS.includes(key) || DATAFLOW_KEYS.includes(key))) {
    shape.fail(
      'the document',
      `has none of the keys of a report (${[...PRIVACY_KEYS, ...DATAFLOW_KEYS].join(', ')})`,
    );
  }
  const dataTypes: DataTypeEvidence[] = [];
  const services: ServiceEvidence[] = [];
  const flows: FlowEvidence[] = [];
  const dataType = (name: string) => {
    const taxonomy = taxonomyOf('bearer', name);
    return taxonomy ? { name, taxonomy } : { name };
  };

  shape.list(root, 'subjects', '').forEach((value, i) => {
    const at = join('subjects', i);
    const name = shape.string(own(shape.object(value, at), 'name'), join(at, 'name'));
    if (name !== UNKNOWN) dataTypes.push({ ...dataType(name), from, locations: [] });
  });
  shape.list(root, 'third_party', '').forEach((value, i) => {
    const at = join('third_party', i);
    const entry = shape.object(value, at);
    const name = shape.string(own(entry, 'third_party'), join(at, 'third_party'));
    services.push({ kind: 'third-party', name, domains: [], from, locations: [] });
    shape.list(entry, 'data_types', at).forEach((type, j) => {
      const typeName = shape.string(type, join(join(at, 'data_types'), j));
      if (typeName !== UNKNOWN) {
        flows.push({ dataType: dataType(typeName), service: { name, domains: [] }, from, locations: [] });
      }
    });
  });

  shape.list(root, 'data_types', '').forEach((value, i) => {
    const at = join('data_types', i);
    const entry = shape.object(value, at);
    const name = shape.string(own(entry, 'name'), join(at, 'name'));
    const locations: CodeLocation[] = [];
    shape.array(own(entry, 'detectors'), join(at, 'detectors')).forEach((detector, j) => {
      const where = join(join(at, 'detectors'), j);
      shape.list(shape.object(detector, where), 'locations', where).forEach((location, k) => {
        const place = join(join(where, 'locations'), k);
        const object = shape.object(location, place);
        const found = codeLocation(
          shape.optionalString(object, 'filename', place),
          shape.optionalNumber(object, 'start_line_number', place),
          shape.optionalNumber(object, 'start_column_number', place),
        );
        if (found) locations.push(found);
      });
    });
    if (name !== UNKNOWN) dataTypes.push({ ...dataType(name), from, locations });
  });
  shape.list(root, 'components', '').forEach((value, i) => {
    const at = join('components', i);
    const entry = shape.object(value, at);
    const name = shape.string(own(entry, 'name'), join(at, 'name'));
    const type = shape.string(own(entry, 'type'), join(at, 'type'));
    // sub_type and locations are always written (no omitempty in Bearer's Component type)
    shape.string(own(entry, 'sub_type'), join(at, 'sub_type'));
    const locations = shape.array(own(entry, 'locations'), join(at, 'locations')).flatMap((location, k) => {
      const place = join(join(at, 'locations'), k);
      const object = shape.object(location, place);
      const found = codeLocation(
        shape.optionalString(object, 'filename', place),
        shape.optionalNumber(object, 'line_number', place),
      );
      return found ? [found] : [];
    });
    // internal services are the organisation's own: neither a recipient nor a store to declare
    if (type === 'external_service')
      services.push({ kind: 'third-party', name, domains: [], from, locations });
    else if (type === 'data_store') services.push({ kind: 'data-store', name, domains: [], from, locations });
  });
  return { packages: [], services, dataTypes, flows };
}
