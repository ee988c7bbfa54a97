// Which transfer tool a recipient states for a country: the single-object form of `transfer` covers
// every non-EEA country, the list form names one tool per country.
import type { CountryTransferTool, Path, Recipient, TransferTool } from './model.js';

/** A stated tool and where it is written inside the recipient (`['transfer']` or `['transfer', i]`). */
export interface StatedTool {
  readonly tool: TransferTool;
  readonly at: Path;
}

const WHOLE: Path = Object.freeze(['transfer']);

/** The tool the recipient states for `country`, or undefined when none is stated for it. */
export function toolFor(recipient: Recipient, country: string): StatedTool | undefined {
  const transfer = recipient.transfer;
  if (transfer === undefined) return undefined;
  if (!Array.isArray(transfer)) return { tool: transfer, at: WHOLE };
  const i = transfer.findIndex((entry) => entry.country === country);
  return i < 0 ? undefined : { tool: transfer[i]!, at: ['transfer', i] };
}

/** Every tool the recipient states: the single form once, or each entry of the list form. */
export function statedTools(recipient: Recipient): { tool: TransferTool | CountryTransferTool; at: Path }[] {
  const transfer = recipient.transfer;
  if (transfer === undefined) return [];
  if (!Array.isArray(transfer)) return [{ tool: transfer, at: WHOLE }];
  return transfer.map((entry, i) => ({ tool: entry, at: ['transfer', i] }));
}
