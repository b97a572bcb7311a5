import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, recordApiFailures, screenshot } from './browser';
import { ensureWebBuilt, startServer, type TestServer } from './server';

export interface BrowserSuite {
  /** The running server (after beforeAll). */
  readonly server: TestServer;
  /** A page in a fresh context (its own cookies), on a phone or a desk; the page failures are shot of. */
  newPage(phone: boolean): Promise<Page>;
  /** Marks the page a failing step should be shot of, when a test switches between people. */
  watch(page: Page): void;
}

/**
 * The set-up every browser test shares, registered on the calling `describe`: the built web app, a server
 * on a fresh embedded database, Chromium; on a failed step a screenshot, the API refusals so far and the
 * server's last output; everything closed afterwards.
 */
export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  // Each page's list keeps filling as responses arrive; they are read when a step fails.
  const apiFailures: string[][] = [];
  let current: Page | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async (ctx) => {
    if (!current || ctx.task.result?.state !== 'fail') return;
    await screenshot(current, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`API refusals so far:\n${apiFailures.flat().join('\n') || '(none)'}`);
    console.error(`server output (last 3000 characters):\n${server?.output().slice(-3000) ?? ''}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    async newPage(phone) {
      const context = await browser!.newContext({
        baseURL: server!.url,
        viewport: phone ? PHONE : DESKTOP,
        locale: 'zh-CN',
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      apiFailures.push(recordApiFailures(page));
      current = page;
      return page;
    },
    watch(page) {
      current = page;
    },
  };
}
