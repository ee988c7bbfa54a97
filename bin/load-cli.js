// Loads the bundled CLI (dist/cli.cjs) with the V8 code cache written next to it at build time, so that
// a start does not parse and compile the whole bundle again (~20 ms of a ~110 ms `ropa lint`). A cache
// made by another Node version is rejected by V8 and the bundle is compiled as usual: the cache changes
// how fast ropa starts, never what it does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const CLI = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL('../dist/cli.code-cache', import.meta.url));

/** The bundle as a V8 script, with the cache when there is one, and the module it exports. */
export function loadCli({ cache = true } = {}) {
  const source = readFileSync(CLI, 'utf8');
  let cachedData;
  if (cache) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      // no cache (a build without one): compile as usual
    }
  }
  // the same wrapper as Node's own CommonJS loader: the bundle is CommonJS (esbuild --format=cjs)
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: CLI,
    cachedData,
    // exceljs and jszip stay outside the bundle and are imported when a workbook is written
    importModuleDynamically:
      vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ?? ((specifier) => import(specifier)),
  });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(CLI), module, CLI, path.dirname(CLI));
  return { cli: module.exports, script };
}
