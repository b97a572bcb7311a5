import { composeIdNumber } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { searchAndChoose, signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '石门县委',
  township: '石门县城关镇党委',
  village: '石门县东坪村党支部',
  secretary: 'dongping',
  member: '周建华',
};
const MEMBER_PHONE = '13907261234';
const RESIDENT = { name: '王秀英', phone: '13812345678', text: '家中老人腿脚不便，想请人帮忙代购常用药品' };

describe('service requests: a resident files on a phone, the desk assigns, a member resolves in time', () => {
  const suite = browserSuite();
  let admin: Page;
  let resident: Page;
  let secretary: Page;
  let member: Page;
  let trackingCode = '';

  it('sets up a village with a secretary and a member who signs in on a phone', async () => {
    admin = await suite.newPage(false);
    await admin.goto('/');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    const county = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: null,
      kind: 'committee',
      name: NAMES.county,
    });
    const township = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: county.id,
      kind: 'committee',
      name: NAMES.township,
    });
    const village = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: township.id,
      kind: 'branch',
      name: NAMES.village,
      unitKind: 'village',
    });
    const person = await apiPost<{ id: number }>(admin, '/persons', {
      name: NAMES.member,
      idNumber: composeIdNumber('430726', '1978-04-12', 11),
      ethnicity: '01',
      education: 'high_school',
      personKind: 'farmer',
      occupation: 'farmer',
      phone: MEMBER_PHONE,
      orgId: village.id,
      admissionDate: '2005-07-01',
      conversionDate: '2006-07-01',
    });
    await apiPost(admin, `/persons/${person.id}/account`, { password: PASSWORD });
    await apiPost(admin, '/users', {
      username: NAMES.secretary,
      displayName: '东坪村书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: village.id }],
    });
  });

  it('lets a resident file a request on a phone without signing in, and shows the code and deadlines', async () => {
    resident = await suite.newPage(true);
    await resident.goto('/public/request');
    await resident.getByTestId('public-form').waitFor();
    // Without contact details the form refuses, as the server would.
    await resident.getByTestId('public-submit').click();
    await resident.getByText('请填写联系电话').waitFor();

    await searchAndChoose(resident, 'public-org', '东坪', NAMES.village);
    await resident.getByTestId('public-kind').getByText('求助', { exact: true }).click();
    await resident.getByTestId('public-text').fill(RESIDENT.text);
    await resident.getByTestId('public-name').fill(RESIDENT.name);
    await resident.getByTestId('public-phone').fill(RESIDENT.phone);
    await resident.getByTestId('public-submit').click();

    await resident.getByTestId('public-receipt').waitFor();
    trackingCode = ((await resident.getByTestId('public-tracking-code').textContent()) ?? '').trim();
    expect(trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const deadlines = (await resident.getByTestId('public-deadlines').textContent()) ?? '';
    expect(deadlines).toContain('响应时限');
    expect(deadlines).toContain('办结时限');
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(resident, 'service-request-filed-phone');
  });

  it('shows the secretary the new request and lets the secretary assign it to the member', async () => {
    secretary = await suite.newPage(false);
    await signInFirstTime(secretary, NAMES.secretary, PASSWORD, NEW_PASSWORD);
    await secretary.goto('/service/requests');
    const row = secretary.getByTestId(`request-row-${trackingCode}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('138****5678');
    await row.click();
    await secretary.getByTestId('request-drawer').getByText(RESIDENT.phone).waitFor();
    await secretary.getByTestId('request-assign').click();
    await searchAndChoose(secretary, 'assign-person', NAMES.member, NAMES.member);
    await secretary.getByTestId('assign-save').click();
    await secretary.getByTestId('assign-form').waitFor({ state: 'detached' });
    await secretary.getByTestId('request-drawer').getByTestId('state-tag').getByText('已派单').waitFor();
    await screenshot(secretary, 'service-request-assigned');
  });

  it('lets the member mark arrival and resolve it on the phone', async () => {
    member = await suite.newPage(true);
    await signInFirstTime(member, MEMBER_PHONE, PASSWORD, NEW_PASSWORD);
    await member.goto('/me');
    const item = member.getByTestId(`me-request-${trackingCode}`);
    await item.waitFor();
    expect(await item.textContent()).toContain(RESIDENT.phone);
    await item.getByTestId('me-request-respond').click();
    await member.getByTestId('me-respond-save').click();
    await member.getByTestId('me-respond-form').waitFor({ state: 'detached' });
    await item.getByTestId('state-tag').getByText('已响应').waitFor();
    await item.getByTestId('me-request-resolve').click();
    await member.getByTestId('me-resolve-text').fill('已代购药品送到老人家中');
    await member.getByTestId('me-resolve-save').click();
    await member.getByTestId('me-resolve-form').waitFor({ state: 'detached' });
    await item.getByTestId('deadline-tag').getByText('按时办结').waitFor();
    expect(await scrollWidth(member)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(member, 'service-request-resolved-phone');
  });

  it('shows the request resolved on time in the secretary’s list', async () => {
    suite.watch(secretary);
    await secretary.reload();
    const row = secretary.getByTestId(`request-row-${trackingCode}`);
    await row.getByTestId('deadline-tag').getByText('按时办结').waitFor();
    await row.getByTestId('state-tag').getByText('已办结').waitFor();
  });

  it('counts it in the village’s on-time rate and shows the deadlines in force', async () => {
    await secretary.getByTestId('requests-tab-on-time').click();
    const table = secretary.getByTestId('on-time-table');
    await table.getByText(`${NAMES.village}（本级）`).waitFor();
    expect(await table.getByText('100%').count()).toBeGreaterThan(0);
    await screenshot(secretary, 'service-request-on-time');
    await secretary.getByTestId('requests-tab-deadlines').click();
    await secretary.getByText('系统默认').first().waitFor();
    await screenshot(secretary, 'service-request-deadlines');
  });

  it('lets the resident follow the request by its code and rate it once resolved', async () => {
    suite.watch(resident);
    await resident.goto(`/public/request?code=${trackingCode}`);
    await resident.getByTestId('tracking-state').getByText('已办结').waitFor();
    const text = (await resident.getByTestId('tracking-result').textContent()) ?? '';
    expect(text).not.toContain(NAMES.member);
    expect(text).not.toContain(RESIDENT.phone);
    await resident.getByTestId('rating-choice').getByText('满意', { exact: true }).click();
    await resident.getByTestId('rating-comment').fill('药送得很及时');
    await resident.getByTestId('rating-submit').click();
    await resident.getByTestId('tracking-state').getByText('已评价').waitFor();
    expect(await resident.getByTestId('rating-form').count()).toBe(0);
    expect(await scrollWidth(resident)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(resident, 'service-request-rated-phone');
  });
});
