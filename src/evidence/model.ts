// The evidence model: what the code is seen to do, whichever tool saw it. Readers turn an SBOM or a
// scanner's report into this; the drift rules compare it with the inventory.

export type EvidenceTool = 'cyclonedx' | 'bearer' | 'privado';

/** One evidence file, as named on the command line. */
export interface EvidenceFile {
  readonly path: string;
  readonly tool: EvidenceTool;
}

/** A place in the code, as the scanner wrote it (relative to the folder it scanned); 1-based. */
export interface CodeLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

/** A package the code depends on, from an SBOM. `ecosystem` is its package-URL type. */
export interface PackageEvidence {
  readonly ecosystem: string;
  readonly name: string;
  readonly version?: string;
  readonly from: EvidenceFile;
}

/** A third-party service or a data store the code talks to, as a scanner names it. */
export interface ServiceEvidence {
  readonly kind: 'third-party' | 'data-store';
  readonly name: string;
  /** The scanner's own id for it (Privado's `ThirdParties.SDK.Sentry`), when it has one. */
  readonly id?: string;
  readonly domains: readonly string[];
  readonly from: EvidenceFile;
  readonly locations: readonly CodeLocation[];
}

/** A kind of personal data, as a scanner names it, with its fideslang key when one is known. */
export interface DataType {
  readonly name: string;
  readonly taxonomy?: string;
}

/** A kind of personal data the code handles. */
export interface DataTypeEvidence extends DataType {
  readonly from: EvidenceFile;
  readonly locations: readonly CodeLocation[];
}

/** Data of one kind that the code sends to a third-party service. */
export interface FlowEvidence {
  readonly dataType: DataType;
  readonly service: { readonly name: string; readonly id?: string; readonly domains: readonly string[] };
  readonly from: EvidenceFile;
  readonly locations: readonly CodeLocation[];
}

export interface Evidence {
  readonly files: readonly EvidenceFile[];
  readonly packages: readonly PackageEvidence[];
  readonly services: readonly ServiceEvidence[];
  readonly dataTypes: readonly DataTypeEvidence[];
  readonly flows: readonly FlowEvidence[];
}

/** What one file contributes. */
export type EvidencePart = Omit<Evidence, 'files'>;

export const NO_EVIDENCE: EvidencePart = { packages: [], services: [], dataTypes: [], flows: [] };
