import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, recordApiFailures, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import {
  chooseOption,
  createChildOrg,
  openOrgInTree,
  searchAndChoose,
  signIn,
  signOut,
  submitOrgForm,
  treeNode,
} from './support/ui';

const NEW_PASSWORD = 'Dongjie2025new';

describe('foundation: org tree, users and scoped access through the browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let dongjiePassword = '';
  let apiFailures: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP, locale: 'zh-CN' });
    page = await context.newPage();
    apiFailures = recordApiFailures(page);
  });

  // A picture of the page, the API's refusals and the server's output say more than a locator's timeout.
  afterEach(async (ctx) => {
    if (!page || ctx.task.result?.state !== 'fail') return;
    await screenshot(page, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`API refusals so far:\n${apiFailures.join('\n') || '(none)'}`);
    console.error(`server output (last 3000 characters):\n${server?.output().slice(-3000) ?? ''}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Pictures the current page at phone width (checking nothing scrolls sideways), then returns to desktop. */
  async function atPhoneWidth(shot: string, check: boolean): Promise<void> {
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    if (check) expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, shot);
    await page.setViewportSize(DESKTOP);
    await page.waitForTimeout(300);
  }

  it('shows the login page on desktop and phone', async () => {
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.getByText('基层 · 党建工作平台').first().waitFor();
    await screenshot(page, 'login-desktop');

    const phone = await browser!.newContext({
      baseURL: server!.url,
      viewport: PHONE,
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const phonePage = await phone.newPage();
    await phonePage.goto('/login');
    await phonePage.getByTestId('login-card').waitFor();
    expect(await scrollWidth(phonePage)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phonePage, 'login-phone');
    await phone.close();
  });

  it('signs in as admin and builds a small tree through the UI', async () => {
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('create-top-org').click();
    await submitOrgForm(page, '示范县委');
    await createChildOrg(page, '城关镇党委');
    await createChildOrg(page, '东街社区党支部', '党支部');
    await openOrgInTree(page, '城关镇党委');
    await createChildOrg(page, '西街社区党支部', '党支部');

    await openOrgInTree(page, '东街社区党支部');
    await page.getByTestId('add-post').click();
    await page.getByTestId('post-holder').fill('张建国');
    await page.getByTestId('post-form-submit').click();
    await page.getByTestId('post-row').filter({ hasText: '张建国' }).filter({ hasText: '书记' }).waitFor();

    await screenshot(page, 'org-desktop');
    await atPhoneWidth('org-phone', true);
  });

  it('creates the branch secretary account on the users page', async () => {
    await page.getByTestId('nav-menu').getByText('用户管理').click();
    await page.getByTestId('users-table').getByText('admin', { exact: true }).waitFor();
    await page.getByTestId('create-user').click();
    await page.getByTestId('user-username').fill('dongjie');
    await page.getByTestId('user-display-name').fill('东街书记');
    await page.getByTestId('user-password-generate').click();
    dongjiePassword = await page.getByTestId('user-password').inputValue();
    expect(dongjiePassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]{12,}$/);
    await chooseOption(page, 'assignment-0-role', '支部书记');
    await searchAndChoose(page, 'assignment-0-org', '东街', '东街社区党支部');
    await page.getByTestId('user-form-submit').click();
    const row = page.getByTestId('users-table').locator('tr').filter({ hasText: 'dongjie' });
    await row.filter({ hasText: '支部书记 @ 东街社区党支部' }).waitFor();

    await screenshot(page, 'users-desktop');
    await atPhoneWidth('users-phone', true);
    await signOut(page);
  });

  it('limits the branch secretary to their own branch', async () => {
    await signIn(page, 'dongjie', dongjiePassword);
    await page.getByTestId('current-password').fill(dongjiePassword);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('change-password-submit').waitFor({ state: 'detached' });

    await treeNode(page, '东街社区党支部').waitFor();
    expect(await treeNode(page, '西街社区党支部').count()).toBe(0);
    expect(await treeNode(page, '城关镇党委').count()).toBe(0);
    expect(await treeNode(page, '示范县委').count()).toBe(0);
    expect(await page.getByTestId('create-top-org').count()).toBe(0);
    expect(await page.getByTestId('nav-menu').getByText('审计日志').count()).toBe(0);

    // Clicking first waits until the closing modal's mask and focus trap are gone.
    const search = page.getByTestId('org-search').locator('input');
    await search.click();
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().includes('/api/orgs/search?') && r.url().includes(encodeURIComponent('西街')),
      ),
      search.fill('西街'),
    ]);
    expect(await response.json()).toEqual([]);
    await page.getByTestId('org-search-empty').waitFor();
    expect(await page.getByTestId('org-search-hit').count()).toBe(0);
  });
});
