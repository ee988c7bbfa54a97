// WP248 criteria and the Art 35(3) cases from the versioned reference data.
import wp248Data from './wp248-criteria.json' with { type: 'json' };

export interface Art35Case {
  readonly id: string;
  readonly article: string;
  readonly label: string;
  readonly wp248: readonly string[];
}

/** How many WP248 criteria usually mean a DPIA is required. */
export const DPIA_THRESHOLD: number = wp248Data.threshold;
export const ART35_3_CASES: readonly Art35Case[] = wp248Data.art35_3;
