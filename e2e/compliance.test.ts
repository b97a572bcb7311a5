import { composeIdNumber } from '@jiceng/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { DESKTOP, launchBrowser, PHONE, recordApiFailures, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import { chooseOption, signIn } from './support/ui';

const NAMES = {
  county: '青山县委',
  town: '青山镇党委',
  east: '东岭村党支部',
  west: '西岭村党支部',
  group: '东岭村第一党小组',
};

/**
 * The compliance calendar of a township with two villages, read in mid-June of this year: 东岭村 held a
 * general meeting in April and a theme day every month from January to May (recorded and closed through the
 * meetings API), 西岭村 held nothing. The township then asks for a lecture every month, and is refused a
 * yearly general meeting, which is weaker than the 2018 rule.
 */
describe('compliance: a township sees which villages keep their organizational life', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const apiFailures: string[] = [];
  let page: Page;
  let townId = 0;
  let eastId = 0;
  const on = `${new Date().getFullYear()}-06-15`;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async (ctx) => {
    if (!page || ctx.task.result?.state !== 'fail') return;
    await screenshot(page, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`API refusals so far:\n${apiFailures.join('\n') || '(none)'}`);
    console.error(`server output (last 3000 characters):\n${server?.output().slice(-3000) ?? ''}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport = DESKTOP, phone = false): Promise<Page> {
    const context = await browser!.newContext({
      baseURL: server!.url,
      viewport,
      locale: 'zh-CN',
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    contexts.push(context);
    const created = await context.newPage();
    apiFailures.push(...recordApiFailures(created));
    return created;
  }

  async function settle(p: Page): Promise<void> {
    await p.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-skeleton'));
    // A closed modal can leave the page scrolled; the full-page picture then repeats the sticky header.
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(400);
  }

  /** Any API call from inside the page (PUT for the minutes). */
  async function api<T>(method: string, path: string, body: unknown): Promise<T> {
    const result = await page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(`/api${path}`, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, text: await response.text() };
      },
      { method, path, body },
    );
    if (result.status >= 300) throw new Error(`${method} ${path} answered ${result.status}: ${result.text}`);
    return JSON.parse(result.text) as T;
  }

  /** Plans, holds, marks and closes a meeting on a past date, as a secretary recording it would. */
  async function closedMeeting(orgId: number, kind: string, date: string, title: string): Promise<void> {
    const meeting = await api<{ id: number; attendees: { personId: number }[] }>('POST', '/meetings', {
      orgId,
      kind,
      title,
      plannedOn: date,
      place: '村党群服务中心',
    });
    await api('POST', `/meetings/${meeting.id}/hold`, { heldOn: date });
    const detail = await api<{ attendees: { personId: number }[] }>(
      'GET',
      `/meetings/${meeting.id}`,
      undefined,
    );
    await api('POST', `/meetings/${meeting.id}/attendance`, {
      marks: detail.attendees.map((a) => ({ personId: a.personId, mark: 'present' })),
    });
    await api('PUT', `/meetings/${meeting.id}/minutes`, {
      place: '村党群服务中心',
      host: '支部书记',
      recorder: '组织委员',
      topics: title,
    });
    await api('POST', `/meetings/${meeting.id}/close`, {});
  }

  it('sets up a county, a township and its two villages', async () => {
    page = await newPage();
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(page, '/orgs', body);
    const county = await org({ parentId: null, kind: 'committee', name: NAMES.county });
    townId = (await org({ parentId: county.id, kind: 'committee', name: NAMES.town })).id;
    eastId = (await org({ parentId: townId, kind: 'branch', name: NAMES.east, unitKind: 'village' })).id;
    await org({ parentId: townId, kind: 'branch', name: NAMES.west, unitKind: 'village' });
    await org({ parentId: eastId, kind: 'group', name: NAMES.group });
    for (const [i, name] of ['陈东岭', '李东岭', '王东岭'].entries()) {
      await apiPost(page, '/persons', {
        name,
        idNumber: composeIdNumber('360426', `197${i}-03-0${i + 1}`, 31 + i),
        ethnicity: '01',
        education: 'bachelor',
        personKind: 'farmer',
        occupation: 'farmer',
        orgId: eastId,
        admissionDate: '2005-07-01',
        conversionDate: '2006-07-01',
      });
    }
  });

  it('records 东岭村’s general meeting in April and its theme days from January to May', async () => {
    const year = on.slice(0, 4);
    await closedMeeting(eastId, 'general_meeting', `${year}-04-10`, '第二季度支部党员大会');
    for (const month of ['01', '02', '03', '04', '05']) {
      await closedMeeting(eastId, 'theme_day', `${year}-${month}-05`, `${Number(month)}月主题党日`);
    }
  });

  it('shows the township’s matrix, and the overdue villages of a cell', async () => {
    await page.getByTestId('nav-menu').getByText('组织生活达标').click();
    await page.getByTestId('compliance-page').waitFor();
    await page.goto(`/compliance?orgId=${townId}&on=${on}`);
    const matrix = page.getByTestId('compliance-matrix');
    await matrix.waitFor();
    const total = page.getByTestId('compliance-cell-total-general_meeting');
    // 东岭村 met the second quarter; both missed the first.
    await expect.poll(() => total.textContent()).toContain('1/2');
    expect(await total.textContent()).toContain('50%');
    expect(await total.textContent()).toContain('未完成 2');
    // Only 东岭村 has a group; neither village has a committee.
    expect(await page.getByTestId('compliance-cell-total-group_meeting').textContent()).toContain('0/1');
    expect(await page.getByTestId('compliance-cell-total-committee_meeting').textContent()).toBe('不适用');

    await page.getByTestId(`compliance-cell-${townId}-theme_day`).click();
    const overdue = page.getByTestId('compliance-overdue');
    await overdue.waitFor();
    const text = await overdue.textContent();
    // 东岭村 kept every theme day; only 西岭村 missed months.
    expect(text).not.toContain(NAMES.east);
    expect(text).toContain(NAMES.west);
    expect(text).toContain(`${on.slice(0, 4)}年5月`);
    expect(text).not.toContain(`${on.slice(0, 4)}年6月`);
    await settle(page);
    await screenshot(page, 'compliance-township-desktop');
  });

  it('refuses a weaker rule with its reference, and adds a monthly lecture for the township', async () => {
    await page.getByTestId('compliance-tab-rules').click();
    await page.getByTestId('compliance-rules').waitFor();
    await page.getByTestId('rule-add').click();
    await chooseOption(page, 'rule-kind', '支部党员大会');
    await chooseOption(page, 'rule-per', '每年');
    await page.getByTestId('rule-save').click();
    const refusal = page.getByTestId('rule-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('org-life.md L1');
    await screenshot(page, 'compliance-rule-refused-desktop');

    await chooseOption(page, 'rule-kind', '党课');
    await chooseOption(page, 'rule-per', '每月');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-save').waitFor({ state: 'detached' });
    const rules = page.getByTestId('rules-list');
    await expect.poll(() => rules.textContent()).toContain('每月至少 1 次');
    expect(await rules.textContent()).toContain(NAMES.town);
    const lecture = page
      .getByTestId('rules-requirements')
      .locator('.ant-table-row')
      .filter({ hasText: '党课' });
    expect(await lecture.textContent()).toContain(`${NAMES.town}规定`);
    await settle(page);
    await screenshot(page, 'compliance-rules-desktop');
  });

  it('shows a village’s calendar with the lecture now due every month', async () => {
    await page.getByTestId('compliance-tab-status').click();
    await page.getByTestId(`compliance-cell-${townId}-lecture`).click();
    await page.getByTestId('compliance-overdue').getByText(NAMES.east).click();
    const branch = page.getByTestId(`compliance-branch-${eastId}`);
    await branch.waitFor();
    const lecture = branch.getByTestId('compliance-row-lecture');
    await expect.poll(() => lecture.locator('[data-status]').count()).toBe(6);
    expect(await lecture.locator('[data-status="overdue"]').count()).toBe(5);
    expect(await lecture.locator('[data-status="due"]').count()).toBe(1);
    expect(await branch.getByTestId('compliance-row-group_meeting').locator('[data-status]').count()).toBe(6);
    await settle(page);
    await screenshot(page, 'compliance-village-desktop');
  });

  it('fits the township’s view on a phone', async () => {
    const phone = await newPage(PHONE, true);
    page = phone;
    await phone.goto('/login');
    await signIn(phone, 'admin', ADMIN_PASSWORD);
    await phone.goto(`/compliance?orgId=${townId}&on=${on}`);
    await phone.getByTestId('compliance-matrix').waitFor();
    await phone.getByTestId(`compliance-cell-${townId}-general_meeting`).click();
    await phone.getByTestId('compliance-overdue').getByText(NAMES.west).waitFor();
    await settle(phone);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'compliance-township-phone');
  });
});
