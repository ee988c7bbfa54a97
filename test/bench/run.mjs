// `npm run bench`: times ropa against the baselines a user would compare it with, in one run on one
// machine, and writes the medians, ratios and peak memory to test/bench/results.md. Each comparison runs
// its commands alternately (A B A B ...) after a warm-up, so that drift in the machine hits both sides.
// Usage: node test/bench/run.mjs [--runs N] [--sizes 100,1000,10000] [--example DIR] [--out FILE]
//   [--bin PATH] (another build's bin/ropa.js, to compare before and after a change) [--lint-only]
//   [--only report,query,diff,drift,site] (time only these commands after lint)
//   [--commands 10000,30000] (every query view, graph, retention, report and diff in every format on those
//   sizes, each against lint of the same inventory: time, peak memory and the growth between the sizes)
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sbomText, writeInventory } from './generate.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(REPO, 'test/bench/out');
const AJV = path.join(REPO, 'node_modules/ajv-cli/dist/index.js');
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const SIZES = option('sizes', '100,1000,10000').split(',').map(Number);
const EXAMPLE = path.resolve(REPO, option('example', 'inventory'));
const RESULTS = path.resolve(REPO, option('out', 'test/bench/results.md'));
const BIN = path.resolve(REPO, option('bin', 'bin/ropa.js'));
const LINT_ONLY = args.includes('--lint-only');
const ONLY = option('only', undefined)?.split(',');
const COMMAND_SIZES = option('commands', '').split(',').filter(Boolean).map(Number);
const haveTime = existsSync(TIME);
// other work on the machine skews every number: say how busy it was
const loadAtStart = os.loadavg()[0];

const coloured = { ...process.env, FORCE_COLOR: '1' };
delete coloured.NO_COLOR;

/**
 * One run of a command: wall time in ms (measured here) and peak RSS in MiB (from GNU time). Without
 * colour, unless `colour` asks for what a terminal gets (FORCE_COLOR, output to standard output).
 */
function runOnce(command, colour = false) {
  const rusage = path.join(scratch, 'rusage');
  const [file, ...rest] = haveTime ? [TIME, '-o', rusage, '-f', '%M', ...command] : command;
  const start = process.hrtime.bigint();
  const result = spawnSync(file, rest, {
    cwd: REPO,
    stdio: 'ignore',
    env: colour ? coloured : { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const rss = haveTime ? Number(readFileSync(rusage, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  return { ms, rss, status: result.status };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs the named commands alternately: one warm-up round, then `runs` measured rounds. */
function compare(commands, runs = RUNS) {
  const samples = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    commands.forEach((c, i) => {
      const sample = runOnce(c.command, c.colour);
      if (round > 0) samples[i].push(sample);
    });
  }
  return commands.map((c, i) => ({
    name: c.name,
    ms: median(samples[i].map((s) => s.ms)),
    rss: Math.max(...samples[i].map((s) => s.rss)),
    status: samples[i][0].status,
  }));
}

// "today" is fixed so that date-based rules give the same findings whatever the date of the run
const CONFIG = path.join(OUT, 'ropa.config.yaml');
const ropa = (command, ...rest) => [process.execPath, BIN, command, '--config', CONFIG, ...rest];
const ajv = (dir) => [
  process.execPath,
  AJV,
  'validate',
  '-s',
  'schema/inventory.schema.json',
  '-d',
  `${path.relative(REPO, dir)}/**/*.yaml`,
  '--spec=draft7',
  '--all-errors',
  '--strict=false',
];

const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
const has = (command) =>
  !LINT_ONLY && (ONLY?.includes(command) ?? true) && new RegExp(`^\\s+${command}\\b`, 'm').test(help);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'));
const rows = [];
const notes = [];
const row = (what, subject, baseline, target) => {
  const ratio = subject.ms / baseline.ms;
  rows.push({ what, subject, baseline, ratio, target });
  const verdict = target === undefined ? '' : ratio <= target ? '  ok' : '  OVER';
  console.log(
    `${what.padEnd(34)} ${subject.ms.toFixed(0).padStart(6)} ms ${subject.rss.toFixed(0).padStart(4)} MiB | ` +
      `${baseline.name.padEnd(16)} ${baseline.ms.toFixed(0).padStart(6)} ms ${baseline.rss.toFixed(0).padStart(4)} MiB | ` +
      `${ratio.toFixed(2)}x${target ? ` (target ${target}x)` : ''}${verdict}`,
  );
};

try {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(CONFIG, 'today: 2026-11-27\n');
  const dirs = new Map();
  for (const n of SIZES) {
    const dir = path.join(OUT, String(n));
    const { files, bytes } = writeInventory(dir, n);
    dirs.set(n, dir);
    console.log(`generated ${path.relative(REPO, dir)}: ${files} files, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  }

  if (existsSync(EXAMPLE)) {
    const [lint, node] = compare([
      { name: 'ropa lint', command: ropa('lint', EXAMPLE) },
      { name: 'node -e 0', command: [process.execPath, '-e', '0'] },
    ]);
    row('lint example (cold start)', lint, node, 2);
  } else notes.push(`no example inventory at ${path.relative(REPO, EXAMPLE)}: start-up comparison skipped`);

  const lints = new Map();
  for (const [n, dir] of dirs) {
    const [lint, schemaOnly] = compare([
      { name: 'ropa lint', command: ropa('lint', dir) },
      { name: 'ajv-cli validate', command: ajv(dir) },
    ]);
    row(`lint ${n} categories`, lint, schemaOnly, n === 10000 ? 1 : undefined);
    lints.set(n, lint);
  }
  if (lints.has(1000) && lints.has(10000)) {
    // linear means the cost beyond start-up grows no faster than the number of files
    const [small, large] = [lints.get(1000), lints.get(10000)];
    notes.push(
      `linearity, lint 1,000 -> 10,000 categories: time x${(large.ms / small.ms).toFixed(1)}, ` +
        `peak RSS x${(large.rss / small.rss).toFixed(1)} (10x the files)`,
    );
  }

  // report, query and diff refuse an inventory with structural errors: they run on a variant without
  // them, and are compared with lint of that same variant
  const largest = Math.max(...SIZES);
  const clean = path.join(OUT, `${largest}-clean`);
  const later = [];
  const want = (command) => {
    if (has(command)) return true;
    if (!LINT_ONLY && (ONLY?.includes(command) ?? true))
      notes.push(`\`ropa ${command}\` is not available in this build: its timings are skipped`);
    return false;
  };
  if (want('report')) {
    // every format of the record, each against lint in alternating runs (the sweep below runs each once)
    for (const format of ['table', 'markdown', 'html', 'csv', 'json', 'xlsx']) {
      const output = path.join(scratch, `record.${format}`);
      later.push([
        `report --format ${format}, ${largest}`,
        { name: `report ${format}`, command: ropa('report', clean, '--format', format, '-o', output) },
        3,
      ]);
    }
  }
  if (want('query')) {
    later.push([
      `query transfers, ${largest}`,
      { name: 'query', command: ropa('query', 'transfers', clean) },
    ]);
  }
  if (want('diff')) {
    const changed = path.join(OUT, `${largest}-changed`);
    writeInventory(changed, largest, { variant: 1, structural: false });
    later.push([
      `diff, ${largest} (1 in 97 changed)`,
      { name: 'diff', command: ropa('diff', clean, changed) },
    ]);
  }
  if (want('drift')) {
    const sbom = path.join(OUT, 'sbom-5000.json');
    writeFileSync(sbom, sbomText(5000));
    later.push([
      `drift, ${largest} + SBOM of 5,000 components`,
      { name: 'drift', command: ropa('drift', clean, '--sbom', sbom) },
      1.5,
    ]);
  }
  if (want('site')) {
    later.push([
      `site, ${largest}`,
      { name: 'site', command: ropa('site', clean, '-o', path.join(scratch, 'site-timed')) },
    ]);
  }
  if (later.length > 0) writeInventory(clean, largest, { structural: false });
  for (const [what, command, target] of later) {
    // fewer rounds: a report of 10,000 categories takes seconds
    const [subject, lint] = compare(
      [command, { name: 'ropa lint', command: ropa('lint', clean) }],
      Math.min(RUNS, 3),
    );
    if (subject.status === 2) notes.push(`${what}: exit code 2 (refused or failed): check the command line`);
    row(what, subject, lint, target);
  }

  if (want('site')) notes.push(...(await siteMeasures(clean, largest)));

  const sweep = COMMAND_SIZES.length > 0 ? everyCommand(COMMAND_SIZES) : [];

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine =
    `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, ` +
    `Node ${process.version}; load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
  const table = [
    '| Measurement | ropa | baseline | ratio | target |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.subject.ms.toFixed(0)} ms, ${r.subject.rss.toFixed(0)} MiB | ` +
        `${r.baseline.name}: ${r.baseline.ms.toFixed(0)} ms, ${r.baseline.rss.toFixed(0)} MiB | ` +
        `${r.ratio.toFixed(2)}x | ${r.target ? `≤ ${r.target}x` : ''} |`,
    ),
  ];
  const text = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (${RUNS} alternating runs after a warm-up, ${Math.min(RUNS, 3)} for report, query`,
    `and diff; medians of wall time, the largest peak RSS). Machine: ${machine}.`,
    '',
    ...table,
    '',
    ...notes.map((n) => `- ${n}`),
    ...(notes.length ? [''] : []),
    ...sweep,
  ].join('\n');
  writeFileSync(RESULTS, text);
  console.log(`\n${notes.join('\n')}${notes.length ? '\n' : ''}wrote ${path.relative(REPO, RESULTS)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** A folder's size in MiB and its number of files. */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return `${(bytes / 2 ** 20).toFixed(1)} MiB in ${files} files`;
}

/**
 * The record explorer: its size for the example and for the largest inventory, and in Chromium, on the
 * largest, how long the home page takes to be interactive (its search index loaded and parsed), a search,
 * and the largest list page with a filter applied. Medians of three.
 */
async function siteMeasures(clean, n) {
  const lines = [];
  const example = path.join(scratch, 'site-example');
  const large = path.join(scratch, 'site-large');
  execFileSync(process.execPath, [BIN, 'site', EXAMPLE, '-o', example]);
  execFileSync(process.execPath, [BIN, 'site', clean, '--config', CONFIG, '-o', large]);
  const script = statSync(path.join(example, 'assets/site.js')).size;
  lines.push(
    `site of the example: ${folderSize(example)} (script ${(script / 1024).toFixed(1)} KiB, search index ${(statSync(path.join(example, 'assets/search.js')).size / 1024).toFixed(0)} KiB)`,
    `site of ${n} categories: ${folderSize(large)} (search index ${(statSync(path.join(large, 'assets/search.js')).size / 2 ** 20).toFixed(1)} MiB, record.html ${(statSync(path.join(large, 'record.html')).size / 2 ** 20).toFixed(1)} MiB)`,
  );
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    lines.push(`no Chromium at ${executablePath}: the site's browser timings are skipped`);
    return lines;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const samples = { interactive: [], search: [], list: [], filter: [] };
    for (let round = 0; round < 3; round++) {
      const page = await browser.newPage();
      const start = Date.now();
      await page.goto(`file://${large}/index.html`, { waitUntil: 'load' });
      samples.interactive.push(Date.now() - start);
      samples.search.push(
        await page.evaluate(`new Promise((resolve) => {
          const input = document.querySelector('#q');
          const t = performance.now();
          input.value = 'category-0999';
          input.dispatchEvent(new Event('input'));
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t)));
        })`),
      );
      const listStart = Date.now();
      await page.goto(`file://${large}/categories.html`, { waitUntil: 'load' });
      samples.list.push(Date.now() - listStart);
      samples.filter.push(
        await page.evaluate(`new Promise((resolve) => {
          const select = document.querySelector('#f-eea');
          const t = performance.now();
          select.value = 'outside';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t)));
        })`),
      );
      await page.close();
    }
    const ms = (values) => `${median(values).toFixed(0)} ms`;
    lines.push(
      `site of ${n} categories in Chromium: home page interactive (index loaded and parsed) ${ms(samples.interactive)}, ` +
        `a search answered and drawn ${ms(samples.search)}; the categories list loaded ${ms(samples.list)}, filtered ${ms(samples.filter)} (medians of 3; target: within a second)`,
    );
  } finally {
    await browser.close();
  }
  return lines;
}

/**
 * Every command that reads a whole inventory, in every format, on each size: its median time and peak memory
 * as ratios to lint of the same inventory (targets: at most 3x the time, 2x the memory), and how each grows
 * from the smallest size to the largest (linear: no faster than the number of categories).
 */
function everyCommand(sizes) {
  const commands = [];
  const id = {
    recipient: 'recipient-6',
    category: 'category-00001',
    purpose: 'purpose-1',
    subject: 'subject-1',
    country: 'US',
  };
  for (const view of ['recipient', 'category', 'purpose', 'subject', 'country', 'transfers', 'matrix'])
    for (const format of ['table', 'json', 'csv', 'markdown'])
      commands.push([
        `query ${view} ${format}`,
        (dir) => ['query', view, ...(id[view] ? [id[view]] : []), dir, '--format', format],
      ]);
  for (const format of ['mermaid', 'dot', 'json'])
    commands.push([`graph ${format}`, (dir) => ['graph', dir, '--format', format]]);
  for (const command of ['report', 'retention'])
    for (const format of ['table', 'markdown', 'html', 'csv', 'json', 'xlsx'])
      commands.push([
        `${command} ${format}`,
        (dir) => [command, dir, '--format', format, '-o', path.join(scratch, `out.${format}`)],
      ]);
  // the record as a terminal shows it: gaps in colour, on standard output
  commands.push(['report table in colour', (dir) => ['report', dir, '--format', 'table'], true]);
  for (const format of ['fides', 'dpv'])
    commands.push([
      `export ${format}`,
      (dir) => [
        'export',
        format,
        dir,
        '-o',
        path.join(scratch, `out.${format}`),
        '--report',
        path.join(scratch, 'loss.json'),
      ],
    ]);
  for (const format of ['markdown', 'html', 'json'])
    commands.push([
      `notice ${format}`,
      (dir) => ['notice', dir, '--format', format, '-o', path.join(scratch, `notice.${format}`)],
    ]);
  commands.push([
    'subprocessors',
    (dir) => ['subprocessors', dir, '-o', path.join(scratch, 'subprocessors.md')],
  ]);
  commands.push(['diff text', (dir) => ['diff', dir, `${dir}-changed`]]);
  commands.push(['diff json', (dir) => ['diff', dir, `${dir}-changed`, '--format', 'json']]);

  const results = new Map();
  for (const n of sizes) {
    const dir = path.join(OUT, `${n}-clean`);
    writeInventory(dir, n, { structural: false });
    writeInventory(`${dir}-changed`, n, { variant: 1, structural: false });
    const [lint] = compare([{ name: 'ropa lint', command: ropa('lint', dir) }], 3);
    console.log(`lint ${n} (clean): ${lint.ms.toFixed(0)} ms ${lint.rss.toFixed(0)} MiB`);
    for (const [name, args, colour] of commands) {
      const [subject] = compare([{ name, command: ropa(...args(dir)), colour }], 1);
      results.set(`${name} ${n}`, { subject, lint });
      console.log(
        `${name.padEnd(28)} ${n}: ${(subject.ms / lint.ms).toFixed(2)}x time, ${(subject.rss / lint.rss).toFixed(2)}x memory${subject.status === 2 ? ' (exit 2)' : ''}`,
      );
    }
  }
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const lines = [
    `## Every command (${sizes.join(' and ')} categories; one run each after a warm-up, lint the median of 3)`,
    '',
    `| Command | ${sizes.map((n) => `${n}: time, memory (x lint)`).join(' | ')} | growth ${small} -> ${large} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const [name] of commands) {
    const cells = sizes.map((n) => {
      const { subject, lint } = results.get(`${name} ${n}`);
      return `${subject.ms.toFixed(0)} ms, ${subject.rss.toFixed(0)} MiB (${(subject.ms / lint.ms).toFixed(2)}x, ${(subject.rss / lint.rss).toFixed(2)}x)`;
    });
    const growth =
      small === large
        ? ''
        : `x${(results.get(`${name} ${large}`).subject.ms / results.get(`${name} ${small}`).subject.ms).toFixed(1)} for x${(large / small).toFixed(0)}`;
    lines.push(`| ${name} | ${cells.join(' | ')} | ${growth} |`);
  }
  return [...lines, ''];
}
