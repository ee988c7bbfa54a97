// Renders docs/record.png, the README's picture of the HTML record: the example inventory's record in
// Chromium, from its data flows to the first activity. `node scripts/record-screenshot.mjs` after a build;
// CHROMIUM_PATH names the browser (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'ropa-screenshot-'));
try {
  const html = path.join(scratch, 'record.html');
  const report = spawnSync(
    process.execPath,
    ['bin/ropa.js', 'report', 'inventory', '-f', 'html', '-o', html],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (report.status !== 0) throw new Error('ropa report failed');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await page.goto(`file://${html}`);
  const top = await page.evaluate(
    "[...document.querySelectorAll('h2')].find((h) => h.textContent === 'Data flows').getBoundingClientRect().top",
  );
  await page.screenshot({
    path: path.join(ROOT, 'docs/record.png'),
    fullPage: true,
    clip: { x: 0, y: Math.round(top) - 20, width: 1200, height: 1000 },
  });
  await browser.close();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
