import { composeIdNumber } from '@jiceng/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { DESKTOP, launchBrowser, PHONE, recordApiFailures, screenshot } from './support/browser';
import { ADMIN_PASSWORD, ensureWebBuilt, startServer, type TestServer } from './support/server';
import { chooseOption, searchAndChoose, signIn } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const BRANCH = '南湖社区第一党支部';
const MEMBERS = ['王建国', '李秀英', '张卫东', '刘海燕'];
const VILLAGE = '湖滨村党支部';

describe('member review and term-renewal election of a branch', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const apiFailures: string[] = [];
  const memberIds: number[] = [];

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
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport = DESKTOP): Promise<Page> {
    await context?.close();
    context = await browser!.newContext({ baseURL: server!.url, viewport, locale: 'zh-CN' });
    const p = await context.newPage();
    apiFailures.push(...recordApiFailures(p));
    return p;
  }

  /** An antd InputNumber: the test id sits on the wrapper or on the input itself. */
  async function fillNumber(testId: string, value: number): Promise<void> {
    const el = page.getByTestId(testId);
    const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
    await input.fill(String(value));
  }

  it('sets up a branch with four full members, one probationary member and its secretary', async () => {
    page = await newPage();
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(page, '/orgs', body);
    const county = await org({ parentId: null, kind: 'committee', name: '南湖区委' });
    const street = await org({ parentId: county.id, kind: 'committee', name: '南湖街道党工委' });
    const branch = await org({ parentId: street.id, kind: 'branch', name: BRANCH, unitKind: 'community' });
    const person = (name: string, seq: number, extra: Record<string, unknown>) =>
      apiPost<{ id: number }>(page, '/persons', {
        name,
        idNumber: composeIdNumber('330106', '1980-03-03', seq),
        ethnicity: '01',
        education: 'bachelor',
        personKind: 'employed',
        occupation: 'professional',
        orgId: branch.id,
        ...extra,
      });
    for (const [i, name] of MEMBERS.entries()) {
      const p = await person(name, 11 + i * 2, { admissionDate: '2010-07-01', conversionDate: '2011-07-01' });
      memberIds.push(p.id);
    }
    const today = new Date();
    today.setMonth(today.getMonth() - 3);
    await person('陈预备', 41, { admissionDate: today.toISOString().slice(0, 10), conversionDate: null });
    await apiPost(page, '/users', {
      username: 'nanhu',
      displayName: '南湖书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: branch.id }],
    });
  });

  it('records the year’s review, warning (not refusing) when 优秀 exceed a third', async () => {
    page = await newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').fill('nanhu');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('change-password-submit').waitFor({ state: 'detached' });

    await page.goto('/reviews');
    await page.getByTestId('reviews-page').waitFor();
    await searchAndChoose(page, 'review-org', '南湖社区', BRANCH);
    await page.getByTestId('review-members').getByText('参加评议、不评定等次').waitFor();
    const grades = ['优秀', '优秀', '合格', '基本合格'];
    for (const [i, id] of memberIds.entries()) {
      await chooseOption(page, `grade-${id}`, grades[i]!);
      // The closing dropdown still lists its options; the next select must not find them.
      await page.waitForFunction(
        () => document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0,
      );
    }
    await page.getByTestId('review-cap-warning').waitFor();
    expect(await page.getByTestId('review-excellent-count').textContent()).toContain('优秀 2 名 / 上限 1 名');
    await page.getByTestId('review-save').click();
    await page.getByTestId('review-saved-warnings').waitFor();
    await page.getByTestId('review-status').getByText('已保存').waitFor();
    await screenshot(page, 'reviews-desktop');
    await page.setViewportSize(PHONE);
    await page.getByTestId('review-save').waitFor();
    await screenshot(page, 'reviews-phone');
    await page.setViewportSize(DESKTOP);
  });

  it('records an election and shows the tally and the next step', async () => {
    await page.goto('/elections');
    await page.getByTestId('elections-page').waitFor();
    await searchAndChoose(page, 'election-org', '南湖社区', BRANCH);
    await page.getByTestId('election-term').waitFor();
    await fillNumber('election-entitled', 10);
    await fillNumber('election-present', 9);
    await fillNumber('election-seats', 3);
    const votes = [9, 8, 6, 3];
    for (const [i, name] of MEMBERS.entries()) {
      await page.getByTestId(`candidate-name-${i}`).fill(name);
      await fillNumber(`candidate-votes-${i}`, votes[i]!);
    }
    await page.getByTestId('election-submit').click();
    const result = page.getByTestId('election-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('王建国、李秀英、张卫东');
    await page.getByTestId('election-next-step').waitFor();
    await page.getByTestId('election-history').getByText('应到 10，实到 9').waitFor();
    await screenshot(page, 'election-desktop');
  });

  it('sends a village’s candidates to joint review; a department decides on the phone; the record waits', async () => {
    page = await newPage();
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const apiGet = <T>(path: string) =>
      page.evaluate(async (p) => (await fetch(`/api${p}`)).json(), path) as Promise<T>;
    const [county] = await apiGet<{ id: number; name: string }[]>('/orgs/roots');
    const street = (await apiGet<{ children: { id: number }[] }>(`/orgs/${county!.id}`)).children[0]!;
    const village = await apiPost<{ id: number }>(page, '/orgs', {
      parentId: street.id,
      kind: 'branch',
      name: VILLAGE,
      unitKind: 'village',
    });
    const reviewer = await apiPost<{ id: number }>(page, '/users', {
      username: 'zuzhibu',
      displayName: '组织部审查员',
      password: PASSWORD,
      assignments: [{ role: 'joint_reviewer', orgId: county!.id }],
    });
    const list = await apiGet<{ departments: { id: number; key: string }[] }>(
      `/orgs/${county!.id}/joint-review-departments`,
    );
    const organization = list.departments.find((d) => d.key === 'organization')!;
    await apiPost(page, `/joint-review-departments/${organization.id}/reviewers`, { userId: reviewer.id });
    await apiPost(page, '/joint-reviews', {
      orgId: village.id,
      title: '湖滨村党支部换届候选人资格联审',
      candidates: [
        { name: '周明', post: '书记人选', idNumber: composeIdNumber('330106', '1975-05-05', 71) },
        { name: '吴丽', post: '委员人选' },
      ],
    });

    page = await newPage(PHONE);
    await page.goto('/login');
    await page.getByTestId('login-username').fill('zuzhibu');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('change-password-submit').waitFor({ state: 'detached' });
    await page.goto('/joint-review');
    await page.getByTestId('joint-review-queue-page').getByText('周明').waitFor();
    await screenshot(page, 'joint-review-phone');
    await page.locator('[data-testid^="jr-pass-"]').first().click();
    await page.getByText('周明：已通过').waitFor();
    await page.locator('[data-testid^="jr-object-"]').first().click();
    await page.getByTestId('jr-object-reason').fill('有未结清的集体经济往来款项');
    await page.getByTestId('jr-object-submit').click();
    await page.getByText('没有待审查的候选人').waitFor();

    page = await newPage();
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto('/elections');
    await searchAndChoose(page, 'election-org', '湖滨村', VILLAGE);
    await page.getByTestId('joint-review-matrix').getByText('有未结清的集体经济往来款项').first().waitFor();
    await page.getByTestId('election-blocked').waitFor();
    expect(await page.getByTestId('election-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('election-blocked').textContent()).toContain('候选人吴丽未通过资格联审');
    await screenshot(page, 'election-village-desktop');
  });
});
