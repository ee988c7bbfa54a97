import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';

/** Where Chromium (or Chrome) usually lives, after `CHROMIUM_PATH`. */
const USUAL_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Set by `.ci/run`: there, a missing browser fails the browser tests instead of skipping them. */
export const BROWSER_REQUIRED = process.env.ROPA_REQUIRE_BROWSER === '1';

/** The browser the tests drive: `CHROMIUM_PATH` when set, else the first usual place that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return [...USUAL_PLACES, chromium.executablePath()].find((place) => existsSync(place));
}

/** The one line the test run prints when it skips the browser tests. */
export function browserSkipNotice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (findChromium(env) !== undefined || env.ROPA_REQUIRE_BROWSER === '1') return undefined;
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` : 'no Chromium found';
  return `Browser tests skipped (${where}): install Chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary, to run them.`;
}

const CHROMIUM = findChromium();

/** `describe` for tests that drive Chromium: skipped when there is none, unless it is required. */
export const describeInBrowser = describe.skipIf(CHROMIUM === undefined && !BROWSER_REQUIRED);

/** Chromium, headless, with no background traffic (the machine may have no network to offer it). */
export function launchBrowser(): Promise<Browser> {
  if (CHROMIUM === undefined)
    throw new Error(`ROPA_REQUIRE_BROWSER=1 and no Chromium found: set CHROMIUM_PATH or install Chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Chromium for the tests of the enclosing `describe`: launched before them, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * Opens the local HTML `file` in a new page and collects what a self-contained page must not have: console
 * errors and warnings, page errors, and requests for anything but the file itself (or, for a site, for
 * anything `allow` does not accept: its own files).
 */
export async function openWatched(
  browser: Browser,
  file: string,
  allow: (url: string) => boolean = (url) => url === `file://${file}`,
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!allow(r.url())) requests.push(r.url());
  });
  await page.goto(`file://${file}`);
  return { page, problems, requests };
}
