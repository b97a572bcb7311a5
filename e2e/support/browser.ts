import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './server';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'e2e/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (with a Chinese font) first: ` +
        'apt-get update && apt-get install -y chromium fonts-wqy-zenhei',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page picture once passing toasts ("已建立…") have gone, so they do not cover the page. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page
    .waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** How wide the document is; more than the viewport means the page scrolls sideways. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * Collects the API's refusals as the page meets them: a step that waits in vain for a page to change
 * usually failed because of one of these, and the toast that showed it is gone by the time of the timeout.
 */
export function recordApiFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/') || response.status() < 400) return;
    const line = `${response.status()} ${response.request().method()} ${url.pathname}${url.search}`;
    response.text().then(
      (body) => failures.push(`${line} ${body.slice(0, 300)}`),
      () => failures.push(line),
    );
  });
  return failures;
}
