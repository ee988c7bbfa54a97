// Privado's privado.json (`privado scan`, written to .privado/privado.json): the personal data elements
// it found (`sources`, placed by `processing`), the sinks (`sinks`, placed by `sinkProcessing`) and the
// flows from one to the other by kind of sink (`dataFlow.third_parties`, `dataFlow.storages`, ...), each
// with the paths through the code. The shapes are those of privado-core's exporter models
// (ai.privado.model.exporter: SourceModel, SinkModel, DataFlowSubCategoryModel and their paths).
import { taxonomyOf } from '../reference/vendors.js';
import type {
  CodeLocation,
  DataType,
  DataTypeEvidence,
  EvidenceFile,
  EvidencePart,
  FlowEvidence,
  ServiceEvidence,
} from './model.js';
import { codeLocation, join, own, Shape } from './shape.js';

const THIRD_PARTY = 'ThirdParties.';
const STORAGE = 'Storages.';

export function readPrivado(text: string, from: EvidenceFile): EvidencePart {
  const shape: Shape = new Shape(from.path, 'a Privado privado.json');
  const root = shape.object(shape.parse(text), 'the document');
  if (Object.hasOwn(root, 'bomFormat')) shape.fail('the document', 'is an SBOM: give it with --sbom');
  if (!Object.hasOwn(root, 'sources')) shape.fail('the document', 'has no "sources"');
  if (!Object.hasOwn(root, 'dataFlow')) shape.fail('the document', 'has no "dataFlow"');

  /** A place on a path: privado-core writes -1 for a column it does not know. */
  const place = (value: unknown, at: string): CodeLocation | undefined => {
    const object = shape.object(value, at);
    return codeLocation(
      shape.optionalString(object, 'fileName', at),
      shape.optionalNumber(object, 'lineNumber', at),
      shape.optionalNumber(object, 'columnNumber', at),
    );
  };
  const occurrences = (key: string, idKey: string): Map<string, CodeLocation[]> => {
    const byId = new Map<string, CodeLocation[]>();
    shape.list(root, key, '').forEach((value, i) => {
      const at = join(key, i);
      const entry = shape.object(value, at);
      const id = shape.string(own(entry, idKey), join(at, idKey));
      const list = byId.get(id) ?? [];
      shape.list(entry, 'occurrences', at).forEach((occurrence, j) => {
        const found = place(occurrence, join(join(at, 'occurrences'), j));
        if (found) list.push(found);
      });
      byId.set(id, list);
    });
    return byId;
  };

  const sourcePlaces = occurrences('processing', 'sourceId');
  const dataTypes: DataTypeEvidence[] = [];
  const typeById = new Map<string, DataType>();
  shape.list(root, 'sources', '').forEach((value, i) => {
    const at = join('sources', i);
    const entry = shape.object(value, at);
    const id = shape.string(own(entry, 'id'), join(at, 'id'));
    const name = shape.string(own(entry, 'name'), join(at, 'name'));
    const taxonomy = taxonomyOf('privado', id);
    const type = taxonomy ? { name, taxonomy } : { name };
    typeById.set(id, type);
    // only personal data: Privado also lists secrets and other sources that are no one's data
    if (id.startsWith('Data.')) dataTypes.push({ ...type, from, locations: sourcePlaces.get(id) ?? [] });
  });

  const sinkPlaces = occurrences('sinkProcessing', 'sinkId');
  const services: (ServiceEvidence & { locations: CodeLocation[] })[] = [];
  const domainsOf = (entry: Record<string, unknown>, at: string): string[] =>
    shape.list(entry, 'domains', at).map((domain, k) => shape.string(domain, join(join(at, 'domains'), k)));
  shape.list(root, 'sinks', '').forEach((value, i) => {
    const at = join('sinks', i);
    const entry = shape.object(value, at);
    const id = shape.string(own(entry, 'id'), join(at, 'id'));
    const name = sinkName(shape.string(own(entry, 'name'), join(at, 'name')));
    const kind = id.startsWith(THIRD_PARTY)
      ? 'third-party'
      : id.startsWith(STORAGE)
        ? 'data-store'
        : undefined;
    if (kind)
      services.push({
        kind,
        name,
        id,
        domains: domainsOf(entry, at),
        from,
        locations: [...(sinkPlaces.get(id) ?? [])],
      });
  });

  const flows: FlowEvidence[] = [];
  const dataFlow = shape.object(own(root, 'dataFlow'), 'dataFlow');
  for (const category of Object.keys(dataFlow)) {
    const at = join('dataFlow', category);
    shape.array(dataFlow[category], at).forEach((value, i) => {
      const where = join(at, i);
      const entry = shape.object(value, where);
      const sourceId = shape.string(own(entry, 'sourceId'), join(where, 'sourceId'));
      const dataType = typeById.get(sourceId);
      shape.list(entry, 'sinks', where).forEach((sinkValue, j) => {
        const sinkAt = join(join(where, 'sinks'), j);
        const sink = shape.object(sinkValue, sinkAt);
        const id = shape.string(own(sink, 'id'), join(sinkAt, 'id'));
        const name = sinkName(shape.string(own(sink, 'name'), join(sinkAt, 'name')));
        // the last step of each path is where the data leaves the code
        const locations = shape.list(sink, 'paths', sinkAt).flatMap((pathValue, k) => {
          const pathAt = join(join(sinkAt, 'paths'), k);
          const steps = shape.list(shape.object(pathValue, pathAt), 'path', pathAt);
          const last =
            steps.length > 0 ? place(steps.at(-1), join(join(pathAt, 'path'), steps.length - 1)) : undefined;
          return last ? [last] : [];
        });
        if (dataType && id.startsWith(THIRD_PARTY)) {
          flows.push({ dataType, service: { name, id, domains: domainsOf(sink, sinkAt) }, from, locations });
        }
        if (id.startsWith(STORAGE)) {
          const store = services.find((s) => s.id === id);
          if (store) store.locations.push(...locations);
          else
            services.push({
              kind: 'data-store',
              name,
              id,
              domains: domainsOf(sink, sinkAt),
              from,
              locations,
            });
        }
      });
    });
  }
  return { packages: [], services, dataTypes, flows };
}

/** "MongoDB (Read)" is MongoDB: Privado names a store once per kind of access. */
function sinkName(name: string): string {
  return name.replace(/\s*\((?:read|write|read\s*and\s*write)\)\s*$/i, '');
}
