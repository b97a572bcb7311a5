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
 * The compliance calendar of a township with two villages that have held nothing yet (the meetings are
 * recorded by another module): read in mid-June of this year, every month and quarter before is overdue and
 * the running ones are due. The township then asks for a lecture every month, and is refused a yearly
 * general meeting, which is weaker than the 2018 rule.
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
  });

  it('shows the township’s matrix, and the overdue villages of a cell', async () => {
    await page.getByTestId('nav-menu').getByText('组织生活达标').click();
    await page.getByTestId('compliance-page').waitFor();
    await page.goto(`/compliance?orgId=${townId}&on=${on}`);
    const matrix = page.getByTestId('compliance-matrix');
    await matrix.waitFor();
    const total = page.getByTestId('compliance-cell-total-general_meeting');
    await expect.poll(() => total.textContent()).toContain('0/2');
    expect(await total.textContent()).toContain('0%');
    expect(await total.textContent()).toContain('未完成 2');
    // Only 东岭村 has a group; neither village has a committee.
    expect(await page.getByTestId('compliance-cell-total-group_meeting').textContent()).toContain('0/1');
    expect(await page.getByTestId('compliance-cell-total-committee_meeting').textContent()).toBe('不适用');

    await page.getByTestId(`compliance-cell-${townId}-theme_day`).click();
    const overdue = page.getByTestId('compliance-overdue');
    await overdue.waitFor();
    const text = await overdue.textContent();
    expect(text).toContain(NAMES.east);
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
