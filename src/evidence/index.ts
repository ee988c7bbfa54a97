import { readInputText } from '../inventory/read.js';
import { readBearer } from './bearer.js';
import { readCycloneDx } from './cyclonedx.js';
import type { Evidence, EvidencePart, EvidenceFile, EvidenceTool } from './model.js';
import { readPrivado } from './privado.js';

/** The largest evidence file read: an SBOM of 5,000 components is about 3 MiB; cdxgen's largest, tens. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

const READERS: Record<
  EvidenceTool,
  { what: string; read: (text: string, from: EvidenceFile) => EvidencePart }
> = {
  cyclonedx: { what: 'SBOM', read: readCycloneDx },
  bearer: { what: 'Bearer report', read: readBearer },
  privado: { what: 'Privado report', read: readPrivado },
};

/** Reads every evidence file named on the command line into one model; a bad file stops the run. */
export function readEvidence(files: readonly EvidenceFile[]): Evidence {
  const parts = files.map((file) => {
    const reader = READERS[file.tool];
    return reader.read(readInputText(file.path, reader.what, MAX_EVIDENCE_BYTES), file);
  });
  return {
    files,
    packages: parts.flatMap((p) => p.packages),
    services: parts.flatMap((p) => p.services),
    dataTypes: parts.flatMap((p) => p.dataTypes),
    flows: parts.flatMap((p) => p.flows),
  };
}
