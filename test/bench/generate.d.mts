// Types of the benchmark's inventory generator, for the tests that reuse its inventories.
export function inventoryFiles(
  n: number,
  options?: { variant?: number; structural?: boolean },
): [name: string, text: string][];
export function writeInventory(
  dir: string,
  n: number,
  options?: { variant?: number; structural?: boolean },
): { files: number; bytes: number };
export function sbomText(n: number): string;
