import { composeIdNumber } from '@jiceng/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { DESKTOP, launchBrowser, PHONE, recordApiFailures, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import { chooseOption, signIn } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '东山县委',
  townX: '甲镇党委',
  townY: '乙镇党委',
  branchX: '甲镇石桥村党支部',
  branchY: '乙镇机关第一党支部',
  mobile: '林志远',
  lost: '王海涛',
};
const MEETING = '参加支部党员大会';
const DECISION = '石桥支〔2026〕3号';

/** A date in China time, the zone the server's rules count in, `years` from today. */
function chinaDate(years = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = today.split('-');
  const date = `${Number(y) + years}-${m}-${d}`;
  // 29 February plus a year is 1 March.
  return date.endsWith('-02-29') && years !== 0 ? `${Number(y) + years}-03-01` : date;
}

const personBase = {
  ethnicity: '01',
  education: 'bachelor',
  personKind: 'employed',
  occupation: 'professional',
  admissionDate: '2012-07-01',
  conversionDate: '2013-07-01',
};

describe('movement: a mobile member seen by both branches, and a lost member whose standing is suspended', () => {
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

  async function newPage(phone = false): Promise<Page> {
    const context = await browser!.newContext({
      baseURL: server!.url,
      viewport: phone ? PHONE : DESKTOP,
      locale: 'zh-CN',
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    contexts.push(context);
    const page = await context.newPage();
    apiFailures.push(...recordApiFailures(page));
    current = page;
    return page;
  }

  /** Signs in a new account, which must choose its own password first. */
  async function signInFirstTime(username: string, phone = false): Promise<Page> {
    const page = await newPage(phone);
    await page.goto('/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    // The modal's root counts as hidden even while it shows; its button goes once the password is changed.
    await page.getByTestId('change-password-submit').waitFor({ state: 'detached' });
    return page;
  }

  /** Types a day into an antd DatePicker, replacing the one it shows. */
  async function pickDate(page: Page, testId: string, date: string): Promise<void> {
    const input = page.getByTestId(testId);
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    expect(await input.inputValue()).toBe(date);
  }

  /** Lets tables lose their loading blur and motions end before a picture. */
  async function settle(page: Page): Promise<void> {
    await page.waitForFunction(
      () => !document.querySelector('.ant-spin-blur, .ant-spin-spinning, .ant-skeleton'),
    );
    await page.waitForTimeout(500);
  }

  /** An option of the select whose list is open, by part of its text. */
  function option(page: Page, text: string) {
    return page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: text });
  }

  async function openMobile(page: Page, side: '流出' | '流入'): Promise<void> {
    current = page;
    await page.goto('/mobile');
    await page.getByTestId('mobile-page').waitFor();
    await page.getByTestId('outflow-tabs').getByRole('tab', { name: side }).click();
  }

  async function openPerson(page: Page, name: string): Promise<void> {
    await page.goto('/persons');
    await page.getByTestId('persons-page').waitFor();
    await page.getByText(name).first().click();
    await page.getByTestId('person-title').getByText(name).waitFor();
  }

  it('sets up a county with two townships, a branch under each, two members and the secretaries', async () => {
    const admin = await newPage();
    await admin.goto('/');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(admin, '/orgs', body);
    const county = await org({ parentId: null, kind: 'committee', name: NAMES.county });
    const townX = await org({ parentId: county.id, kind: 'committee', name: NAMES.townX });
    const townY = await org({ parentId: county.id, kind: 'committee', name: NAMES.townY });
    const branchX = await org({ parentId: townX.id, kind: 'branch', name: NAMES.branchX });
    const branchY = await org({ parentId: townY.id, kind: 'branch', name: NAMES.branchY });
    await apiPost(admin, '/persons', {
      ...personBase,
      name: NAMES.mobile,
      idNumber: composeIdNumber('360426', '1988-08-08', 55),
      orgId: branchX.id,
    });
    await apiPost(admin, '/persons', {
      ...personBase,
      name: NAMES.lost,
      idNumber: composeIdNumber('360426', '1979-03-15', 31),
      orgId: branchX.id,
    });
    const user = (username: string, orgId: number) =>
      apiPost(admin, '/users', {
        username,
        displayName: username,
        password: PASSWORD,
        assignments: [{ role: 'branch_secretary', orgId }],
      });
    await user('shiqiao', branchX.id);
    await user('jiguan', branchY.id);
  });

  it('lets branch X register the member as flowing out to branch Y, waiting for its confirmation', async () => {
    const page = (pages.x = await signInFirstTime('shiqiao'));
    await openMobile(page, '流出');
    await page.getByTestId('outflow-register').click();
    await page.getByTestId('outflow-person').click();
    await page.getByTestId('outflow-person').locator('input').fill('林');
    await option(page, NAMES.mobile).click();
    await page.getByTestId('outflow-destination').fill('广东省深圳市南山区');
    await page.getByTestId('outflow-contact').fill('13812345678');
    await page.getByTestId('outflow-inflow-where').getByText('系统内党支部').click();
    await page.getByTestId('outflow-inflow-org').click();
    await page.getByTestId('outflow-inflow-org').locator('input').fill('机关第一');
    await option(page, NAMES.branchY).click();
    await page.getByTestId('outflow-submit').click();
    await page.getByTestId('outflow-submit').waitFor({ state: 'detached' });
    const row = page
      .getByTestId('outflow-table-out')
      .locator('.ant-table-row')
      .filter({ hasText: NAMES.mobile });
    await row.getByText('待流入地确认').waitFor();
    expect(await row.textContent()).toContain(NAMES.branchY);
  });

  it('lets branch Y confirm the member on a phone and record a meeting', async () => {
    const page = (pages.y = await signInFirstTime('jiguan', true));
    await openMobile(page, '流入');
    const card = page
      .getByTestId('outflow-cards-in')
      .getByTestId('outflow-card')
      .filter({ hasText: NAMES.mobile });
    await card.getByText('待流入地确认').waitFor();
    await card.getByTestId('outflow-confirm').click();
    await page.getByTestId('confirm-submit').click();
    await card.getByText('已确认').waitFor();

    await card.getByTestId('outflow-record').click();
    await page.getByTestId('activity-submit').waitFor();
    await chooseOption(page, 'activity-kind', '参加会议');
    await page.getByTestId('activity-title').fill(MEETING);
    await page.getByTestId('activity-submit').click();
    await page.getByTestId('activity-submit').waitFor({ state: 'detached' });

    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await settle(page);
    // A full-page picture taken while scrolled would paint the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await screenshot(page, 'mobile-inflow-phone');
  });

  it("shows branch X the confirmed outflow with branch Y's meeting in its detail", async () => {
    const page = pages.x!;
    await openMobile(page, '流出');
    const row = page
      .getByTestId('outflow-table-out')
      .locator('.ant-table-row')
      .filter({ hasText: NAMES.mobile });
    await row.getByText('已确认').waitFor();
    await row.getByTestId('outflow-open').click();
    const drawer = page.getByTestId('outflow-drawer');
    const meeting = drawer.getByTestId('outflow-activities').getByTestId('outflow-activity').filter({
      hasText: MEETING,
    });
    await meeting.waitFor();
    const text = await meeting.textContent();
    expect(text).toContain('参加会议');
    expect(text).toContain(NAMES.branchY);
    expect(text).toContain('jiguan');
    await settle(page);
    await screenshot(page, 'mobile-detail-desktop');
    await page.keyboard.press('Escape');
  });

  it('lets branch X mark the other member as lost contact more than six months ago', async () => {
    const page = pages.x!;
    current = page;
    await openPerson(page, NAMES.lost);
    await page.getByTestId('person-tab-standing').click();
    await page.getByTestId('standing-tab').waitFor();
    await page.getByTestId('lost-contact-open').click();
    await pickDate(page, 'lost-contact-since', chinaDate(-1));
    await page.getByTestId('lost-contact-note').fill('外出务工后电话停机，家人亦不知去向');
    await page.getByTestId('lost-contact-submit').click();
    await page.getByTestId('lost-contact-submit').waitFor({ state: 'detached' });
    const panel = page.getByTestId('lost-contact-panel');
    await panel.getByTestId('suspension-due').waitFor();
    expect(await panel.textContent()).toContain('电话停机');
  });

  it('records a search for the member on the standing tab', async () => {
    const page = pages.x!;
    await page.getByTestId('contact-search-open').click();
    await page.getByTestId('contact-search-method').fill('走访原住址、联系亲属');
    await page.getByTestId('contact-search-result').fill('原住址已出租，亲属无法联系');
    await page.getByTestId('contact-search-submit').click();
    await page.getByTestId('contact-search-submit').waitFor({ state: 'detached' });
    await page.getByTestId('contact-search-item').filter({ hasText: '走访原住址' }).waitFor();
  });

  it('lists the member on the lost-contact page as due for suspension', async () => {
    const page = pages.x!;
    await page.getByTestId('nav-menu').getByText('失联与停止党籍').click();
    await page.getByTestId('lost-contact-page').waitFor();
    const row = page
      .getByTestId('lost-contact-table')
      .locator('.ant-table-row')
      .filter({ hasText: NAMES.lost });
    await row.getByTestId('lost-due').waitFor();
    expect(await row.textContent()).toContain(chinaDate(-1));
    await settle(page);
    await screenshot(page, 'lost-contact-desktop');
  });

  it('records the suspension with its decision number and shows it in the header', async () => {
    const page = pages.x!;
    await page.getByTestId('lost-contact-table').getByText(NAMES.lost).click();
    await page.getByTestId('person-tab-standing').click();
    await page.getByTestId('standing-tab').waitFor();
    await page.getByTestId('standing-change-open').click();
    await chooseOption(page, 'standing-change-kind', '停止党籍');
    await page.getByTestId('standing-change-ref').fill(DECISION);
    await page.getByTestId('standing-change-submit').click();
    await page.getByTestId('standing-change-submit').waitFor({ state: 'detached' });
    const item = page.getByTestId('standing-changes').getByTestId('standing-change-item');
    await item.filter({ hasText: DECISION }).waitFor();
    expect(await item.first().textContent()).toContain('停止党籍');
    // The header next to the name, not only the tab, shows the new standing.
    const header = page.getByTestId('person-title').locator('xpath=..');
    await header.getByTestId('standing-tag').getByText('停止党籍', { exact: true }).waitFor();
    await settle(page);
    await screenshot(page, 'standing-tab-desktop');
  });

  it('keeps the suspended member out of the default person list but finds them by standing', async () => {
    const page = pages.x!;
    await page.goto('/persons');
    await page.getByTestId('persons-page').waitFor();
    await page.getByText(NAMES.mobile).first().waitFor();
    await expect.poll(() => page.getByText(NAMES.lost).count()).toBe(0);
    await chooseOption(page, 'filter-standing', '停止党籍');
    await page.getByText(NAMES.lost).first().waitFor();
    await expect.poll(() => page.getByText(NAMES.mobile).count()).toBe(0);
  });
});
