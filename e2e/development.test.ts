import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { composeIdNumber } from '@jiceng/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import {
  DESKTOP,
  launchBrowser,
  PHONE,
  recordApiFailures,
  screenshot,
  SCREENSHOT_DIR,
} from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import { searchAndChoose, signIn } from './support/ui';

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
};

describe('development: recording steps on the profile and the to-do board', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let apiFailures: string[] = [];
  let applicantId = 0;
  const applicantIdNumber = composeIdNumber('360426', '1998-04-10', 72);

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
    await screenshot(page, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
    console.error(`API refusals so far:\n${apiFailures.join('\n') || '(none)'}`);
    console.error(`server output (last 3000 characters):\n${server?.output().slice(-3000) ?? ''}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens the form of a next step, submits it with its default date and waits for it on the timeline. */
  async function record(step: string, label: string, fill?: () => Promise<void>): Promise<void> {
    await page.getByTestId(`next-step-${step}`).click();
    await page.getByTestId('step-submit').waitFor();
    await fill?.();
    await page.getByTestId('step-submit').click();
    await page.getByTestId('step-submit').waitFor({ state: 'detached' });
    await page.getByTestId('development-timeline').getByText(label, { exact: true }).waitFor();
  }

  it('sets up a committee that approves admissions, a branch, a member and an applicant', async () => {
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const committee = await apiPost<{ id: number }>(page, '/orgs', {
      parentId: null,
      kind: 'committee',
      name: '示范镇党委',
      mayApproveAdmissions: true,
    });
    const branch = await apiPost<{ id: number }>(page, '/orgs', {
      parentId: committee.id,
      kind: 'branch',
      name: '南村党支部',
    });
    await apiPost(page, '/persons', {
      ...personBase,
      name: '赵国强',
      idNumber: composeIdNumber('360426', '1970-05-20', 61),
      orgId: branch.id,
      admissionDate: '2000-07-01',
      conversionDate: '2001-07-01',
    });
    ({ id: applicantId } = await apiPost<{ id: number }>(page, '/persons', {
      ...personBase,
      name: '孙晓明',
      idNumber: applicantIdNumber,
      orgId: branch.id,
      applicationDate: chinaDate(-2),
    }));
    // Another applicant whom nobody has talked to yet: overdue on the board.
    await apiPost(page, '/persons', {
      ...personBase,
      name: '周丽',
      idNumber: composeIdNumber('360426', '1999-09-09', 83),
      orgId: branch.id,
      applicationDate: chinaDate(-2),
    });
  });

  it('records the first steps and is refused a candidate before a year as activist', async () => {
    await page.goto(`/persons/${applicantId}`);
    await page.getByTestId('person-tab-development').click();
    await page.getByTestId('development-tab').waitFor();
    await page.getByTestId('development-timeline').getByText('递交入党申请书', { exact: true }).waitFor();

    await record('first_talk', '派人谈话');
    await record('activist_designated', '确定入党积极分子');
    await record('activist_filed', '报上级党委备案（积极分子）');
    await record('sponsors_assigned', '指定培养联系人', async () => {
      await page.getByTestId('step-sponsors').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '赵国强' }).click();
      await page.keyboard.press('Escape');
    });

    const candidate = page.getByTestId('next-step-candidate_designated');
    await expect.poll(() => candidate.textContent()).toContain(`最早 ${chinaDate(1)}`);
    await candidate.click();
    await page.getByTestId('step-submit').waitFor();
    await page.getByTestId('step-submit').click();
    const refusal = page.getByTestId('step-error');
    await refusal.waitFor();
    const text = await refusal.textContent();
    expect(text).toContain('development.md D6');
    expect(text).toContain(chinaDate(1));
    await page
      .getByTestId('step-modal')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await page.getByTestId('step-submit').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('person-page').textContent()).toContain('入党积极分子');
    await screenshot(page, 'development-person-desktop');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('development-print').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('发展党员纪实表.pdf');
    // The printed record as a picture, for people to look at (e2e/screenshots is not checked in).
    const file = path.join(SCREENSHOT_DIR, 'development-record.pdf');
    await pdf.saveAs(file);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('孙晓明');
  });

  it('voids a wrongly recorded step, keeps it struck through, and offers it again', async () => {
    await page.getByTestId('step-void').click();
    await page.getByTestId('void-reason').fill('培养联系人选错，重新指定');
    await page.getByTestId('void-submit').click();
    await page.getByTestId('void-submit').waitFor({ state: 'detached' });
    const voided = page.getByTestId('development-step').filter({ hasText: '指定培养联系人' });
    await voided.getByText('已撤销').waitFor();
    // Recorded again: the struck-through entry stays, so the timeline now holds the label twice.
    await page.getByTestId('next-step-sponsors_assigned').click();
    await page.getByTestId('step-sponsors').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '赵国强' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('step-submit').click();
    await page.getByTestId('step-submit').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('development-step').count()).toBe(6);
  });

  it('shows the overdue first talk on the to-do board', async () => {
    await page.getByTestId('nav-menu').getByText('发展党员').click();
    await page.getByTestId('development-board').waitFor();
    const row = page.getByTestId('board-table').locator('.ant-table-row').filter({ hasText: '周丽' });
    await row.waitFor();
    await row.getByTestId('board-overdue').waitFor();
    // Let the table's loading blur and the menu's highlight motion settle before the picture.
    await page.waitForFunction(() => !document.querySelector('.ant-spin-blur'));
    await page.waitForTimeout(500);
    await screenshot(page, 'development-board-desktop');
  });

  it('sends the due duties as reminders from the board', async () => {
    await page.getByTestId('board-remind').click();
    await page
      .locator('.ant-message')
      .getByText(/已提醒 \d+ 项/)
      .waitFor();
    // The reminder reached the admin's own inbox (the only account here), naming the overdue talk.
    const inbox = await page.evaluate(async () => {
      const response = await fetch('/api/notifications');
      return (await response.json()) as { items: { title: string; body: string }[] };
    });
    expect(inbox.items.some((n) => n.body.includes('周丽') && n.body.includes('D2'))).toBe(true);
  });

  it("shows a branch's stage board with a column per stage", async () => {
    await searchAndChoose(page, 'board-org', '南村', '南村党支部');
    await page.getByTestId('board-view').getByText('阶段看板').click();
    await page.getByTestId('pipeline-column-applicant').getByText('周丽').waitFor();
    const activist = page.getByTestId('pipeline-column-activist').getByTestId('pipeline-card');
    await activist.filter({ hasText: '孙晓明' }).waitFor();
    expect(await activist.filter({ hasText: '孙晓明' }).textContent()).toContain('下一步');
    await page.waitForTimeout(300);
    await screenshot(page, 'development-stages-desktop');
    await page.getByTestId('board-view').getByText('待办事项').click();
  });

  it('lists the board as cards on a phone', async () => {
    await page.setViewportSize(PHONE);
    await page.getByTestId('board-cards').getByTestId('board-card').filter({ hasText: '周丽' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('shows the applicant their own progress on the phone', async () => {
    const account = await apiPost<{ username: string }>(page, `/persons/${applicantId}/account`, {
      password: 'Applicant2026a',
    });
    expect(account.username).toBeTruthy();
    const phone = await browser!.newContext({
      baseURL: server!.url,
      viewport: PHONE,
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const phonePage = await phone.newPage();
    await phonePage.goto('/login');
    await phonePage.getByTestId('login-username').fill(applicantIdNumber);
    await phonePage.getByTestId('login-password').fill('Applicant2026a');
    await phonePage.getByTestId('login-submit').click();
    await phonePage.waitForURL(/\/me$/);
    await phonePage.getByTestId('current-password').fill('Applicant2026a');
    await phonePage.getByTestId('new-password').fill('Applicant2026b');
    await phonePage.getByTestId('confirm-password').fill('Applicant2026b');
    await phonePage.getByTestId('change-password-submit').click();
    await phonePage.getByTestId('change-password-submit').waitFor({ state: 'detached' });

    const own = phonePage.getByTestId('me-development');
    await own.getByText('确定入党积极分子', { exact: true }).waitFor();
    const next = own.getByTestId('me-next-step').filter({ hasText: '确定发展对象' });
    await next.getByText(`最早 ${chinaDate(1)}`).waitFor();
    // A full-page picture taken while scrolled would paint the sticky header mid-page.
    await phonePage.evaluate(() => window.scrollTo(0, 0));
    await phonePage.waitForTimeout(300);
    await screenshot(phonePage, 'development-me-phone');
    await phone.close();
  });
});
