import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { composeIdNumber } from '@jiceng/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { DESKTOP, launchBrowser, recordApiFailures, screenshot, SCREENSHOT_DIR } from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import { signIn } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '东山县委',
  townA: '甲镇党委',
  townB: '乙镇党委',
  branchA: '甲镇石桥村党支部',
  branchB: '乙镇机关第一党支部',
  member: '林志远',
};

describe('transfers: a member moves from one township’s branch to another’s', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages: Record<string, Page> = {};
  const apiFailures: string[] = [];
  let current: Page | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async (ctx) => {
    if (!current || ctx.task.result?.state !== 'fail') return;
    await screenshot(current, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`API refusals so far:\n${apiFailures.join('\n') || '(none)'}`);
    console.error(`server output (last 3000 characters):\n${server?.output().slice(-3000) ?? ''}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser!.newContext({
      baseURL: server!.url,
      viewport: DESKTOP,
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    apiFailures.push(...recordApiFailures(page));
    current = page;
    return page;
  }

  /** Signs in a new account, which must choose its own password first. */
  async function signInFirstTime(username: string): Promise<Page> {
    const page = await newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('change-password-submit').waitFor({ state: 'detached' });
    return page;
  }

  async function openTransfers(page: Page, filter: string): Promise<void> {
    current = page;
    await page.goto('/transfers');
    await page.getByTestId('transfers-page').waitFor();
    await page.getByTestId('transfer-filter').getByText(filter, { exact: true }).click();
  }

  function row(page: Page) {
    return page.getByTestId('transfer-table').locator('.ant-table-row').filter({ hasText: NAMES.member });
  }

  async function confirm(page: Page): Promise<void> {
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
  }

  it('sets up two townships of a county, their branches, a member and the accounts', async () => {
    const admin = await newPage();
    await admin.goto('/');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(admin, '/orgs', body);
    const county = await org({
      parentId: null,
      kind: 'committee',
      name: NAMES.county,
      mayApproveAdmissions: true,
    });
    const townA = await org({
      parentId: county.id,
      kind: 'committee',
      name: NAMES.townA,
      mayApproveAdmissions: true,
    });
    const townB = await org({
      parentId: county.id,
      kind: 'committee',
      name: NAMES.townB,
      mayApproveAdmissions: true,
    });
    const branchA = await org({ parentId: townA.id, kind: 'branch', name: NAMES.branchA });
    const branchB = await org({ parentId: townB.id, kind: 'branch', name: NAMES.branchB });
    await apiPost(admin, '/persons', {
      name: NAMES.member,
      idNumber: composeIdNumber('360426', '1988-08-08', 55),
      ethnicity: '01',
      education: 'bachelor',
      personKind: 'employed',
      occupation: 'professional',
      orgId: branchA.id,
      admissionDate: '2012-07-01',
      conversionDate: '2013-07-01',
    });
    const user = (username: string, role: string, orgId: number) =>
      apiPost(admin, '/users', {
        username,
        displayName: username,
        password: PASSWORD,
        assignments: [{ role, orgId }],
      });
    await user('shiqiao', 'branch_secretary', branchA.id);
    await user('jiazhen', 'org_staff', townA.id);
    await user('yizhen', 'org_staff', townB.id);
    await user('jiguan', 'branch_secretary', branchB.id);
  });

  it('lets the sending branch start the transfer, naming a branch of the other township', async () => {
    const page = (pages.sender = await signInFirstTime('shiqiao'));
    await openTransfers(page, '待我处理');
    await page.getByTestId('transfer-start').click();
    await page.getByTestId('start-person').click();
    await page.getByTestId('start-person').locator('input').fill('林');
    await page.locator('.ant-select-item-option').filter({ hasText: NAMES.member }).click();
    await page.getByTestId('transfer-destination').click();
    await page.getByTestId('transfer-destination').locator('input').fill('机关第一');
    await page.locator('.ant-select-item-option').filter({ hasText: NAMES.branchB }).click();
    await page.getByTestId('start-submit').click();
    await page.getByTestId('start-submit').waitFor({ state: 'detached' });
    await row(page).getByText(`待${NAMES.townA}办理`).waitFor();
  });

  it('lets the issuing township issue and print the numbered letter', async () => {
    const page = (pages.townA = await signInFirstTime('jiazhen'));
    await openTransfers(page, '待我处理');
    await row(page).getByTestId('transfer-approve').click();
    await confirm(page);
    await openTransfers(page, '转接中');
    const letterNumber = `${new Date().getFullYear()}-0001`;
    await row(page)
      .getByText(/\d{4}-0001/)
      .waitFor();
    await row(page).getByText(`待${NAMES.townB}办理`).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row(page).getByTestId('transfer-print').click(),
    ]);
    expect(download.suggestedFilename()).toBe('组织关系介绍信.pdf');
    const file = path.join(SCREENSHOT_DIR, 'transfer-letter.pdf');
    await download.saveAs(file);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      file,
      path.join(SCREENSHOT_DIR, 'transfer-letter'),
    ]);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain(NAMES.member);
    expect(text.replace(/\s+/g, '')).toContain(text.match(/\d{4}-0001/)?.[0] ?? letterNumber);
  });

  it('lets the receiving township accept it, showing the days left', async () => {
    const page = (pages.townB = await signInFirstTime('yizhen'));
    await openTransfers(page, '待我处理');
    await row(page).getByText('剩 90 天').waitFor();
    await row(page).getByTestId('transfer-approve').click();
    await confirm(page);
    // Still in reach of the township (the branch is under it), now the branch's turn.
    await row(page).getByText(`待${NAMES.branchB}办理`).waitFor();
  });

  it('lets the receiving branch take the member in', async () => {
    const page = (pages.receiver = await signInFirstTime('jiguan'));
    await openTransfers(page, '待我处理');
    await row(page).getByTestId('transfer-receive').click();
    await page.getByTestId('receive-submit').click();
    await page.getByTestId('receive-submit').waitFor({ state: 'detached' });
    await openTransfers(page, '已完成');
    await row(page).getByText('已回执').waitFor();
    await row(page).click();
    await page.getByTestId('transfer-path').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'transfers-detail-desktop');
    await page.keyboard.press('Escape');

    await page.goto('/persons');
    await page.getByText(NAMES.member).first().click();
    await page.getByTestId('person-page').getByText(NAMES.branchB).first().waitFor();
  });

  it('shows the sender the transfer done, and the member gone from its roster', async () => {
    const page = pages.sender!;
    await openTransfers(page, '已完成');
    await row(page).getByText('已回执').waitFor();
    await screenshot(page, 'transfers-list-desktop');
    await page.goto('/persons');
    await page.getByTestId('persons-page').waitFor();
    await expect.poll(() => page.getByText(NAMES.member).count()).toBe(0);
  });
});
