// Where `ropa site` writes: a new folder, an empty one, or a previous site, replaced whole; never a
// folder of something else, never inside the inventory or around it, never through a symbolic link.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, ropa } from '../helpers/cli.js';

const base = mkdtempSync(path.join(tmpdir(), 'ropa-site-folder-'));
const EXAMPLE = path.join(REPO, 'inventory');

function fresh(name: string): string {
  const dir = path.join(base, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('ropa site -o FOLDER', () => {
  it('needs -o', () => {
    const result = ropa(['site', 'inventory']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ropa: ropa site writes a folder: name it with -o FOLDER\n');
  });

  it('writes a new folder, then replaces it whole, leaving nothing of the previous site or of its work', () => {
    const parent = fresh('replace');
    const site = path.join(parent, 'site');
    expect(ropa(['site', EXAMPLE, '-o', site]).code).toBe(0);
    expect(readFileSync(path.join(site, '.ropa-site'), 'utf8')).toMatch(/^ropa \d+\.\d+\.\d+/);
    writeFileSync(path.join(site, 'category', 'removed-since.html'), 'stale');
    const again = ropa(['site', EXAMPLE, '-o', site]);
    expect(again).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(readdirSync(path.join(site, 'category'))).not.toContain('removed-since.html');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('writes into an empty folder', () => {
    const site = fresh('empty');
    expect(ropa(['site', EXAMPLE, '-o', site]).code).toBe(0);
    expect(readdirSync(site)).toContain('index.html');
  });

  it('refuses a folder that holds something else, and leaves it as it was', () => {
    const site = fresh('other');
    writeFileSync(path.join(site, 'notes.txt'), 'mine');
    const result = ropa(['site', EXAMPLE, '-o', site]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `ropa: ${site}: is not empty and holds no site of ropa's (no .ropa-site): name a new or empty folder\n`,
    );
    expect(readdirSync(site)).toEqual(['notes.txt']);
    expect(readdirSync(path.dirname(site)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a marker that is not a file', () => {
    const site = fresh('fake-marker');
    mkdirSync(path.join(site, '.ropa-site'));
    expect(ropa(['site', EXAMPLE, '-o', site]).code).toBe(2);
  });

  it('refuses a file, and a symbolic link to a folder', () => {
    const parent = fresh('kinds');
    writeFileSync(path.join(parent, 'file'), 'x');
    const file = ropa(['site', EXAMPLE, '-o', path.join(parent, 'file')]);
    expect(file.stderr).toBe(
      `ropa: ${path.join(parent, 'file')}: is not a folder; -o names a folder for site\n`,
    );
    const real = fresh('kinds/real');
    symlinkSync(real, path.join(parent, 'link'));
    const link = ropa(['site', EXAMPLE, '-o', path.join(parent, 'link')]);
    expect(link.stderr).toBe(
      `ropa: ${path.join(parent, 'link')}: is a symbolic link; name the folder itself for -o\n`,
    );
    expect([file.code, link.code]).toEqual([2, 2]);
    expect(readdirSync(real)).toEqual([]);
  });

  it('never writes inside the inventory, nor replaces a folder that holds it', () => {
    const parent = fresh('around');
    const inventory = path.join(parent, 'inventory');
    cpSync(EXAMPLE, inventory, { recursive: true });
    const inside = ropa(['site', inventory, '-o', path.join(inventory, 'site')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/refusing to write inside the inventory folder/);
    writeFileSync(path.join(parent, '.ropa-site'), 'ropa 0.1.0\n');
    const around = ropa(['site', inventory, '-o', parent]);
    expect(around.code).toBe(2);
    expect(around.stderr).toBe(
      `ropa: ${parent}: refusing to replace a folder that holds what this run reads\n`,
    );
    expect(readdirSync(inventory).sort()).toEqual(readdirSync(EXAMPLE).sort());
  });
});
