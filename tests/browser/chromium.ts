// Finds a Chromium on this machine and launches it with flags that work headless as root.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install it (`apt-get install -y chromium`) or set CHROME_PATH.');
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Content-Security-Policy and Trusted Types violations seen by any page of any browser launched here. */
export const violations: string[] = [];

const watched = new WeakSet<Page>();

function watch(page: Page): void {
  if (watched.has(page)) return;
  watched.add(page);
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && /Content Security Policy|Trusted Type/i.test(text)) violations.push(`${page.url()}: ${text}`);
  });
}

function watchContext(context: BrowserContext): BrowserContext {
  context.on('page', watch);
  return context;
}

/**
 * Launches Chromium; every page it opens is watched for policy violations (tests/browser/csp-guard.ts
 * fails a test that caused one), so the whole suite runs under the built page's CSP.
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // playwright gives each launch a fresh temporary profile of its own
    args: CHROMIUM_ARGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watchContext(await newContext(options));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watch(page);
    return page;
  };
  return browser;
}
