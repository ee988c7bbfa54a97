import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes `files` (relative name -> text) into a new temporary folder and returns its path. */
export function tempInventory(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ropa-test-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** YAML text from lines, so fixtures in tests read like the files they stand for. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
