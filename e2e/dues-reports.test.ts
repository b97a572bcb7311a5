import { composeIdNumber, fenLabel, fenToYuanText, monthLabel, shiftMonth } from '@jiceng/core';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '青溪县委',
  east: '东塘村党支部',
  west: '西塘村党支部',
  staff: 'qingxi',
};

/** Today in China, as every dues month is counted. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const thisMonth = today.slice(0, 7);
const year = Number(today.slice(0, 4));
/** Three months back and this one: the ledger is generated for all four. */
const MONTHS = [3, 2, 1, 0].map((n) => shiftMonth(thisMonth, -n));
const [, twoAgo, lastMonth] = MONTHS as [string, string, string, string];

/**
 * Four members with declared bases (F1, F2), each paying some of the four months:
 * 张东塘 all, 李东塘 only this month (three months behind: the reminder), 王西塘 all, 赵西塘 only the first
 * (two behind, no reminder yet).
 */
const MEMBERS = [
  { name: '张东塘', branch: 'east', kind: 'employed', incomeFen: 400_000, dueFen: 4000, paid: MONTHS },
  { name: '李东塘', branch: 'east', kind: 'employed', incomeFen: 300_000, dueFen: 1500, paid: [thisMonth] },
  { name: '王西塘', branch: 'west', kind: 'retired', incomeFen: 600_000, dueFen: 6000, paid: MONTHS },
  { name: '赵西塘', branch: 'west', kind: 'employed', incomeFen: 200_000, dueFen: 1000, paid: [MONTHS[0]!] },
] as const;

/** What the summary must show for some members and months, worked out from the table above. */
function expected(branch: 'east' | 'west' | null, months: readonly string[]) {
  const members = MEMBERS.filter((m) => branch === null || m.branch === branch);
  let dueFen = 0;
  let collectedFen = 0;
  for (const month of months) {
    for (const m of members) {
      dueFen += m.dueFen;
      if ((m.paid as readonly string[]).includes(month)) collectedFen += m.dueFen;
    }
  }
  return { dueFen, collectedFen };
}

describe('dues reports: a county reads due against collected, the arrears and the remittances', () => {
  const suite = browserSuite();
  let page: Page;
  const ids = { county: 0, east: 0, west: 0, persons: new Map<string, number>() };
  const files = mkdtempSync(path.join(tmpdir(), 'jiceng-e2e-dues-'));

  afterAll(() => rmSync(files, { recursive: true, force: true }));

  async function settle(p: Page): Promise<void> {
    await p.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-skeleton'));
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(400);
  }

  /** Clicks an export button and opens the saved workbook. */
  async function download(testId: string, expectedName: string): Promise<ExcelJS.Workbook> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    expect(file.suggestedFilename()).toBe(expectedName);
    const saved = path.join(files, file.suggestedFilename());
    await file.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    return workbook;
  }

  /** The row of a sheet whose first cell is `label`. */
  function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
    const index = sheet.getColumn(1).values.indexOf(label);
    expect(index, `no row “${label}” in ${sheet.name}`).toBeGreaterThan(1);
    return sheet.getRow(index);
  }

  it('sets up a county with two branches, four members with bases, four months generated and paid in part', async () => {
    page = await suite.newPage(false);
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const org = (body: Record<string, unknown>) => apiPost<{ id: number }>(page, '/orgs', body);
    ids.county = (await org({ parentId: null, kind: 'committee', name: NAMES.county })).id;
    ids.east = (
      await org({ parentId: ids.county, kind: 'branch', name: NAMES.east, unitKind: 'village' })
    ).id;
    ids.west = (
      await org({ parentId: ids.county, kind: 'branch', name: NAMES.west, unitKind: 'village' })
    ).id;
    for (const [i, m] of MEMBERS.entries()) {
      const person = await apiPost<{ id: number }>(page, '/persons', {
        name: m.name,
        idNumber: composeIdNumber('360427', `196${i}-05-0${i + 1}`, 41 + i),
        ethnicity: '01',
        education: 'high_school',
        personKind: m.kind,
        occupation: m.kind === 'retired' ? 'retired' : 'professional',
        orgId: m.branch === 'east' ? ids.east : ids.west,
        admissionDate: '2001-07-01',
        conversionDate: '2002-07-01',
      });
      ids.persons.set(m.name, person.id);
      await apiPost(page, `/persons/${person.id}/dues-bases`, {
        personId: person.id,
        year: Number(MONTHS[0]!.slice(0, 4)),
        monthlyIncomeFen: m.incomeFen,
        effectiveFromMonth: MONTHS[0],
      });
    }
    for (const month of MONTHS) {
      const generated = await apiPost<{ generated: number }>(page, '/dues/ledger/generate', {
        orgId: ids.county,
        month,
      });
      expect(generated.generated).toBe(4);
    }
    for (const m of MEMBERS) {
      await apiPost(page, '/dues/payments', {
        personId: ids.persons.get(m.name),
        months: m.paid,
        method: 'cash',
        paidOn: today,
      });
    }
    await apiPost(page, '/users', {
      username: NAMES.staff,
      displayName: '青溪县委组织部',
      password: PASSWORD,
      assignments: [{ role: 'org_staff', orgId: ids.county }],
    });
  });

  it('shows the county its totals for the year and a row per branch', async () => {
    page = await suite.newPage(false);
    await signInFirstTime(page, NAMES.staff, PASSWORD, NEW_PASSWORD);

    await page.getByTestId('nav-menu').getByText('党费统计').click();
    await page.getByTestId('dues-reports-page').waitFor();
    const inYear = MONTHS.filter((m) => m.startsWith(String(year)));
    const yearTotals = expected(null, inYear);
    const due = page.getByTestId('dues-total-due');
    await expect.poll(() => due.textContent()).toContain(fenLabel(yearTotals.dueFen));
    expect(await page.getByTestId('dues-total-collected').textContent()).toContain(
      fenLabel(yearTotals.collectedFen),
    );
    const rate = ((yearTotals.collectedFen * 100) / yearTotals.dueFen).toFixed(1);
    expect(await page.getByTestId('dues-total-rate').textContent()).toContain(`${rate}%`);

    // This month: 125.00 due, 115.00 collected (赵西塘 has not paid), from 3 of 4 members.
    const month = page.getByTestId('dues-months').locator(`tr[data-row-key="${thisMonth}"]`);
    const monthText = await month.textContent();
    expect(monthText).toContain('125.00');
    expect(monthText).toContain('115.00');
    expect(monthText).toContain('92.0%');

    const children = page.getByTestId('dues-children');
    const east = expected('east', inYear);
    const eastRow = await children.locator(`tr[data-row-key="${ids.east}"]`).textContent();
    expect(eastRow).toContain(NAMES.east);
    expect(eastRow).toContain(fenToYuanText(east.dueFen));
    expect(eastRow).toContain(fenToYuanText(east.collectedFen));
    expect(await children.locator(`tr[data-row-key="${ids.west}"]`).textContent()).toContain(NAMES.west);
    await settle(page);
    await screenshot(page, 'dues-county-desktop');
  });

  it('drills into a branch, exports its summary and finds this month’s figure in the file', async () => {
    await page.getByTestId(`dues-open-${ids.east}`).click();
    const breadcrumb = page.getByTestId('dues-breadcrumb');
    await expect.poll(() => breadcrumb.textContent()).toContain(NAMES.east);
    expect(await breadcrumb.textContent()).toContain(NAMES.county);
    const month = page.getByTestId('dues-months').locator(`tr[data-row-key="${thisMonth}"]`);
    // 张东塘 40.00 and 李东塘 15.00, both paid this month.
    await expect.poll(() => month.textContent()).toContain('55.00');
    expect(await page.getByTestId('dues-children').count()).toBe(0);

    const workbook = await download('dues-summary-export', `${NAMES.east}${year}年党费收缴汇总.xlsx`);
    const row = rowOf(workbook.getWorksheet('按月汇总')!, monthLabel(thisMonth));
    // 月份, 应交人数, 已交人数, 应交金额, 实交金额
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([
      2, 2, 55, 55,
    ]);
    await settle(page);
    await screenshot(page, 'dues-branch-desktop');
  });

  it('lists the branch’s member three months behind, with the reminder and a link to the record', async () => {
    await page.getByTestId('dues-tab-arrears').click();
    const table = page.getByTestId('arrears-table');
    await table.waitFor();
    const li = table.locator(`tr[data-row-key="${ids.persons.get('李东塘')}"]`);
    const text = await li.textContent();
    expect(text).toContain('3 个月');
    expect(text).toContain('45.00');
    expect(text).toContain('满3个月提醒');
    expect(text).not.toContain('满6个月');
    expect(await li.getByRole('link', { name: '李东塘' }).getAttribute('href')).toBe(
      `/persons/${ids.persons.get('李东塘')}`,
    );
    // Paid up, and the other branch's member is not under 东塘村.
    expect(await table.textContent()).not.toContain('张东塘');
    expect(await table.textContent()).not.toContain('赵西塘');

    const workbook = await download(
      'arrears-export',
      `${NAMES.east}欠交党费名单（截至${monthLabel(lastMonth)}）.xlsx`,
    );
    const row = rowOf(workbook.getWorksheet('欠交名单')!, '李东塘');
    expect([row.getCell(3).value, row.getCell(5).value, row.getCell(6).value]).toEqual([3, 45, '是']);
    await settle(page);
    await screenshot(page, 'dues-arrears-desktop');
  });

  it('shows the county’s list with a member two months behind and no reminder', async () => {
    await page.getByTestId('dues-up').click();
    await page.waitForURL(new RegExp(`orgId=${ids.county}`));
    const zhao = page.getByTestId('arrears-table').locator(`tr[data-row-key="${ids.persons.get('赵西塘')}"]`);
    await zhao.waitFor();
    const text = await zhao.textContent();
    expect(text).toContain(NAMES.west);
    expect(text).toContain(`${monthLabel(twoAgo)}、${monthLabel(lastMonth)}`);
    expect(text).not.toContain('提醒');
  });

  it('records the branch’s remittance to the county, refusing a malformed amount at the field', async () => {
    await page.getByTestId(`dues-tab-summary`).click();
    await page.getByTestId(`dues-open-${ids.east}`).click();
    await page.waitForURL(new RegExp(`orgId=${ids.east}`));
    await page.getByTestId('dues-tab-remittances').click();
    await page.getByTestId('dues-remittances').getByText(`${year} 年没有上缴记录`).waitFor();
    await page.getByTestId('remit-add').click();
    // The modal's root has no box of its own; its fields are what show.
    const modal = page.getByTestId('remit-modal');
    await page.getByTestId('remit-submit').waitFor();
    // From the branch open on the page to its parent, for this month, by default.
    await modal.getByTestId('remit-from').getByText(NAMES.east).waitFor();
    await modal.getByTestId('remit-to').getByText(NAMES.county).waitFor();
    expect(await modal.getByTestId('remit-month').inputValue()).toBe(thisMonth);

    await modal.getByTestId('remit-amount').fill('50.005');
    await modal.getByTestId('remit-reference').fill('农信社回单 0001');
    await page.getByTestId('remit-submit').click();
    await modal.getByText('最多两位小数').waitFor();
    await screenshot(page, 'dues-remit-refused-desktop');

    await modal.getByTestId('remit-amount').fill('50.00');
    await page.getByTestId('remit-submit').click();
    await page.getByTestId('remit-submit').waitFor({ state: 'detached' });
    const table = page.getByTestId('remittances-table');
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain(monthLabel(thisMonth));
    expect(text).toContain(NAMES.county);
    expect(text).toContain('农信社回单 0001');
    // 55.00 collected, 50.00 handed up: 5.00 short, shown in red.
    const short = table.locator('[data-testid^="remittance-short-"]');
    expect(await short.textContent()).toBe('-5.00');
    expect(await short.evaluate((el) => getComputedStyle(el).color)).not.toBe(
      await table
        .locator('td')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    );

    const workbook = await download('remittances-export', `${NAMES.east}${year}年党费上缴记录.xlsx`);
    const row = rowOf(workbook.getWorksheet('上缴记录')!, monthLabel(thisMonth));
    // 所属期间, 上缴组织, 接收组织, 上缴金额 … 所属期间实收, 差额
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(8).value, row.getCell(9).value]).toEqual([
      NAMES.county,
      50,
      55,
      -5,
    ]);
    await settle(page);
    await screenshot(page, 'dues-remittances-desktop');
  });

  it('fits each tab on a phone without sideways scrolling', async () => {
    page = await suite.newPage(true);
    await page.goto('/login');
    await signIn(page, NAMES.staff, NEW_PASSWORD);
    await page.goto('/dues');
    await page.getByTestId('dues-children').waitFor();
    await settle(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'dues-county-phone');
    for (const tab of ['arrears', 'remittances'] as const) {
      await page.getByTestId(`dues-tab-${tab}`).click();
      await page.getByTestId(`dues-${tab}`).waitFor();
      await settle(page);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `dues-${tab}-phone`);
    }
  });
});
