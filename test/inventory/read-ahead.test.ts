import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { READ_AHEAD_FILES, readFiles } from '../../src/inventory/read-ahead.js';
import { MAX_FILE_BYTES, readRegularFile, type FileRead } from '../../src/inventory/regular-file.js';

// The files of a large inventory are read on a worker thread (the bundled CLI carries its script); here
// the script is bundled from the sources as scripts/build.mjs does, and what comes out of the thread is
// held to what readRegularFile gives on the main thread, file by file, hostile files included.

/** A read as the caller sees it, its bytes copied out (they are only good until the next read). */
const copied = (read: FileRead) =>
  read.ok
    ? { ok: true, text: Buffer.from(read.bytes).toString('latin1') }
    : { ok: false, message: read.message };

function readAll(files: (string | Buffer)[], script?: string) {
  const reads = [];
  for (const read of readFiles(files, script)) reads.push(copied(read));
  return reads;
}

let script: string;
let dir: string;
let files: (string | Buffer)[];

beforeAll(async () => {
  script = (
    await build({
      entryPoints: [path.resolve('src/inventory/read-worker.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  dir = mkdtempSync(path.join(os.tmpdir(), 'ropa-read-ahead-'));
  files = [];
  for (let i = 0; i < READ_AHEAD_FILES + 100; i++) {
    const file = path.join(dir, `f${i}.yaml`);
    // sizes that fill the hand-over buffers unevenly, one file of the largest size read, one just over
    const size = i === 7 ? MAX_FILE_BYTES : i === 8 ? MAX_FILE_BYTES + 1 : i % 97 === 0 ? 200_000 : i % 5;
    writeFileSync(file, Buffer.alloc(size, 97 + (i % 26)));
    files.push(file);
  }
  mkdirSync(path.join(dir, 'folder.yaml'));
  symlinkSync(files[1] as string, path.join(dir, 'link.yaml'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
  const latin1Name = Buffer.concat([
    Buffer.from(`${dir}/caf`),
    Buffer.from([0xe9, 0x2e, 0x79, 0x61, 0x6d, 0x6c]),
  ]);
  writeFileSync(latin1Name, 'name: x\n');
  files.splice(
    3,
    0,
    path.join(dir, 'folder.yaml'),
    path.join(dir, 'link.yaml'),
    path.join(dir, 'pipe.yaml'),
    path.join(dir, 'gone.yaml'),
    latin1Name,
  );
}, 60_000);

describe('reading a large inventory on a worker thread', () => {
  it('gives every file, in order, as readRegularFile does on the main thread, failures in its words', () => {
    const here = files.map((file) => copied(readRegularFile(file)));
    const ahead = readAll(files, script);
    expect(ahead).toEqual(here);
    expect(ahead.slice(3, 8)).toEqual([
      { ok: false, message: 'a folder, not a file: nothing read' },
      { ok: false, message: 'a symbolic link where a file was listed: not followed, nothing read' },
      { ok: false, message: 'a named pipe, not a regular file: nothing read' },
      { ok: false, message: 'cannot be read: it disappeared while ropa was reading the folder' },
      { ok: true, text: 'name: x\n' },
    ]);
    expect(ahead[13]).toEqual({
      ok: false,
      message:
        'the file is 4.0 MiB; ropa reads files up to 4 MiB: split it (one file per category under categories/)',
    });
  });

  it('hands over what the thread read (a script that reads other files shows it)', () => {
    const paths = files.slice(-READ_AHEAD_FILES) as string[];
    paths.forEach((file, i) => writeFileSync(`${file}.other`, `other ${i}`));
    const readsOthers = `require('node:worker_threads').workerData.files = require('node:worker_threads').workerData.files.map((f) => f + '.other');\n${script}`;
    const reads = readAll(paths, readsOthers);
    expect(reads).toHaveLength(paths.length);
    expect(reads.every((read, i) => read.ok && read.text === `other ${i}`)).toBe(true);
  });

  it('reads the files itself when the thread never answers', () => {
    const paths = files.slice(-READ_AHEAD_FILES) as string[];
    const reads = readAll(paths, 'throw new Error("no thread today")');
    expect(reads).toEqual(paths.map((file) => copied(readRegularFile(file))));
  });

  it('gives the first files to a caller that stops after them', () => {
    const reads = [];
    for (const read of readFiles(files, script)) {
      reads.push(copied(read));
      if (reads.length === 3) break;
    }
    expect(reads).toEqual(files.slice(0, 3).map((file) => copied(readRegularFile(file))));
  });
});
