import { chinaToday, composeIdNumber, monthOf, shiftMonth } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { chooseOption, signIn } from './support/ui';

const NAMES = {
  county: '清溪县委',
  town: '清溪镇党委',
  villages: ['东岭村党支部', '西岭村党支部', '南岭村党支部', '北岭村党支部'] as const,
};
type Village = (typeof NAMES.villages)[number];

/** Last month: its meetings and dues are all in the past, so every figure is final. */
const month = shiftMonth(monthOf(chinaToday()), -1);
const heldOn = `${month}-10`;

/**
 * The hand scores the township's staff gave through the API before the test opens the board: 西岭村 lacks
 * 学习教育, which the test scores through the drawer (5 points lift it from fourth to third, past 北岭村).
 * Computed: 东岭村 and 南岭村 held the month's theme day with everyone present; 西岭村 and 北岭村 held
 * nothing; dues are paid by all in 东岭村 and 北岭村, one of two in 南岭村, nobody in 西岭村.
 */
const HAND: Record<Village, Record<string, number>> = {
  东岭村党支部: { posts: 9, requests: 9, disclosure: 10, visits: 9, study: 5, records: 9 },
  西岭村党支部: { posts: 9, requests: 9, disclosure: 9, visits: 9, records: 9 },
  南岭村党支部: { posts: 8, requests: 8, disclosure: 9, visits: 8, study: 4, records: 8 },
  北岭村党支部: { posts: 7, requests: 7, disclosure: 8, visits: 7, study: 3, records: 7 },
};
const MEMBERS: Record<Village, number> = {
  东岭村党支部: 3,
  西岭村党支部: 2,
  南岭村党支部: 2,
  北岭村党支部: 2,
};

describe('assessment: a township scores its villages for the month and publishes the board', () => {
  const suite = browserSuite();
  let page: Page;
  let townId = 0;
  const ids = new Map<Village, number>();

  async function settle(p: Page): Promise<void> {
    await p.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-skeleton'));
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(400);
  }

  /** Any API call from inside the page (PUT and GET too). */
  async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const result = await page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(`/api${path}`, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        });
        return { status: response.status, text: await response.text() };
      },
      { method, path, body },
    );
    if (result.status >= 300) throw new Error(`${method} ${path} answered ${result.status}: ${result.text}`);
    return JSON.parse(result.text) as T;
  }

  /** Plans, holds, marks everyone present and closes a theme day, as a secretary recording it would. */
  async function themeDay(orgId: number): Promise<void> {
    const meeting = await api<{ id: number }>('POST', '/meetings', {
      orgId,
      kind: 'theme_day',
      title: '主题党日',
      plannedOn: heldOn,
      place: '村党群服务中心',
    });
    await api('POST', `/meetings/${meeting.id}/hold`, { heldOn });
    const detail = await api<{ attendees: { personId: number }[] }>('GET', `/meetings/${meeting.id}`);
    await api('POST', `/meetings/${meeting.id}/attendance`, {
      marks: detail.attendees.map((a) => ({ personId: a.personId, mark: 'present' })),
    });
    await api('PUT', `/meetings/${meeting.id}/minutes`, {
      place: '村党群服务中心',
      host: '支部书记',
      recorder: '组织委员',
      topics: '主题党日',
    });
    await api('POST', `/meetings/${meeting.id}/close`, {});
  }

  const rowText = (village: Village) => page.getByTestId(`board-row-${ids.get(village)}`).textContent();
  const rankOf = async (village: Village) =>
    Number(
      (
        await page
          .getByTestId(`board-row-${ids.get(village)}`)
          .locator('td')
          .first()
          .textContent()
      )?.trim(),
    );

  it('sets up a township of four villages with members, dues, a theme day and hand scores', async () => {
    page = await suite.newPage(false);
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(page, '/orgs', body);
    const county = await org({ parentId: null, kind: 'committee', name: NAMES.county });
    townId = (await org({ parentId: county.id, kind: 'committee', name: NAMES.town })).id;
    let seq = 31;
    for (const village of NAMES.villages) {
      const id = (await org({ parentId: townId, kind: 'branch', name: village, unitKind: 'village' })).id;
      ids.set(village, id);
      await api('PUT', `/orgs/${id}/dues-settings`, { farmerAmountFen: 50 });
      for (let i = 0; i < MEMBERS[village]; i += 1) {
        seq += 2;
        await apiPost(page, '/persons', {
          name: `${village.slice(0, 2)}党员${i + 1}`,
          idNumber: composeIdNumber('360426', `197${i}-05-1${i}`, seq),
          ethnicity: '01',
          education: 'high_school',
          personKind: 'farmer',
          occupation: 'farmer',
          orgId: id,
          admissionDate: '2005-07-01',
          conversionDate: '2006-07-01',
        });
      }
    }
    await apiPost(page, '/dues/ledger/generate', { orgId: townId, month });
    const roster = async (village: Village) =>
      (
        await api<{ items: { personId: number }[] }>(
          'GET',
          `/dues/roster?orgId=${ids.get(village)}&month=${month}`,
        )
      ).items.map((m) => m.personId);
    const pay = async (village: Village, count: number) => {
      const personIds = (await roster(village)).slice(0, count);
      await apiPost(page, '/dues/payments/bulk', {
        orgId: ids.get(village),
        month,
        personIds,
        method: 'cash',
        paidOn: `${month}-20`,
      });
    };
    await pay('东岭村党支部', 3);
    await pay('南岭村党支部', 1);
    await pay('北岭村党支部', 2);
    await themeDay(ids.get('东岭村党支部')!);
    await themeDay(ids.get('南岭村党支部')!);
    for (const village of NAMES.villages) {
      for (const [item, score] of Object.entries(HAND[village])) {
        await api('PUT', `/assessment/scores/${ids.get(village)}/${month}/${item}`, {
          score,
          evidence: '台账和照片已核',
        });
      }
    }
  });

  it('computes the month and ranks the villages, flagging the one still missing a hand score', async () => {
    await page.getByTestId('nav-menu').getByText('支部考核').click();
    await page.getByTestId('assessment-page').waitFor();
    await page.goto(`/assessment?orgId=${townId}&month=${month}`);
    await page.getByTestId('assessment-board').waitFor();
    await page.getByTestId('assessment-compute').click();
    // Before computing, 西岭村 has its 45 hand-scored points; development adds 10 whatever meetings were due.
    const west = page.getByTestId(`board-total-${ids.get('西岭村党支部')}`);
    await expect.poll(() => west.textContent(), { timeout: 10_000 }).toBe('55/100');
    expect(await rankOf('东岭村党支部')).toBe(1);
    expect(await rankOf('南岭村党支部')).toBe(2);
    expect(await rankOf('北岭村党支部')).toBe(3);
    expect(await rankOf('西岭村党支部')).toBe(4);
    expect(await rowText('西岭村党支部')).toContain('待评 1 项');
  });

  it('refuses a hand score without evidence, then takes it and moves 西岭村 up a place', async () => {
    await page.getByTestId(`board-row-${ids.get('西岭村党支部')}`).click();
    const drawer = page.getByTestId('assessment-drawer');
    await drawer.waitFor();
    await chooseOption(page, 'score-item', '学习教育（5 分）');
    await page.getByTestId('score-value').fill('5');
    await page.getByTestId('score-save').click();
    await drawer.getByText('此项为必填项').waitFor();
    await page.getByTestId('score-evidence').fill('本月集中学习 2 次，学习记录和心得已核');
    await page.getByTestId('score-save').click();
    const study = page.getByTestId('drawer-item-study');
    await expect.poll(() => study.textContent()).toContain('本月集中学习 2 次');
    expect(await study.textContent()).toContain('手工评分');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId(`board-total-${ids.get('西岭村党支部')}`).textContent())
      .toBe('60/100');
    expect(await rankOf('西岭村党支部')).toBe(3);
    expect(await rankOf('北岭村党支部')).toBe(4);
    expect(await page.getByTestId('board-missing-alert').count()).toBe(0);
  });

  it('publishes the month, after which scores are frozen', async () => {
    await page.getByTestId('assessment-publish').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('board-published').waitFor();
    expect(await page.getByTestId('board-published').textContent()).toContain(NAMES.town);
    expect(await page.getByTestId('assessment-compute').isDisabled()).toBe(true);
    const refused = await page.evaluate(
      async ({ path }) => {
        const r = await fetch(`/api${path}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ score: 1, evidence: '发布后修改' }),
        });
        return { status: r.status, text: await r.text() };
      },
      { path: `/assessment/scores/${ids.get('北岭村党支部')}/${month}/study` },
    );
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(NAMES.town);
  });

  it('shows the year’s ranking', async () => {
    await page.getByTestId('assessment-tab-year').click();
    const year = page.getByTestId('assessment-year');
    await year.waitFor();
    const first = year.locator('.ant-table-row').first();
    expect(await first.textContent()).toContain('东岭村党支部');
    await page.getByTestId('assessment-tab-board').click();
  });

  it('keeps the board inside its card on a phone', async () => {
    const phone = await suite.newPage(true);
    await phone.goto('/login');
    await signIn(phone, 'admin', ADMIN_PASSWORD);
    await phone.goto(`/assessment?orgId=${townId}&month=${month}`);
    await phone.getByTestId('assessment-board').waitFor();
    await settle(phone);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'assessment-board-phone');
  });

  it('saves the township’s board on a desktop', async () => {
    await page.getByTestId('assessment-board').waitFor();
    await settle(page);
    await screenshot(page, 'assessment-board-desktop');
    await page.screenshot({ path: '/tmp/assessment-board.png', fullPage: true });
  });
});
