import { composeIdNumber } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { screenshot } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { searchAndChoose, signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '青峰县委',
  branch: '南岭村党支部',
  member: '周优秀',
  staff: 'qingfeng',
};
const STANDARDS = ['leadership', 'members', 'mechanism', 'performance', 'public_opinion'];

describe('awards: county staff record an 优秀共产党员 and a five-good evaluation', () => {
  const suite = browserSuite();
  let page: Page;
  const ids = { county: 0, branch: 0, member: 0 };

  it('sets up a county, a village branch with a member, and the county staff', async () => {
    page = await suite.newPage(false);
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(page, '/orgs', body);
    ids.county = (await org({ parentId: null, kind: 'committee', name: NAMES.county })).id;
    ids.branch = (
      await org({ parentId: ids.county, kind: 'branch', name: NAMES.branch, unitKind: 'village' })
    ).id;
    ids.member = (
      await apiPost<{ id: number }>(page, '/persons', {
        name: NAMES.member,
        idNumber: composeIdNumber('360427', '1975-03-02', 51),
        ethnicity: '01',
        education: 'high_school',
        personKind: 'farmer',
        occupation: 'farmer',
        orgId: ids.branch,
        admissionDate: '2001-07-01',
        conversionDate: '2002-07-01',
      })
    ).id;
    await apiPost(page, '/users', {
      username: NAMES.staff,
      displayName: '青峰县委组织部',
      password: PASSWORD,
      assignments: [{ role: 'org_staff', orgId: ids.county }],
    });
  });

  it('records an 优秀共产党员 award for the member', async () => {
    page = await suite.newPage(false);
    await signInFirstTime(page, NAMES.staff, PASSWORD, NEW_PASSWORD);
    await page.getByTestId('nav-menu').getByText('表彰与奖励').click();
    await page.getByTestId('awards-page').waitFor();
    await searchAndChoose(page, 'awards-org', '南岭', NAMES.branch);
    await page.getByTestId('award-add').click();
    await searchAndChoose(page, 'award-person', '周', NAMES.member);
    await page.getByTestId('award-conferred-by').fill('中共青峰县委');
    await page.getByTestId('award-save').click();
    await page.getByTestId('award-form').waitFor({ state: 'detached' });
    const table = page.getByTestId('awards-table');
    await expect.poll(() => table.textContent()).toContain(NAMES.member);
    expect(await table.textContent()).toContain('优秀共产党员');
  });

  it('records a five-good evaluation with all five standards met, which adds the award', async () => {
    await page.getByTestId('awards-tab-five-good').click();
    await page.getByTestId('five-good').waitFor();
    for (const s of STANDARDS) {
      await page.getByTestId(`five-good-${s}`).locator('input[type="checkbox"]').check({ force: true });
    }
    await page.getByTestId('five-good-decided-by').fill('中共青峰县委组织部');
    await expect.poll(() => page.getByTestId('five-good-preview').textContent()).toBe('评为五个好党组织');
    await page.getByTestId('five-good-save').click();
    const recorded = page.getByTestId('five-good-recorded');
    await expect.poll(() => recorded.textContent()).toContain('评为五个好党组织');
    await screenshot(page, 'awards-five-good-desktop');

    await page.getByTestId('awards-tab-awards').click();
    await expect.poll(() => page.getByTestId('awards-table').textContent()).toContain('五个好党组织');
  });

  it("shows the award on the member's 表彰 tab", async () => {
    await page.goto(`/persons/${ids.member}`);
    await page.getByTestId('person-tab-awards').click();
    const table = page.getByTestId('person-awards-table');
    await expect.poll(() => table.textContent()).toContain('优秀共产党员');
    expect(await table.textContent()).toContain('中共青峰县委');
    await screenshot(page, 'awards-person-desktop');
  });
});
