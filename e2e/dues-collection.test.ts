import { chinaToday, composeIdNumber, fenLabel, monthOf, shiftMonth, type DuesSummary } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { DESKTOP, PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = { county: '石门县委', branch: '石门县东坪村党支部', secretary: 'dongping' };
/** Five members with monthly incomes (fen) and what the 2008 brackets make them owe a month. */
const MEMBERS = [
  { name: '周建华', incomeFen: 300000, dueFen: 1500 },
  { name: '吴海燕', incomeFen: 400000, dueFen: 4000 },
  { name: '郑志刚', incomeFen: 500000, dueFen: 5000 },
  { name: '冯丽娟', incomeFen: 800000, dueFen: 12000 },
  { name: '陈德明', incomeFen: 250000, dueFen: 1250 },
];
const TOTAL_FEN = MEMBERS.reduce((sum, m) => sum + m.dueFen, 0);
/** The member who paid nothing for the last three months, and is flagged for it. */
const LATE = MEMBERS[4]!;

const today = chinaToday();
const month = monthOf(today);

describe('dues collection: a secretary marks a month paid for the branch on a phone', () => {
  const suite = browserSuite();
  let admin: Page;
  let secretary: Page;
  let branchId = 0;
  const personIds = new Map<string, number>();

  const item = (name: string) => secretary.getByTestId('collection-item').filter({ hasText: name });
  const totals = (key: 'due' | 'paid' | 'unpaid') => ({
    members: secretary.getByTestId(`totals-${key}-members`),
    fen: secretary.getByTestId(`totals-${key}-fen`),
  });

  async function expectTotals(key: 'due' | 'paid' | 'unpaid', members: number, fen: number) {
    const cell = totals(key);
    await cell.members.getByText(`${members} 人`, { exact: true }).waitFor();
    expect(await cell.fen.textContent()).toBe(fenLabel(fen));
  }

  /** Opens the confirmation, waits for its zoom to end (a tap during the motion can be lost), confirms. */
  async function confirmRound(check?: (text: string) => void) {
    await secretary.getByTestId('bulk-submit').click();
    const text = secretary.getByTestId('bulk-confirm-text');
    await text.waitFor();
    await secretary.waitForFunction(() => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter'));
    check?.((await text.textContent()) ?? '');
    await secretary.getByTestId('bulk-confirm').click();
    await text.waitFor({ state: 'detached' });
  }

  /** The month's figures of the dues summary, read in the secretary's own session. */
  async function summaryOfMonth(): Promise<DuesSummary['months'][number]> {
    const summary = await secretary.evaluate(
      async ({ orgId, year }) => {
        const response = await fetch(`/api/dues/summary?orgId=${orgId}&year=${year}`);
        return (await response.json()) as DuesSummary;
      },
      { orgId: branchId, year: Number(month.slice(0, 4)) },
    );
    return summary.months.find((m) => m.month === month)!;
  }

  it('sets up a branch with five members, their bases, a secretary and the ledger of four months', async () => {
    admin = await suite.newPage(false);
    await admin.goto('/');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    const county = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: null,
      kind: 'committee',
      name: NAMES.county,
    });
    const branch = await apiPost<{ id: number }>(admin, '/orgs', {
      parentId: county.id,
      kind: 'branch',
      name: NAMES.branch,
    });
    branchId = branch.id;
    const from = shiftMonth(month, -3);
    for (const [index, member] of MEMBERS.entries()) {
      const person = await apiPost<{ id: number }>(admin, '/persons', {
        name: member.name,
        idNumber: composeIdNumber('430726', '1978-04-1' + String(index), 11 + index * 2),
        ethnicity: '01',
        education: 'high_school',
        personKind: 'employed',
        occupation: 'professional',
        orgId: branch.id,
        admissionDate: '2005-07-01',
        conversionDate: '2006-07-01',
      });
      personIds.set(member.name, person.id);
      await apiPost(admin, `/persons/${person.id}/dues-bases`, {
        personId: person.id,
        year: Number(from.slice(0, 4)),
        effectiveFromMonth: from,
        monthlyIncomeFen: member.incomeFen,
      });
    }
    for (let n = 3; n >= 0; n -= 1) {
      await apiPost(admin, '/dues/ledger/generate', { orgId: branch.id, month: shiftMonth(month, -n) });
    }
    // The last three months are paid by everyone but the late member.
    const punctual = MEMBERS.filter((m) => m !== LATE).map((m) => personIds.get(m.name)!);
    for (let n = 3; n >= 1; n -= 1) {
      await apiPost(admin, '/dues/payments/bulk', {
        orgId: branch.id,
        month: shiftMonth(month, -n),
        personIds: punctual,
        method: 'cash',
        paidOn: today,
      });
    }
    await apiPost(admin, '/users', {
      username: NAMES.secretary,
      displayName: '东坪村书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: branch.id }],
    });
  });

  it('shows the secretary the month’s totals and members on a phone, the late member flagged', async () => {
    secretary = await suite.newPage(true);
    await signInFirstTime(secretary, NAMES.secretary, PASSWORD, NEW_PASSWORD);

    await secretary.goto('/dues/collect');
    await secretary.getByTestId('collection-page').waitFor();
    // The secretary's own branch is opened without asking.
    await secretary.getByTestId('collection-round').getByText(NAMES.branch).waitFor();
    await expectTotals('due', 5, TOTAL_FEN);
    await expectTotals('paid', 0, 0);
    await expectTotals('unpaid', 5, TOTAL_FEN);
    expect(await secretary.getByTestId('collection-item').count()).toBe(5);
    await item(LATE.name).getByTestId('collection-arrears').getByText('连续欠交 3 个月').waitFor();
    expect(await item(MEMBERS[0]!.name).getByTestId('collection-arrears').count()).toBe(0);
    expect(await scrollWidth(secretary)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(secretary, 'dues-collection-phone');
  });

  it('marks two members paid after a confirmation and shows the new totals, as the summary has them', async () => {
    const [first, second] = [MEMBERS[0]!, MEMBERS[2]!];
    await item(first.name).getByTestId('collection-check').click();
    // Tapping the card selects too.
    await item(second.name).getByText(second.name).click();
    const paidFen = first.dueFen + second.dueFen;
    await secretary
      .getByTestId('selection-summary')
      .getByText(`已选 2 人，合计 ${fenLabel(paidFen)}`)
      .waitFor();
    await confirmRound((text) => {
      expect(text).toContain('登记 2 名党员');
      expect(text).toContain(fenLabel(paidFen));
      expect(text).toContain('现金');
    });

    await expectTotals('paid', 2, paidFen);
    await expectTotals('unpaid', 3, TOTAL_FEN - paidFen);
    await expectTotals('due', 5, TOTAL_FEN);
    await item(first.name).getByTestId('collection-paid').getByText(`现金 · ${today}`).waitFor();
    expect(await item(first.name).getByTestId('collection-check').count()).toBe(0);
    expect(await summaryOfMonth()).toMatchObject({
      members: 5,
      dueFen: TOTAL_FEN,
      paidMembers: 2,
      collectedFen: paidFen,
    });
    expect(await scrollWidth(secretary)).toBeLessThanOrEqual(PHONE.width);
    await secretary.evaluate(() => window.scrollTo(0, 0));
    await screenshot(secretary, 'dues-collection-paid-phone');
  });

  it('refuses the whole round when a selected member was paid meanwhile, naming the member and why', async () => {
    await secretary.getByTestId('select-all-unpaid').click();
    await secretary.getByTestId('selection-summary').getByText('已选 3 人', { exact: false }).waitFor();
    // Someone else records one of them at the same time.
    const meanwhile = MEMBERS[1]!;
    await apiPost(admin, '/dues/payments', {
      personId: personIds.get(meanwhile.name),
      months: [month],
      method: 'bank_transfer',
      paidOn: today,
    });
    await confirmRound();

    const failure = secretary.getByTestId('collection-failure');
    await failure.getByText(meanwhile.name).waitFor();
    expect(await failure.count()).toBe(1);
    expect(await failure.textContent()).toContain('已经交纳，不能重复交纳');
    // Nothing of the round was written: only the payment made meanwhile is new.
    const paidFen = MEMBERS[0]!.dueFen + MEMBERS[2]!.dueFen + meanwhile.dueFen;
    await expectTotals('paid', 3, paidFen);
    await item(meanwhile.name).getByTestId('collection-paid').getByText(`银行转账 · ${today}`).waitFor();
    expect(await scrollWidth(secretary)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(secretary, 'dues-collection-refused-phone');

    // The rest of the selection still stands and goes through.
    const rest = [MEMBERS[3]!, LATE];
    const restFen = rest.reduce((sum, m) => sum + m.dueFen, 0);
    await secretary
      .getByTestId('selection-summary')
      .getByText(`已选 2 人，合计 ${fenLabel(restFen)}`)
      .waitFor();
    await confirmRound();
    await expectTotals('paid', 5, TOTAL_FEN);
    await expectTotals('unpaid', 0, 0);
    expect(await summaryOfMonth()).toMatchObject({ paidMembers: 5, collectedFen: TOTAL_FEN });
  });

  it('offers to generate a month whose ledger is missing, and then bills it', async () => {
    const next = shiftMonth(month, 1);
    await secretary.goto(`/dues/collect?month=${next}`);
    const notice = secretary.getByTestId('ledger-missing');
    await notice.getByText('党费台账尚未生成', { exact: false }).waitFor();
    await expectTotals('due', 0, 0);
    expect(await secretary.getByTestId('collection-check').count()).toBe(0);
    expect(await scrollWidth(secretary)).toBeLessThanOrEqual(PHONE.width);
    await notice.getByTestId('generate-ledger').click();
    await expectTotals('due', 5, TOTAL_FEN);
    await expectTotals('unpaid', 5, TOTAL_FEN);
    expect(await secretary.getByTestId('ledger-missing').count()).toBe(0);
    expect(await secretary.getByTestId('collection-check').count()).toBe(5);
  });

  it('shows the same round on a desk, opened by a link naming the branch and the month', async () => {
    suite.watch(admin);
    await admin.goto(`/dues/collect?orgId=${branchId}&month=${month}`);
    const round = admin.getByTestId('collection-round');
    await round.getByText(NAMES.branch).waitFor();
    await admin.getByTestId('totals-paid-members').getByText('5 人', { exact: true }).waitFor();
    expect(await admin.getByTestId('totals-paid-fen').textContent()).toBe(fenLabel(TOTAL_FEN));
    expect(await admin.getByTestId('collection-check').count()).toBe(0);
    expect(await admin.getByTestId('bulk-pay-bar').count()).toBe(0);
    expect(await scrollWidth(admin)).toBeLessThanOrEqual(DESKTOP.width);
    await screenshot(admin, 'dues-collection-desktop');
  });
});
