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
  county: '青山县委',
  branch: '青山县柳溪村党支部',
  secretary: 'liuxi',
  title: '学习党章 推进乡村振兴',
};
/** Two members with accounts (one signs in with the ID number, one with the phone) and one without. */
const MEMBERS = [
  { name: '陈国强', idNumber: composeIdNumber('360426', '1975-03-12', 31), phone: '13907950001' },
  { name: '王秀英', idNumber: composeIdNumber('360426', '1982-09-05', 42), phone: '13907950002' },
  { name: '赵立军', idNumber: composeIdNumber('360426', '1968-11-20', 53), phone: null },
];

describe('meetings: a general meeting on the phone, signed in by QR link, then closed', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const apiFailures: string[] = [];
  let current: Page | undefined;
  let secretary: Page;
  let firstMember: Page;
  let signInUrl = '';

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

  async function newPage(phone: boolean): Promise<Page> {
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

  /** Logs in on the login page the app sent us to, then chooses a new password as a new account must. */
  async function logInFirstTime(page: Page, username: string): Promise<void> {
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('change-password-modal').waitFor({ state: 'hidden' });
  }

  function attendee(name: string) {
    return secretary.getByTestId('attendee-row').filter({ hasText: name });
  }

  it('sets up a branch with three members, two member accounts and a secretary', async () => {
    const admin = await newPage(false);
    await admin.goto('/');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    const county = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: null,
      kind: 'committee',
      name: NAMES.county,
    });
    const branch = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: county.id,
      kind: 'branch',
      name: NAMES.branch,
    });
    for (const [index, member] of MEMBERS.entries()) {
      const person = await apiPost<{ id: number }>(admin, '/persons', {
        name: member.name,
        idNumber: member.idNumber,
        phone: member.phone,
        ethnicity: '01',
        education: 'high_school',
        personKind: 'farmer',
        occupation: 'farmer',
        orgId: branch.id,
        admissionDate: '2005-07-01',
        conversionDate: '2006-07-01',
      });
      if (index < 2) await apiPost(admin, `/persons/${person.id}/account`, { password: PASSWORD });
    }
    await apiPost(admin, '/users', {
      username: NAMES.secretary,
      displayName: '柳溪村书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: branch.id }],
    });
  });

  it('lets the secretary plan a general meeting for today on a phone and mark it held', async () => {
    secretary = await newPage(true);
    await secretary.goto('/login');
    await logInFirstTime(secretary, NAMES.secretary);
    await secretary.goto('/meetings');
    await secretary.getByTestId('meetings-page').waitFor();
    await secretary.getByTestId('meeting-plan').click();
    // The secretary reaches one branch, so planning starts there.
    await secretary.getByTestId('plan-modal').getByText(NAMES.branch).waitFor();
    await chooseOption(secretary, 'plan-kind', '支部党员大会');
    await secretary.getByTestId('plan-title').fill(NAMES.title);
    await secretary.getByTestId('plan-place').fill('柳溪村党群服务中心');
    await secretary.getByTestId('plan-submit').click();
    await secretary.getByTestId('meeting-page').waitFor();
    await secretary.getByTestId('meeting-title').getByText(NAMES.title).waitFor();
    expect(await secretary.getByTestId('attendee-row').count()).toBe(3);

    await secretary.getByTestId('hold-button').click();
    await secretary.getByTestId('hold-submit').click();
    await secretary.getByTestId('meeting-state').getByText('已召开').waitFor();
    await secretary.getByTestId('sign-in-qr').waitFor();
    signInUrl = (await secretary.getByTestId('sign-in-link').textContent())!.trim();
    expect(signInUrl).toMatch(/\/sign-in\/[A-Za-z0-9_-]{24}$/);
    expect(await scrollWidth(secretary)).toBeLessThanOrEqual(PHONE.width);
    await secretary.evaluate(() => window.scrollTo(0, 0));
    await secretary.waitForTimeout(300);
    await screenshot(secretary, 'meeting-phone');
  });

  it('signs each member with an account in from the link on their own phone, after logging in', async () => {
    for (const [index, member] of MEMBERS.slice(0, 2).entries()) {
      const phone = await newPage(true);
      await phone.goto(signInUrl);
      // Not signed in: the login page, which brings the member back to the sign-in page afterwards.
      await phone.waitForURL(/\/login\?next=/);
      await logInFirstTime(phone, index === 0 ? member.idNumber : member.phone!);
      await phone.waitForURL(/\/sign-in\//);
      await phone.getByTestId('sign-in-title').getByText(NAMES.title).waitFor();
      await phone.getByTestId('sign-in-button').click();
      await phone.getByTestId('sign-in-done').getByText('签到成功').waitFor();
      expect(await scrollWidth(phone)).toBeLessThanOrEqual(PHONE.width);
      if (index === 0) {
        firstMember = phone;
        await screenshot(phone, 'sign-in-phone');
      }
    }
  });

  it('refuses to close while the minutes and a mark are missing, naming each item and its rule', async () => {
    current = secretary;
    await secretary.reload();
    await attendee(MEMBERS[0]!.name).getByText('扫码签到').waitFor();
    await attendee(MEMBERS[1]!.name).getByText('扫码签到').waitFor();
    await secretary.getByTestId('close-button').click();
    const refusal = secretary.getByTestId('close-refusal');
    await refusal.getByText('须填写会议记录').waitFor();
    await refusal.getByText('还有 1 名应到人员未登记出席情况').waitFor();
    expect(await refusal.textContent()).toContain('org-life.md L3');
  });

  it('lets the secretary mark the third member excused, write the minutes and close the meeting', async () => {
    const third = attendee(MEMBERS[2]!.name);
    await third.getByText('请假', { exact: true }).click();
    await third.getByTestId('attendee-reason').fill('在外务工');
    await secretary.getByTestId('save-attendance').click();
    await secretary.locator('.ant-message').getByText('出席情况已保存').waitFor();

    await secretary.getByTestId('minutes-host').fill('刘书记');
    await secretary.getByTestId('minutes-recorder').fill('陈国强');
    await secretary.getByTestId('minutes-topics').fill('学习党章第一章；讨论村集体经济发展');
    await secretary.getByTestId('minutes-decisions').fill('成立乡村振兴党员先锋队');
    await secretary.getByTestId('save-minutes').click();
    await secretary.locator('.ant-message').getByText('会议记录已保存').waitFor();

    await secretary.getByTestId('close-button').click();
    await secretary.getByTestId('meeting-locked').waitFor();
    await secretary.getByTestId('meeting-state').getByText('已归档').waitFor();
    expect(await secretary.getByTestId('minutes-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    // Locked: no marks to change, no minutes form, no buttons to close again.
    expect(await secretary.getByTestId('attendee-mark').count()).toBe(0);
    expect(await secretary.getByTestId('save-minutes').count()).toBe(0);
    expect(await secretary.getByTestId('close-button').count()).toBe(0);
    await attendee(MEMBERS[2]!.name).getByText('请假（在外务工）').waitFor();
    expect(await scrollWidth(secretary)).toBeLessThanOrEqual(PHONE.width);
    await secretary.evaluate(() => window.scrollTo(0, 0));
    await secretary.waitForTimeout(300);
    await screenshot(secretary, 'meeting-closed-phone');
  });

  it('shows the member the closed meeting with their mark and this year’s rate on their phone', async () => {
    current = firstMember;
    await firstMember.goto('/me');
    const record = firstMember.getByTestId('me-meeting-record');
    await record.getByTestId('me-meeting').filter({ hasText: NAMES.title }).getByText('出席').waitFor();
    expect(await firstMember.getByTestId('me-attendance-rate').textContent()).toMatch(/年出席 1\/1 次/);
    expect(await scrollWidth(firstMember)).toBeLessThanOrEqual(PHONE.width);
    await firstMember.evaluate(() => window.scrollTo(0, 0));
    await firstMember.waitForTimeout(300);
    await screenshot(firstMember, 'meetings-me-phone');
  });
});
