// Loads the bundled CLI (dist/cli.cjs) with the V8 code cache written next to it at build time, so that
// a start does not parse and compile the whole bundle again (~35 ms of a ~120 ms `ropa lint`). V8 checks
// little of a cache itself (its version and the length of the source), so the file carries the CRC-32 of
// the bundle it was made from and of its own content: a cache for another bundle, a damaged one, or a
// Node without zlib.crc32 (before 20.15) means the bundle is compiled as usual. The cache changes how
// fast ropa starts, never what it does.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';

export const CLI = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL('../dist/cli.code-cache', import.meta.url));

const MAGIC = Buffer.from('ropa-cc1');
const HEADER = MAGIC.length + 8;

/** The code cache file: a header (magic, CRC-32 of the bundle, CRC-32 of the cache) and V8's cache. */
export function packCodeCache(source, cachedData) {
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32LE(zlib.crc32(source), MAGIC.length);
  header.writeUInt32LE(zlib.crc32(cachedData), MAGIC.length + 4);
  return Buffer.concat([header, cachedData]);
}

/** V8's cache from the file, when it was made from this very bundle and is whole; otherwise undefined. */
function unpackCodeCache(source, file) {
  if (
    typeof zlib.crc32 !== 'function' ||
    file.length <= HEADER ||
    !file.subarray(0, MAGIC.length).equals(MAGIC)
  ) {
    return undefined;
  }
  const cachedData = file.subarray(HEADER);
  if (file.readUInt32LE(MAGIC.length) !== zlib.crc32(source)) return undefined;
  if (file.readUInt32LE(MAGIC.length + 4) !== zlib.crc32(cachedData)) return undefined;
  return cachedData;
}

/** The bundle as a V8 script, with the cache when there is a good one, and the module it exports. */
export function loadCli({ cache = true } = {}) {
  const source = readFileSync(CLI);
  let cachedData;
  if (cache) {
    try {
      cachedData = unpackCodeCache(source, readFileSync(CODE_CACHE));
    } catch {
      // no cache (a build without one): compile as usual
    }
  }
  // the same wrapper as Node's own CommonJS loader: the bundle is CommonJS (esbuild --format=cjs)
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: CLI,
    cachedData,
  });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(CLI), module, CLI, path.dirname(CLI));
  return { cli: module.exports, script, source };
}
