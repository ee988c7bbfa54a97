import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LARGE_INVENTORY_FILES, loadInventory, type CheckCache } from '../../src/inventory/load.js';
import { READ_AHEAD_FILES } from '../../src/inventory/read-ahead.js';
import { MAX_FILE_BYTES } from '../../src/inventory/regular-file.js';
import { InputError } from '../../src/errors.js';
import { RULES } from '../../src/rules/index.js';
import { lint } from '../../src/rules/run.js';
import { ropa } from '../helpers/cli.js';
import { tempInventory, yaml } from '../helpers/inventory.js';

// A large inventory does not keep the texts of its files: a file with findings is read again to place
// them. The built CLI and the loader run from source must find the same things at the same places.
// the categories are deliberately bare: only the structure rules, whose findings the loader makes, are on
const gaps = RULES.filter((r) => r.group !== 'structure');
const GAPS_OFF = gaps.flatMap((r) => ['--rule', `${r.id}=off`]);
const gapsOff = Object.fromEntries(gaps.map((r) => [r.id, 'off' as const]));

describe('an inventory large enough that texts are read again to place findings', () => {
  const files: Record<string, string> = {
    'organization.yaml': yaml('organization:', '  name: Acme'),
    'recipients.yaml': yaml('recipients:', '  - id: bank', '    name: Bank'),
    'broken.yaml': yaml('category:', '  id: broken', '   name: x'),
    'empty.yaml': '',
    'latin1.yaml': 'x',
  };
  for (let i = 0; i < LARGE_INVENTORY_FILES + 10; i++) {
    const id = `c-${i}`;
    files[`categories/${id}.yaml`] = yaml(
      'category:',
      `  id: ${id}`,
      `  name: Category ${i}`,
      `  recipients: [${i % 100 === 7 ? 'bnak' : 'bank'}]`,
      ...(i % 250 === 3 ? ['  retention:', '    - duration: ten years'] : []),
    );
  }
  const dir = tempInventory(files);
  writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));

  it('places every finding as the built CLI does, on lines read again', async () => {
    const loaded = await loadInventory(dir);
    const inProcess = lint(loaded, { config: { rules: gapsOff }, today: '2026-01-01' });
    const cli = ropa(['lint', dir, '--format', 'json', ...GAPS_OFF]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(1);
    const fromCli = (JSON.parse(cli.stdout) as { diagnostics: Shown[] }).diagnostics;
    expect(fromCli.map(shown)).toEqual(inProcess.map(shown));
    expect(fromCli.map(shown).slice(0, 5)).toEqual([
      'broken.yaml:2:7 yaml-syntax invalid YAML: nested mappings are not allowed in compact mappings',
      'c-1003.yaml:6:17 schema "ten years" is not an ISO 8601 duration (e.g. P10Y, P3M, P10D) or "indefinite"',
      'c-1007.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'c-107.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'c-207.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
    ]);
    expect(fromCli).toHaveLength(19);
    expect(fromCli.map(shown).slice(-2)).toEqual([
      'empty.yaml:1:1 schema the file is empty; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories',
      'latin1.yaml:1:4 yaml-syntax not UTF-8 text (byte 0xE9): save the file as UTF-8',
    ]);
  });

  it('says so when a file with findings has changed or gone before its findings are placed', async () => {
    const changed = await loadInventory(dir);
    writeFileSync(path.join(dir, 'categories/c-7.yaml'), yaml('category:', '  id: c-7', '  name: Renamed'));
    const run = () => lint(changed, { config: { rules: gapsOff }, today: '2026-01-01' });
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      `${path.join(dir, 'categories/c-7.yaml')}: changed while ropa was reading the inventory (read again to place its findings); run again`,
    );
    const gone = await loadInventory(dir);
    rmSync(path.join(dir, 'categories/c-107.yaml'));
    expect(() => lint(gone, { config: { rules: gapsOff }, today: '2026-01-01' })).toThrow(
      `${path.join(dir, 'categories/c-107.yaml')}: cannot be read: it disappeared while ropa was reading the folder (read again to place its findings); run again`,
    );
  });
});

// From READ_AHEAD_FILES files on, the built CLI reads them on a second thread (src/inventory/read-ahead.ts)
// while the loader run from source reads them itself: both must find the same things at the same places.
describe('an inventory large enough to be read on a second thread', () => {
  const files: Record<string, string | Uint8Array> = {
    'organization.yaml': yaml('organization:', '  name: Acme'),
    'recipients.yaml': yaml('recipients:', '  - id: bank', '    name: Bank'),
    'broken.yaml': yaml('category:', '  id: broken', '   name: x'),
    'empty.yaml': '',
    'latin1.yaml': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'huge.yaml': Buffer.alloc(MAX_FILE_BYTES + 1, 0x23),
  };
  for (let i = 0; i < READ_AHEAD_FILES + 10; i++) {
    files[`categories/c-${i}.yaml`] = yaml(
      'category:',
      `  id: c-${i}`,
      `  name: Category ${i}`,
      `  recipients: [${i % 500 === 7 ? 'bnak' : 'bank'}]`,
    );
  }
  const dir = tempInventory(files);

  it('finds what the loader run from source finds, at the same places', async () => {
    const inProcess = lint(await loadInventory(dir), { config: { rules: gapsOff }, today: '2026-01-01' });
    const cli = ropa(['lint', dir, '--format', 'json', ...GAPS_OFF]);
    expect(cli.stderr).toBe('');
    const fromCli = (JSON.parse(cli.stdout) as { diagnostics: Shown[] }).diagnostics;
    expect(fromCli.map(shown)).toEqual(inProcess.map(shown));
    expect(fromCli.map(shown)).toEqual([
      'broken.yaml:2:7 yaml-syntax invalid YAML: nested mappings are not allowed in compact mappings',
      'c-1007.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'c-1507.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'c-2007.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'c-507.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'c-7.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
      'empty.yaml:1:1 schema the file is empty; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories',
      'huge.yaml:1:1 yaml-syntax the file is 4.0 MiB; ropa reads files up to 4 MiB: split it (one file per category under categories/)',
      'latin1.yaml:1:4 yaml-syntax not UTF-8 text (byte 0xE9): save the file as UTF-8',
    ]);
  });
});

// From READ_AHEAD_FILES files with findings on, the built CLI reads them again on a second thread, in
// the order their findings are placed, while the loader run from source reads each when asked: the same
// places either way, in files with CR LF line ends, a name that is not UTF-8, a link, and related places
// in other files.
describe('an inventory with many files whose findings are placed on a second thread', () => {
  const files: Record<string, string> = {
    'organization.yaml': yaml('organization:', '  name: Acme'),
    'recipients.yaml': yaml('recipients:', '  - id: bank', '    name: Bank'),
  };
  const count = Math.max(LARGE_INVENTORY_FILES, 2 * READ_AHEAD_FILES) + 10;
  for (let i = 0; i < count; i++) {
    const text = yaml(
      'category:',
      // every 100th repeats the id of the one before it: the other is a related place, in another file
      `  id: c-${i % 100 === 11 ? i - 1 : i}`,
      `  name: Category ${i}`,
      `  recipients: [${i % 2 === 0 ? 'bnak' : 'bank'}]`,
    );
    files[`categories/c-${i}.yaml`] = i % 100 === 30 ? text.replace(/\n/g, '\r\n') : text;
  }
  const dir = tempInventory(files);
  writeFileSync(
    Buffer.concat([Buffer.from(`${dir}/categories/caf`), Buffer.from([0xe9, 0x2e, 0x79, 0x61, 0x6d, 0x6c])]),
    yaml('category:', '  id: cafe', '  name: Caf\u00e9', '  recipients: [bnak]'),
  );
  symlinkSync(path.join(dir, 'categories/c-4.yaml'), path.join(dir, 'link.yaml'));

  it('places them where the loader run from source does', async () => {
    const inProcess = lint(await loadInventory(dir), { config: { rules: gapsOff }, today: '2026-01-01' });
    const cli = ropa(['lint', dir, '--format', 'json', ...GAPS_OFF]);
    expect(cli.stderr).toBe('');
    const fromCli = (JSON.parse(cli.stdout) as { diagnostics: (Shown & { related?: Shown[] })[] })
      .diagnostics;
    expect(fromCli.map(withRelated)).toEqual(inProcess.map(withRelated));
    expect(new Set(fromCli.map((d) => d.file)).size).toBeGreaterThanOrEqual(READ_AHEAD_FILES);
    const at = (name: string) => fromCli.filter((d) => path.basename(d.file) === name).map(withRelated);
    expect(at('c-111.yaml')).toEqual([
      'c-111.yaml:2:7 duplicate-id category id "c-110" is defined twice; c-110.yaml:2:7 the other category "c-110"',
    ]);
    expect(at('c-130.yaml')).toEqual([
      'c-130.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
    ]);
    expect(at('caf\\xE9.yaml')).toEqual([
      'caf\\xE9.yaml:4:16 unknown-reference no recipient has the id "bnak" (did you mean "bank"?)',
    ]);
    expect(at('link.yaml')).toEqual([
      'link.yaml:2:7 duplicate-id category id "c-4" is defined twice; c-4.yaml:2:7 the other category "c-4"',
    ]);
  });
});

// The two sides of a diff of large inventories share what is the same: a file whose bytes are the same on
// both is parsed and checked once. What the second side finds, and where, must not depend on it.
describe('two large inventories with mostly the same files', () => {
  const category = (i: number, ...more: string[]) =>
    yaml('category:', `  id: c-${i}`, `  name: Category ${i}`, '  recipients: [bank]', ...more);
  const common: Record<string, string> = {
    'organization.yaml': yaml('organization:', '  name: Acme'),
    'recipients.yaml': yaml(
      'recipients:',
      '  - id: bank',
      '    name: Bank',
      '  - id: shop',
      '    name: Shop',
    ),
  };
  const baseFiles: Record<string, string> = { ...common };
  for (let i = 0; i < LARGE_INVENTORY_FILES + 10; i++) baseFiles[`categories/c-${i}.yaml`] = category(i);
  baseFiles['categories/c-3.yaml'] = category(3, '  systems: [nowhere]');
  const headFiles: Record<string, string> = { ...baseFiles };
  headFiles['categories/c-5.yaml'] = yaml(
    'category:',
    '  id: c-5',
    '  name: Renamed',
    '  recipients: [bank, shop]',
  );
  headFiles['categories/c-8.yaml'] = category(8, '  purposes: [nothing]');
  delete headFiles['categories/c-9.yaml'];
  const [base, head] = [tempInventory(baseFiles), tempInventory(headFiles)];

  it('finds in the second what a load of its own finds, at the same places', async () => {
    const cache: CheckCache = new Map();
    const options = { config: { rules: gapsOff }, today: '2026-01-01' };
    await loadInventory(base, cache);
    const shared = await loadInventory(head, cache);
    const own = await loadInventory(head);
    expect(shared.inventory.categories).toEqual(own.inventory.categories);
    expect(lint(shared, options).map(shown)).toEqual(lint(own, options).map(shown));
  });

  it('diffs them as they are written', () => {
    const result = ropa(['diff', base, head, '--format', 'json', ...GAPS_OFF]);
    expect(result.stderr).toBe('');
    const diff = JSON.parse(result.stdout) as {
      changes: { type: string; id: string; field?: string; recipient?: string }[];
      findings: { added: Shown[]; removed: Shown[] };
    };
    expect(diff.changes.map((c) => [c.type, c.id, c.field ?? c.recipient ?? ''].join(' '))).toEqual([
      'changed c-5 name',
      'flow-added c-5 shop',
      'item-added c-8 purposes',
      'removed c-9 ',
      'flow-removed c-9 bank',
    ]);
    expect(diff.findings.added.map(shown)).toEqual([
      'c-8.yaml:5:14 unknown-reference no purpose has the id "nothing"',
    ]);
    // in a file the same on both sides
    expect(diff.findings.removed.map(shown)).toEqual([
      'recipients.yaml:4:9 unused-definition recipient "shop" is not referenced by any category',
    ]);
  });
});

interface Shown {
  file: string;
  line: number;
  column: number;
  message: string;
  rule: string;
}

const shown = (d: Shown) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.rule} ${d.message}`;

const withRelated = (d: Shown & { related?: readonly Omit<Shown, 'rule'>[] }) =>
  [
    shown(d),
    ...(d.related ?? []).map((r) => `${path.basename(r.file)}:${r.line}:${r.column} ${r.message}`),
  ].join('; ');
