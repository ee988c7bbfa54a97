// `npm run build`: regenerates the schema validator, bundles the CLI with esbuild, then
// writes the V8 code cache that bin/load-cli.js starts from, warmed by a lint of the example inventory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE, loadCli, packCodeCache } from '../bin/load-cli.js';

// The build tools are development dependencies: `npm pack` in a clone without them says so in one line
let build, generate, TARGET;
try {
  ({ build } = await import('esbuild'));
  ({ generate, TARGET } = await import('../schema/compile.mjs'));
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error(
    `ropa's build needs its development dependencies (${error.message.split('\n')[0]}): run npm ci first`,
  );
  process.exit(1);
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
writeFileSync(TARGET, generate());
rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });

// The record explorer's browser script (`ropa site`), bundled and minified on its own, then embedded in the
// CLI as a string: the site it writes carries it as a file of its own, and ropa needs nothing at run time
const site = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/render/site/browser/site.ts'],
  bundle: true,
  write: false,
  minify: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
});
const SITE_SCRIPT = site.outputFiles[0].text;

// The thread that reads a large inventory's files ahead (src/inventory/read-ahead.ts), bundled on its own
// and embedded in the CLI as a string: ropa starts it from that text, with no file of its own to find
const readWorker = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/inventory/read-worker.ts'],
  bundle: true,
  write: false,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const READ_WORKER = readWorker.outputFiles[0].text;

await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  // CommonJS, so that bin/load-cli.js can compile it as a vm.Script with a code cache (Node 20 has no
  // compile cache for ES modules). The dependencies are bundled too: resolving and linking them at every
  // start cost ~10 ms.
  format: 'cjs',
  // each rule's documentation is the Markdown file beside it (src/rules/docs.ts)
  loader: { '.md': 'text' },
  define: {
    'import.meta.url': '__ropa_module_url',
    __ROPA_SITE_SCRIPT__: JSON.stringify(SITE_SCRIPT),
    __ROPA_READ_WORKER__: JSON.stringify(READ_WORKER),
  },
  banner: { js: "var __ropa_module_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// ASCII only: V8 holds a source with one character beyond ASCII at two bytes per character (2 MB rather
// than 1 for as long as ropa runs). esbuild escapes such characters in code, not in the comments it keeps
// from the bundled packages, where an escape changes nothing.
const BUNDLE = path.join(ROOT, 'dist/cli.cjs');
writeFileSync(
  BUNDLE,
  readFileSync(BUNDLE, 'utf8').replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  ),
);

// Warm-up: the cache then holds the functions a lint compiles, not only the bundle's top level
const scratch = mkdtempSync(path.join(tmpdir(), 'ropa-build-'));
try {
  const { cli, script, source } = loadCli({ cache: false });
  const exitCode = process.exitCode;
  await cli.main([
    'node',
    'ropa',
    'lint',
    path.join(ROOT, 'inventory'),
    '-f',
    'json',
    '-o',
    path.join(scratch, 'lint.json'),
  ]);
  if (process.exitCode === 2) throw new Error('the warm-up lint of the example inventory failed');
  process.exitCode = exitCode;
  writeFileSync(CODE_CACHE, packCodeCache(source, script.createCachedData()));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
