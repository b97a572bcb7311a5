import { composeIdNumber } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { chooseOption, signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '青山县委',
  branch: '青山县松林村党支部',
  secretary: 'songlin',
  member: '吴晓梅',
  meeting: '学习新修订的党章',
};
const MEMBER_PHONE = '13907960021';
const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

async function apiPut(page: Page, path: string, body: unknown): Promise<void> {
  const status = await page.evaluate(
    async ({ path, body }) =>
      (
        await fetch(`/api${path}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    { path, body },
  );
  if (status >= 300) throw new Error(`PUT ${path} answered ${status}`);
}

describe('points: attendance earns points, a member claims on a phone, the secretary approves', () => {
  const suite = browserSuite();
  let secretary: Page;
  let phone: Page;
  let branchId = 0;
  let memberId = 0;

  it('sets up a branch, its secretary, a member with a login and a closed meeting the member attended', async () => {
    const admin = await suite.newPage(false);
    await admin.goto('/');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    const county = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: null,
      kind: 'committee',
      name: NAMES.county,
    });
    branchId = (
      await apiPost<{ id: number }>(admin, '/orgs', {
        parentId: county.id,
        kind: 'branch',
        name: NAMES.branch,
      })
    ).id;
    memberId = (
      await apiPost<{ id: number }>(admin, '/persons', {
        name: NAMES.member,
        idNumber: composeIdNumber('360722', '1988-03-12', 28),
        phone: MEMBER_PHONE,
        ethnicity: '01',
        education: 'bachelor',
        personKind: 'farmer',
        occupation: 'farmer',
        orgId: branchId,
        admissionDate: '2014-07-01',
        conversionDate: '2015-07-01',
      })
    ).id;
    await apiPost(admin, `/persons/${memberId}/account`, { password: PASSWORD });
    await apiPost(admin, '/users', {
      username: NAMES.secretary,
      displayName: '松林村书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: branchId }],
    });
    const meeting = await apiPost<{ id: number; attendees: { personId: number; expected: boolean }[] }>(
      admin,
      '/meetings',
      { orgId: branchId, kind: 'general_meeting', title: NAMES.meeting, plannedOn: TODAY },
    );
    await apiPost(admin, `/meetings/${meeting.id}/hold`, { heldOn: TODAY });
    await apiPut(admin, `/meetings/${meeting.id}/minutes`, {
      place: '村党群服务中心',
      host: '松林村书记',
      recorder: '李委员',
      topics: NAMES.meeting,
      decisions: '',
    });
    await apiPost(admin, `/meetings/${meeting.id}/attendance`, {
      marks: meeting.attendees
        .filter((a) => a.expected)
        .map((a) => ({ personId: a.personId, mark: 'present' })),
    });
    await apiPost(admin, `/meetings/${meeting.id}/close`, {});
  });

  it('shows the secretary the member’s points from the meeting after a recomputation', async () => {
    secretary = await suite.newPage(false);
    await signInFirstTime(secretary, NAMES.secretary, PASSWORD, NEW_PASSWORD);
    await secretary.goto(`/points?orgId=${branchId}`);
    await secretary.getByTestId('points-ledger').waitFor();
    await secretary.getByTestId('points-recompute').click();
    await secretary.getByText('已重新计算 1 名党员的积分').waitFor();
    await secretary.getByTestId(`points-total-${memberId}`).getByText('2').waitFor();

    await secretary.getByTestId(`points-person-${memberId}`).click();
    await secretary.getByTestId('person-points').waitFor();
    expect(
      await secretary
        .getByTestId('person-points-total')
        .locator('.ant-statistic-content-value')
        .textContent(),
    ).toBe('2');
    await secretary.getByTestId('person-points').getByText(`支部党员大会：${NAMES.meeting}`).waitFor();
    await screenshot(secretary, 'person-points-tab');
  });

  it('lets the member file a claim on a phone, seeing it pending', async () => {
    phone = await suite.newPage(true);
    await signInFirstTime(phone, MEMBER_PHONE, PASSWORD, NEW_PASSWORD);
    await phone.waitForURL(/\/me$/);
    const card = phone.getByTestId('me-points');
    await card.waitFor();
    expect(
      await card.getByTestId('me-points-total').locator('.ant-statistic-content-value').textContent(),
    ).toBe('2');
    await phone.getByTestId('me-points-claim-open').click();
    await phone.getByTestId('me-points-claim-description').fill('参加村里防汛值守');
    await phone.getByTestId('me-points-claim-points').fill('3');
    await phone.getByTestId('me-points-claim-submit').click();
    await phone.getByText('已提交，等待党支部审核').waitFor();
    await card.getByTestId('me-points-claims').getByText('待审核').waitFor();
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(PHONE.width);
  });

  it('lets the secretary approve the claim', async () => {
    suite.watch(secretary);
    await secretary.goto(`/points?tab=claims&orgId=${branchId}`);
    const row = secretary
      .getByTestId('points-claims')
      .locator('.ant-table-row')
      .filter({ hasText: '参加村里防汛值守' });
    await row.waitFor();
    await row.getByRole('button', { name: /审\s*核/ }).click();
    await secretary.getByTestId('claim-decision-points').waitFor();
    expect(await secretary.getByTestId('claim-decision-points').inputValue()).toBe('3');
    await secretary.getByTestId('claim-decision-submit').click();
    await secretary.getByText('已同意，积分已计入').waitFor();
    await secretary.getByTestId('points-claims').getByText('没有待审核的申报').waitFor();
  });

  it('shows the member the approved claim and the new total', async () => {
    suite.watch(phone);
    await phone.reload();
    const card = phone.getByTestId('me-points');
    await card.waitFor();
    expect(
      await card.getByTestId('me-points-total').locator('.ant-statistic-content-value').textContent(),
    ).toBe('5');
    await card.getByTestId('me-points-claims').getByText('已同意').waitFor();
    await card.getByTestId('me-points-entries').getByText('个人申报：参加村里防汛值守').waitFor();
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, 'me-points-phone');
  });

  it('lets the secretary give theme days a rule of their own, starting from the general one', async () => {
    suite.watch(secretary);
    await secretary.goto(`/points?tab=rules&orgId=${branchId}`);
    await secretary.getByTestId('points-rules').waitFor();
    await chooseOption(secretary, 'rule-kind-qualifier', '主题党日');
    await secretary.getByTestId('rule-kind-add').click();
    const points = secretary.getByTestId('rule-meeting_attendance:theme_day-points');
    expect(await points.inputValue()).toBe('2');
    await points.fill('4');
    await secretary.getByTestId('rules-save').click();
    await secretary.getByText('积分细则已保存，下次计算积分时生效').waitFor();
    await secretary
      .getByTestId('rule-meeting_attendance:theme_day-in-force')
      .getByText('每次出席 4 分', { exact: false })
      .waitFor();
    await secretary.getByTestId('rule-meeting_attendance:theme_day-set-by').getByText(NAMES.branch).waitFor();
    await secretary
      .getByTestId('rule-meeting_attendance-in-force')
      .getByText('2 分', { exact: false })
      .waitFor();
  });
});
