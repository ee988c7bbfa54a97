// Where `ropa site` writes: a new folder, an empty one, or a previous site, replaced whole; never a
// folder of something else, never inside the inventory or around it, never through a symbolic link.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
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
    // a page an earlier run wrote (its marker lists it) and this run does not: an entity since removed
    writeFileSync(path.join(site, 'category', 'removed-since.html'), 'stale');
    writeFileSync(
      path.join(site, '.ropa-site'),
      `${readFileSync(path.join(site, '.ropa-site'), 'utf8')}category/removed-since.html\n`,
    );
    const again = ropa(['site', EXAMPLE, '-o', site]);
    expect(again).toEqual({
      stdout: '',
      stderr: `Wrote 62 files to ${site}: open ${site}/index.html\n`,
      code: 0,
    });
    expect(readdirSync(path.join(site, 'category'))).not.toContain('removed-since.html');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('lists what it wrote in its marker, and replaces a previous site only if it holds nothing else', () => {
    const site = path.join(fresh('listed'), 'site');
    expect(ropa(['site', EXAMPLE, '-o', site]).code).toBe(0);
    const [first, ...listed] = readFileSync(path.join(site, '.ropa-site'), 'utf8').trimEnd().split('\n');
    expect(first).toMatch(/^ropa \d+\.\d+\.\d+$/);
    expect(listed).toContain('index.html');
    expect(listed).toContain('recipient/atlassian.html');
    expect(listed.length).toBe(
      readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length - 1,
    );
    // a file the user added (GitHub Pages' CNAME), then a gh-pages checkout's .git: refused, both kept
    writeFileSync(path.join(site, 'CNAME'), 'ropa.example.org\n');
    const cname = ropa(['site', EXAMPLE, '-o', site]);
    expect(cname).toMatchObject({
      code: 2,
      stderr: `ropa: ${site}: holds CNAME, which ropa did not write: move it out or name another folder\n`,
    });
    rmSync(path.join(site, 'CNAME'));
    mkdirSync(path.join(site, 'category', '.git'));
    expect(ropa(['site', EXAMPLE, '-o', site]).stderr).toBe(
      `ropa: ${site}: holds category/.git, which ropa did not write: move it out or name another folder\n`,
    );
    expect(readdirSync(path.join(site, 'category'))).toContain('.git');
  });

  it('a marker planted in a folder of something else does not make it a site', () => {
    const folder = fresh('planted');
    writeFileSync(path.join(folder, '.ropa-site'), 'ropa 0.1.0\n');
    mkdirSync(path.join(folder, 'important'));
    writeFileSync(path.join(folder, 'important', 'thesis.txt'), 'precious');
    expect(ropa(['site', EXAMPLE, '-o', folder])).toMatchObject({
      code: 2,
      stderr: `ropa: ${folder}: holds important, which ropa did not write: move it out or name another folder\n`,
    });
    expect(readFileSync(path.join(folder, 'important', 'thesis.txt'), 'utf8')).toBe('precious');
  });

  it('follows the path as the system does: a link then .. is checked and written where it leads', () => {
    const root = fresh('dotdot');
    mkdirSync(path.join(root, 'far', 'dir'), { recursive: true });
    mkdirSync(path.join(root, 'far', 'victim'));
    mkdirSync(path.join(root, 'victim'));
    writeFileSync(path.join(root, 'victim', 'thesis.txt'), 'precious');
    symlinkSync(path.join(root, 'far', 'dir'), path.join(root, 'L'));
    expect(ropa(['site', EXAMPLE, '-o', 'L/../victim'], { cwd: root }).code).toBe(0);
    expect(readdirSync(path.join(root, 'victim'))).toEqual(['thesis.txt']);
    expect(readdirSync(path.join(root, 'far', 'victim'))).toContain('index.html');
  });

  it('refuses a link named with a trailing slash, and the working folder itself', () => {
    const root = fresh('slash');
    const real = fresh('slash/real');
    symlinkSync(real, path.join(root, 'link'));
    expect(ropa(['site', EXAMPLE, '-o', 'link/'], { cwd: root })).toMatchObject({
      code: 2,
      stderr: 'ropa: link/: is a symbolic link; name the folder itself for -o\n',
    });
    const empty = fresh('slash/empty');
    expect(ropa(['site', EXAMPLE, '-o', '.'], { cwd: empty })).toMatchObject({
      code: 2,
      stderr: 'ropa: .: refusing to replace the working folder or a folder that holds it\n',
    });
    expect(readdirSync(real)).toEqual([]);
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
