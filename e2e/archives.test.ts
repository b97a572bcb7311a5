import { composeIdNumber } from '@jiceng/core';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { DESKTOP, launchBrowser, PHONE, recordApiFailures, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import { chooseOption, searchAndChoose, signIn, signOut } from './support/ui';
import { fillPersonTemplate, type PersonRow } from './support/workbook';

const BRANCH_CODE = 'DJ01';
const MEMBER_NEW_PASSWORD = 'Zhangjh2025new';

const ids = {
  zhang: composeIdNumber('360426', '1985-03-12', 11),
  li: composeIdNumber('360426', '1990-06-01', 22),
  wang: composeIdNumber('360426', '1978-11-30', 33),
  liu: composeIdNumber('360426', '1995-01-15', 44),
  chen: composeIdNumber('360426', '1969-08-08', 55),
};
/** The same number with a check character that does not fit it. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

function row(name: string, idNumber: string, extra: PersonRow = {}): PersonRow {
  return {
    姓名: name,
    身份证号: idNumber,
    民族: '汉族',
    学历: '大学本科',
    人员类别: '在岗职工',
    职业: '企事业单位、社会组织专业技术人员',
    所在党支部代码: BRANCH_CODE,
    ...extra,
  };
}

const goodRows = (): PersonRow[] => [
  row('张建华', ids.zhang, { 手机号: '13800138011', 入党日期: '2010-07-01', 转正日期: '2011-07-01' }),
  row('李秀英', ids.li, { 入党日期: '2016-06-20' }),
  row('王志强', ids.wang, { 学历: '研究生', 入党日期: '2002-07-01', 转正日期: '2003-07-01' }),
  row('刘芳', ids.liu, { 递交申请书日期: '2023-03-01' }),
  row('陈伟', ids.chen, {
    人员类别: '离退休人员',
    职业: '离退休人员',
    入党日期: '1990-07-01',
    转正日期: '1991-07-01',
  }),
];

/** Rows 3, 4 and 5 of the sheet (the second to fourth people) each have one mistake. */
const badRows = (): PersonRow[] => {
  const rows = goodRows();
  rows[1]!.身份证号 = wrongCheck(ids.li);
  rows[2]!.学历 = '博士后';
  rows[3]!.所在党支部代码 = 'XX99';
  return rows;
};

describe('archives: Excel import, the person list and profile, a member on their phone', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let phonePage: Page | undefined;
  let apiFailures: string[] = [];
  let memberPassword = '';
  let branchId = 0;
  const files = mkdtempSync(path.join(tmpdir(), 'jiceng-e2e-files-'));

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({
      baseURL: server.url,
      viewport: DESKTOP,
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    page = await context.newPage();
    apiFailures = recordApiFailures(page);
  });

  afterEach(async (ctx) => {
    if (!page || ctx.task.result?.state !== 'fail') return;
    await screenshot(phonePage ?? page, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`API refusals so far:\n${apiFailures.join('\n') || '(none)'}`);
    console.error(`server output (last 3000 characters):\n${server?.output().slice(-3000) ?? ''}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  /** Clicks what starts a download and answers with where the file was saved. */
  async function download(testId: string, expectedName: RegExp): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    expect(file.suggestedFilename()).toMatch(expectedName);
    const saved = path.join(files, file.suggestedFilename());
    await file.saveAs(saved);
    expect(statSync(saved).size).toBeGreaterThan(1000);
    return saved;
  }

  async function upload(file: string): Promise<void> {
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
  }

  function errorRow(rowNumber: number) {
    return page
      .getByTestId('import-errors')
      .locator('tbody tr')
      .filter({ has: page.locator('td').first().getByText(String(rowNumber), { exact: true }) });
  }

  it('sets up a county committee and a branch with a code', async () => {
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const county = await apiPost<{ id: number }>(page, '/orgs', {
      parentId: null,
      kind: 'committee',
      name: '示范县委',
    });
    ({ id: branchId } = await apiPost<{ id: number }>(page, '/orgs', {
      parentId: county.id,
      kind: 'branch',
      name: '东街社区党支部',
      code: BRANCH_CODE,
    }));
    // The org tree was loaded before the orgs existed.
    await page.reload();
  });

  it('downloads the template and lists every bad row of an upload', async () => {
    await page.getByTestId('nav-menu').getByText('党员档案').click();
    await page.getByTestId('persons-page').waitFor();
    await page.getByTestId('import-persons').click();
    await page.getByTestId('import-wizard').waitFor();

    const template = await download('download-template', /^党员信息导入模板\.xlsx$/);
    const bad = path.join(files, '党员信息-有错误.xlsx');
    await fillPersonTemplate(template, badRows(), bad);
    await upload(bad);

    await page.getByTestId('import-errors').waitFor();
    await errorRow(3).filter({ hasText: '身份证号' }).filter({ hasText: '校验位错误' }).waitFor();
    await errorRow(4).filter({ hasText: '学历' }).filter({ hasText: '“博士后”不是有效的学历' }).waitFor();
    await errorRow(5)
      .filter({ hasText: '所在党支部代码' })
      .filter({ hasText: '找不到代码为 XX99 的党支部' })
      .waitFor();
    expect(await page.getByTestId('import-errors').locator('tbody tr').count()).toBe(3);
    await page.getByTestId('commit-valid-only').getByText('只导入正确的 2 行').waitFor();
    await download('download-report', /错误报告\.xlsx$/);
    await screenshot(page, 'import-errors-desktop');
  });

  it('imports the corrected file and finds the people in the list', async () => {
    await page.getByTestId('retry-upload').click();
    const template = path.join(files, '党员信息导入模板.xlsx');
    const fixed = path.join(files, '党员信息.xlsx');
    await fillPersonTemplate(template, goodRows(), fixed);
    await upload(fixed);

    await page.getByTestId('commit-all').getByText('导入全部 5 行').click();
    await page.getByTestId('import-done').getByText('已导入 5 人').waitFor();
    await page.getByTestId('import-go-list').click();

    const table = page.getByTestId('persons-table');
    await table.getByText('陈伟', { exact: true }).waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(5);
    await screenshot(page, 'persons-desktop');

    // On a phone the table becomes cards, and nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await page.getByTestId('person-cards').getByText('陈伟').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'persons-phone');
    await page.setViewportSize(DESKTOP);

    await page.getByTestId('person-search').locator('input').fill('张建华');
    await page.getByTestId('person-search').locator('input').press('Enter');
    await page.waitForURL(/q=/);
    await table.getByText('李秀英').waitFor({ state: 'detached' });
    const rows = table.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(1);
    await rows
      .filter({ hasText: '张建华' })
      .filter({ hasText: `${ids.zhang.slice(0, 4)}**********` })
      .waitFor();
  });

  it('shows the profile, its history, and opens a login for the member', async () => {
    await page.getByTestId('persons-table').getByTestId('person-link').getByText('张建华').click();
    await page.getByTestId('person-title').getByText('张建华').waitFor();
    expect(await page.getByTestId('person-id-number').textContent()).toBe(
      `${ids.zhang.slice(0, 4)}**********${ids.zhang.slice(-4)}`,
    );

    await page.getByTestId('person-tab-events').click();
    const timeline = page.getByTestId('person-timeline');
    await timeline.getByText('接收为预备党员').waitFor();
    await timeline.getByText('转为正式党员').waitFor();
    await timeline.getByText('建立档案').waitFor();
    await page.getByTestId('person-tab-info').click();
    await page.getByTestId('person-info').waitFor();
    // The tab's ink bar slides across; the picture waits until it has arrived.
    await page.waitForTimeout(500);
    await screenshot(page, 'person-profile-desktop');

    await page.getByTestId('unmask-person').click();
    await page.getByTestId('confirm-unmask').click();
    await page.getByTestId('person-id-number').getByText(ids.zhang, { exact: true }).waitFor();

    await page.getByTestId('create-account').click();
    memberPassword = await page.getByTestId('account-password').inputValue();
    await page.getByTestId('account-submit').click();
    await page.getByTestId('account-modal').getByText('已开通登录账号').waitFor();
    await page.getByTestId('account-done').click();
    await page.getByTestId('account-modal').waitFor({ state: 'detached' });

    // The record does not say whether an account exists; a second attempt must explain, not fail.
    await page.getByTestId('create-account').click();
    await page.getByTestId('account-submit').click();
    await page.getByTestId('account-exists').getByText('已有登录账号').waitFor();
    await page.getByTestId('account-done').click();
  });

  it('exports the list and reaches the people and 花名册 of a branch from its org page', async () => {
    await page.getByTestId('nav-menu').getByText('党员档案').click();
    await page.getByTestId('persons-table').getByText('陈伟').waitFor();
    await download('export-persons', /^党员信息\.xlsx$/);
    await page.getByTestId('export-menu').click();
    await page.getByRole('menuitem', { name: '导出完整身份证号' }).click();
    await download('confirm-export-unmasked', /^党员信息\.xlsx$/);

    await page.goto(`/orgs/${branchId}`);
    await download('org-roster', /花名册\.xlsx$/);
    await page.getByTestId('org-people-link').click();
    await page.waitForURL(new RegExp(`/persons\\?orgId=${branchId}`));
    await page.getByTestId('filter-org').getByText('示范县委 / 东街社区党支部').waitFor();
    await page.getByTestId('persons-table').getByText('陈伟').waitFor();
  });

  it('checks the ID number as it is typed in the new-person form', async () => {
    const id = composeIdNumber('110105', '1992-04-18', 26);
    await page.getByTestId('nav-menu').getByText('党员档案').click();
    await page.getByTestId('create-person').click();
    const form = page.getByTestId('person-form-modal');
    await page.getByTestId('person-name').fill('赵敏');
    const idInput = page.getByTestId('person-id-number-input');
    // The wrong check character is reported as soon as the 18th character is typed, before leaving the field.
    await idInput.pressSequentially(wrongCheck(id));
    await form.getByText('身份证号校验位错误').waitFor();
    await idInput.fill(id);
    await form.getByText('身份证号校验位错误').waitFor({ state: 'detached' });
    expect(await page.getByTestId('person-sex').inputValue()).toBe('女');
    expect(await page.getByTestId('person-birth-date').inputValue()).toBe('1992-04-18');

    await chooseOption(page, 'person-education', '大学本科');
    await chooseOption(page, 'person-kind', '在岗职工');
    await chooseOption(page, 'person-occupation', '党政机关工作人员');
    await searchAndChoose(page, 'person-org', '东街', '东街社区党支部');
    await page.getByTestId('person-form-submit').click();
    await page.getByTestId('person-title').getByText('赵敏').waitFor();
    await page.getByTestId('person-info').getByText('党政机关工作人员').waitFor();
    await signOut(page);
  });

  it('signs the member in with the ID number on a phone and shows their own record', async () => {
    const phone = await browser!.newContext({
      baseURL: server!.url,
      viewport: PHONE,
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    phonePage = await phone.newPage();
    apiFailures.push(...recordApiFailures(phonePage));
    await phonePage.goto('/login');
    await phonePage.getByTestId('login-username').fill(ids.zhang);
    await phonePage.getByTestId('login-password').fill(memberPassword);
    await phonePage.getByTestId('login-submit').click();
    await phonePage.waitForURL(/\/me$/);

    // A new member account must choose its own password first.
    await phonePage.getByTestId('current-password').fill(memberPassword);
    await phonePage.getByTestId('new-password').fill(MEMBER_NEW_PASSWORD);
    await phonePage.getByTestId('confirm-password').fill(MEMBER_NEW_PASSWORD);
    await phonePage.getByTestId('change-password-submit').click();
    await phonePage.getByTestId('change-password-submit').waitFor({ state: 'detached' });

    await phonePage.getByTestId('me-name').getByText('张建华').waitFor();
    expect(await phonePage.getByTestId('person-id-number').textContent()).toBe(ids.zhang);
    expect(await phonePage.getByTestId('person-phone').textContent()).toBe('13800138011');
    await phonePage.getByTestId('person-timeline').getByText('转为正式党员').waitFor();
    expect(await phonePage.getByTestId('open-nav').count()).toBe(0);
    expect(await phonePage.getByTestId('nav-menu').count()).toBe(0);

    await phonePage.getByTestId('request-correction').click();
    await chooseOption(phonePage, 'correction-field', '学历');
    await chooseOption(phonePage, 'correction-value', '研究生');
    await phonePage.getByTestId('correction-reason').fill('2015 年已取得硕士学位，学历登记有误');
    await phonePage.getByTestId('correction-submit').click();
    await phonePage
      .getByTestId('my-corrections')
      .getByTestId('correction-status')
      .getByText('待审核')
      .waitFor();

    // A full-page picture taken while scrolled would paint the sticky header mid-page.
    await phonePage.evaluate(() => window.scrollTo(0, 0));
    await phonePage.waitForTimeout(300);
    expect(await scrollWidth(phonePage)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phonePage, 'me-phone');
  });

  it('lets the branch approve the correction, which the member then sees', async () => {
    await signIn(page, 'admin', ADMIN_PASSWORD);
    // Let the landing redirects finish (/ → /orgs → the first org) before choosing another page.
    await page.waitForURL(/\/orgs\/\d+/);
    await page.getByTestId('nav-menu').getByText('更正申请').click();
    await page.waitForURL(/\/corrections/);
    const card = page.getByTestId('correction-card').filter({ hasText: '张建华' });
    await card.getByText('研究生').waitFor();
    await card.getByTestId('approve-correction').click();
    await page.getByTestId('confirm-approve').click();
    await page.getByText('已处理（1）').waitFor();

    await phonePage!.reload();
    await phonePage!
      .getByTestId('my-corrections')
      .getByTestId('correction-status')
      .getByText('已同意')
      .waitFor();
    await phonePage!.getByTestId('me-info').getByText('研究生').waitFor();
  });
});
