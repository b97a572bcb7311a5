import { composeIdNumber } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { chooseOption, searchAndChoose, signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '青山县委',
  township: '青山县城关镇党委',
  branch: '城关镇红旗社区党支部',
  secretary: 'hongqi',
};
const MEMBER_PHONE = '13907961234';

/** Last year in China time: the year whose stars a branch rates and publishes. */
const YEAR =
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  ) - 1;

/** Each member's awards of the year (10 points each under the default rules) and review grade. */
const MEMBERS: { name: string; awards: number; grade: string }[] = [
  { name: '张建国', awards: 3, grade: 'excellent' },
  { name: '李秀兰', awards: 3, grade: 'excellent' },
  { name: '王立新', awards: 2, grade: 'qualified' },
  { name: '陈志华', awards: 2, grade: 'qualified' },
  { name: '刘海燕', awards: 2, grade: 'qualified' },
  { name: '赵德明', awards: 1, grade: 'qualified' },
  { name: '孙丽萍', awards: 1, grade: 'qualified' },
  { name: '周文斌', awards: 3, grade: 'basically_qualified' },
  { name: '吴晓梅', awards: 0, grade: 'qualified' },
  { name: '郑国庆', awards: 0, grade: 'qualified' },
];
const AWARD_KINDS = ['outstanding_member', 'outstanding_party_worker', 'other_person'];

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

describe('stars: the secretary sets thresholds and confirms the year; the board prints; a member reads it', () => {
  const suite = browserSuite();
  let secretary: Page;
  let branchId = 0;

  it('sets up a branch of ten members with the year’s awards, review grades and recomputed points', async () => {
    const admin = await suite.newPage(false);
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
    branchId = (
      await apiPost<{ id: number }>(admin, '/orgs', {
        parentId: township.id,
        kind: 'branch',
        name: NAMES.branch,
      })
    ).id;
    const ids: number[] = [];
    for (const [i, m] of MEMBERS.entries()) {
      const person = await apiPost<{ id: number }>(admin, '/persons', {
        name: m.name,
        idNumber: composeIdNumber('360722', `19${70 + i}-05-1${i % 9}`, 11 + i * 2),
        phone: i === MEMBERS.length - 1 ? MEMBER_PHONE : null,
        ethnicity: '01',
        education: 'bachelor',
        personKind: 'employed',
        occupation: 'professional',
        orgId: branchId,
        admissionDate: '2008-07-01',
        conversionDate: '2009-07-01',
      });
      ids.push(person.id);
      for (let a = 0; a < m.awards; a += 1) {
        await apiPost(admin, '/awards', {
          kind: AWARD_KINDS[a],
          level: 'township',
          conferredBy: '中共青山县城关镇委员会',
          conferredOn: `${YEAR}-07-01`,
          year: YEAR,
          personId: person.id,
        });
      }
    }
    await apiPost(admin, '/awards', {
      kind: 'advanced_org',
      level: 'county',
      conferredBy: '中共青山县委员会',
      conferredOn: `${YEAR}-06-28`,
      year: YEAR,
      orgId: branchId,
    });
    await apiPut(admin, `/orgs/${branchId}/reviews/${YEAR}`, {
      entries: MEMBERS.map((m, i) => ({ personId: ids[i], grade: m.grade })),
    });
    await apiPost(admin, '/points/recompute', { orgId: branchId, year: YEAR });
    await apiPost(admin, `/persons/${ids.at(-1)}/account`, { password: PASSWORD });
    await apiPost(admin, '/users', {
      username: NAMES.secretary,
      displayName: '红旗社区书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: branchId }],
    });
  });

  it('lets the secretary set the branch’s own thresholds and see the stars they give', async () => {
    secretary = await suite.newPage(false);
    await signInFirstTime(secretary, NAMES.secretary, PASSWORD, NEW_PASSWORD);
    await secretary.goto('/points?tab=stars');
    await searchAndChoose(secretary, 'stars-org', '红旗', NAMES.branch);
    await chooseOption(secretary, 'stars-year', `${YEAR} 年度`);
    await secretary.getByTestId('star-settings-source').getByText('系统默认标准').waitFor();
    // Under the defaults (40/60/80/100) thirty points are not yet two stars.
    const table = secretary.getByTestId('stars-table');
    await table.locator('tr', { hasText: '张建国' }).getByLabel('1 星').waitFor();

    await secretary.getByTestId('star-settings-edit').click();
    for (const [stars, points] of [
      [2, '5'],
      [3, '10'],
      [4, '20'],
      [5, '30'],
    ] as const) {
      await secretary.getByTestId(`star-min-${stars}`).fill(points);
    }
    await secretary.getByTestId('star-settings-submit').click();
    await secretary.getByTestId('star-settings-modal').waitFor({ state: 'detached' });
    await secretary.getByTestId('star-settings-source').getByText('本级设置').waitFor();

    await table.locator('tr', { hasText: '张建国' }).getByLabel('5 星').waitFor();
    // Thirty points, but 基本合格 allows two stars at most: the table says why.
    const capped = table.locator('tr', { hasText: '周文斌' });
    await capped.getByLabel('2 星').first().waitFor();
    await capped.getByText('民主评议为“基本合格”，最高 2 星', { exact: false }).waitFor();
    await table.locator('tr', { hasText: '郑国庆' }).getByLabel('1 星').waitFor();
  });

  it('confirms the year’s stars', async () => {
    await secretary.getByTestId('stars-confirm').click();
    await secretary.getByTestId('stars-confirm-ok').click();
    await secretary.getByText(`已确认 10 名党员的 ${YEAR} 年度星级`).waitFor();
    // Stars computed and stars confirmed, side by side.
    const row = secretary.getByTestId('stars-table').locator('tr', { hasText: '李秀兰' });
    await row.getByLabel('5 星').nth(1).waitFor();
    await row.getByText('未确认').waitFor({ state: 'detached' });
  });

  it('shows the board as a poster without a ranking, hides the menu when printing, and prints', async () => {
    await secretary.getByTestId('stars-board-link').click();
    const poster = secretary.getByTestId('board-poster');
    await poster.waitFor();
    expect(await secretary.getByTestId('board-org').textContent()).toBe(`${NAMES.branch} · ${YEAR} 年度`);
    expect(await secretary.getByTestId('board-count-5').locator('b').textContent()).toBe('2');
    expect(await secretary.getByTestId('board-level-5').textContent()).toContain('张建国');
    expect(await secretary.getByTestId('board-level-2').textContent()).toContain('周文斌');
    await secretary.getByTestId('board-awards').getByText('先进基层党组织', { exact: false }).waitFor();
    await secretary.getByTestId('board-sources').getByText('获得表彰', { exact: false }).waitFor();
    await secretary.getByTestId('board-ranking-off').waitFor();
    expect(await secretary.getByTestId('board-ranking').count()).toBe(0);
    expect(await secretary.getByTestId('board-provisional').count()).toBe(0);

    await secretary.emulateMedia({ media: 'print' });
    expect(await secretary.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await secretary.getByTestId('sider').isVisible()).toBe(false);
    expect(await secretary.getByTestId('board-print').isVisible()).toBe(false);
    expect(await poster.isVisible()).toBe(true);
    // The picture for the closing note: the poster as it goes to paper, without the app around it.
    await poster.screenshot({ path: '/tmp/board.png' });
    await secretary.emulateMedia({ media: 'screen' });

    await secretary.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await secretary.getByTestId('board-print').click();
    expect(await secretary.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('lists the ranking of individuals once the branch turns it on', async () => {
    await secretary.goto('/points?tab=stars');
    await searchAndChoose(secretary, 'stars-org', '红旗', NAMES.branch);
    await secretary.getByTestId('star-settings-edit').click();
    await secretary.getByTestId('star-public-ranking').click();
    await secretary.getByTestId('star-settings-submit').click();
    await secretary.getByTestId('star-settings-modal').waitFor({ state: 'detached' });
    await secretary.goto(`/points/board/${branchId}?year=${YEAR}`);
    const ranking = secretary.getByTestId('board-ranking');
    await ranking.waitFor();
    const firstRow = ranking.locator('tbody tr').first();
    expect(await firstRow.locator('td').nth(0).textContent()).toBe('1');
    expect(await firstRow.locator('td').nth(2).textContent()).toBe('30');
    expect(await secretary.getByTestId('board-ranking-off').count()).toBe(0);
  });

  it('shows a member the own branch’s board on a phone', async () => {
    const member = await suite.newPage(true);
    await signInFirstTime(member, MEMBER_PHONE, PASSWORD, NEW_PASSWORD);
    await member.goto('/me/board');
    await member.getByTestId('board-poster').waitFor();
    expect(await member.getByTestId('board-org').textContent()).toBe(`${NAMES.branch} · ${YEAR} 年度`);
    expect(await member.getByTestId('board-level-1').textContent()).toContain('郑国庆');
    expect(await scrollWidth(member)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(member, 'stars-board-member');
  });
});
