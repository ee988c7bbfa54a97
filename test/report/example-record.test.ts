// The example's HTML record as an auditor opens it, in Chromium: it says the date it speaks for and the
// commit it was made from, names legal terms in words, and shows no raw backticks. The example inventory is
// copied into a new git repository so that the commit is one the test knows.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { REPO, ropa } from '../helpers/cli.js';
import { git, tempRepository } from '../helpers/git.js';
import { tempInventory } from '../helpers/inventory.js';

const TODAY = '2026-11-27';

/** The example inventory's files, relative to its folder, with a configuration fixing `today`. */
function exampleFiles(): Record<string, string> {
  const root = path.join(REPO, 'inventory');
  const files: Record<string, string> = { 'ropa.config.yaml': `today: ${TODAY}\n` };
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(root, file)] = readFileSync(file, 'utf8');
  }
  return files;
}

describe('the example record in Chromium', () => {
  let browser: Browser;
  let repo: string;
  let commit: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    repo = tempRepository('inventory', [exampleFiles()]);
    commit = git(repo, 'rev-parse', '--short', 'HEAD').trim();
  });
  afterAll(async () => {
    await browser?.close();
  });

  function render(format: string): string {
    const file = path.join(repo, `record.${format}`);
    const result = ropa(['report', 'inventory', '--format', format, '-o', file], { cwd: repo });
    expect(result.stderr).toBe('');
    return file;
  }

  it('shows the as-of date, the commit, plain legal words and no raw backticks', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${render('html')}`);
    const text = await page.locator('body').innerText();
    expect(await page.locator('p.as-of').innerText()).toBe(
      `Record as of ${TODAY}, made from commit ${commit}.`,
    );
    // the policy gives no review date: lint notes it, and so does the record
    expect(text).toContain('Last reviewed\tnot stated [record-stale]');
    // legal terms in words with their article, not the inventory's keys
    expect(text).toContain('Lawful basis\tConsent (Art 6(1)(a))');
    expect(text).toContain('Lawful basis\tLegal obligation (Art 6(1)(c))');
    expect(text).not.toMatch(/\b(consent|legal-obligation) \(Art/);
    // the rule texts' code is shown as code
    expect(text).not.toContain('`');
    expect(await page.locator('#findings td code').count()).toBeGreaterThan(0);
    // a DPIA nobody asks for is not a gap
    expect(text).toContain('DPIA\tnot required (fewer than 2 WP248 criteria and no Art 35(3) case)');
    await page.close();
  });

  it('says when the inventory has uncommitted changes, and gives the same bytes for the same date and commit', () => {
    const first = readFileSync(render('json'));
    expect(readFileSync(render('json')).equals(first)).toBe(true);
    expect(JSON.parse(first.toString('utf8'))).toMatchObject({ as_of: TODAY, revision: commit });
    const purposes = path.join(repo, 'inventory/purposes.yaml');
    writeFileSync(purposes, `${readFileSync(purposes, 'utf8')}\n`);
    try {
      expect(JSON.parse(readFileSync(render('json'), 'utf8')).revision).toBe(`${commit}-dirty`);
      expect(readFileSync(render('markdown'), 'utf8')).toContain(
        `Record as of ${TODAY}, made from commit ${commit} and uncommitted changes.`,
      );
    } finally {
      git(repo, 'checkout', '-q', '--', 'inventory/purposes.yaml');
    }
    // outside a git repository there is no commit to name
    const outside = tempInventory(exampleFiles());
    expect(JSON.parse(ropa(['report', outside, '--format', 'json']).stdout).revision).toBeUndefined();
  });
});
