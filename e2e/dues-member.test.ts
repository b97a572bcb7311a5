import { composeIdNumber, monthLabel, shiftMonth } from '@jiceng/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPost } from './support/api';
import { PHONE, screenshot, scrollWidth } from './support/browser';
import { ADMIN_PASSWORD } from './support/server';
import { browserSuite } from './support/suite';
import { signIn, signInFirstTime } from './support/ui';

const PASSWORD = 'Start2026abcd';
const NEW_PASSWORD = 'Chosen2026abcd';
const NAMES = {
  county: '石门县委',
  branch: '石门县枫林社区党支部',
  secretary: 'fenglin',
  member: '周文静',
  lapsed: '刘长明',
};
const MEMBER_PHONE = '13907960001';

/** Today and its dues month in China time, as the server counts them. */
const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const THIS_MONTH = TODAY.slice(0, 7);
const NEXT_MONTH = shiftMonth(THIS_MONTH, 1);
/** The lapsed member's base starts six months back, so six generated months stand unpaid (F12). */
const SIX_BACK = shiftMonth(THIS_MONTH, -6);

describe('dues: the secretary records a base, payments and a reversal; the member sees it on a phone', () => {
  const suite = browserSuite();
  let secretary: Page;
  let memberId = 0;
  let lapsedId = 0;

  async function openDuesTab(personId: number): Promise<void> {
    suite.watch(secretary);
    await secretary.goto(`/persons/${personId}`);
    await secretary.getByTestId('person-tab-dues').click();
    await secretary.getByTestId('dues-tab').waitFor();
  }

  const ledgerStatus = (month: string) => secretary.getByTestId(`ledger-status-${month}`);

  it('sets up a branch, a secretary, a member with a login and a member six months in arrears', async () => {
    const admin = await suite.newPage(false);
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
    const person = (name: string, idNumber: string, phone: string | null) =>
      apiPost<{ id: number }>(admin, '/persons', {
        name,
        idNumber,
        phone,
        ethnicity: '01',
        education: 'bachelor',
        personKind: 'employed',
        occupation: 'professional',
        orgId: branch.id,
        admissionDate: '2015-07-01',
        conversionDate: '2016-07-01',
      });
    memberId = (await person(NAMES.member, composeIdNumber('360722', '1986-04-18', 27), MEMBER_PHONE)).id;
    await apiPost(admin, `/persons/${memberId}/account`, { password: PASSWORD });
    lapsedId = (await person(NAMES.lapsed, composeIdNumber('360722', '1979-10-02', 35), null)).id;
    await apiPost(admin, `/persons/${lapsedId}/dues-bases`, {
      personId: lapsedId,
      year: Number(SIX_BACK.slice(0, 4)),
      monthlyIncomeFen: 300000,
      effectiveFromMonth: SIX_BACK,
    });
    for (let back = 6; back >= 1; back -= 1) {
      await apiPost(admin, '/dues/ledger/generate', {
        orgId: branch.id,
        month: shiftMonth(THIS_MONTH, -back),
      });
    }
    await apiPost(admin, '/users', {
      username: NAMES.secretary,
      displayName: '枫林社区书记',
      password: PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: branch.id }],
    });
  });

  it('lets the secretary verify the base, seeing the monthly amount before saving', async () => {
    secretary = await suite.newPage(false);
    await signInFirstTime(secretary, NAMES.secretary, PASSWORD, NEW_PASSWORD);
    await openDuesTab(memberId);
    await secretary.getByTestId('dues-current-base').getByText('尚未核定交纳基数').waitFor();
    await ledgerStatus(THIS_MONTH).getByText('未交').waitFor();

    await secretary.getByTestId('dues-base-open').click();
    const modal = secretary.getByTestId('base-modal');
    // The member is recorded as employed; the form starts there and asks for the after-tax wage.
    await modal.getByText('每月税后工资收入（元）').waitFor();
    await secretary.getByTestId('base-income').fill('4444.5');
    // F1 and F14: 1 % of 4444.50 is 44.445, rounded half up to the fen.
    expect(await secretary.getByTestId('base-quote-amount').textContent()).toBe('44.45 元');
    await secretary.getByTestId('base-income').fill('3000');
    expect(await secretary.getByTestId('base-quote-amount').textContent()).toBe('15.00 元');
    await secretary.getByTestId('base-income').fill('1.234');
    await modal.getByText('最多两位小数').waitFor();
    expect(await secretary.getByTestId('base-quote').count()).toBe(0);
    await secretary.getByTestId('base-income').fill('4444.50');
    await secretary.getByTestId('base-quote-amount').getByText('44.45 元').waitFor();
    await secretary.getByTestId('base-submit').click();
    await modal.waitFor({ state: 'detached' });

    await secretary.getByTestId('dues-current-base').getByText('每月 44.45 元', { exact: false }).waitFor();
    await secretary.getByTestId('dues-bases').getByText('月收入 4444.50 元').waitFor();
    await secretary.getByTestId('dues-due-now').getByText('44.45 元').waitFor();
  });

  it('records two months, this one and the next ahead, after the server refused paying less than due', async () => {
    await secretary.getByTestId('dues-pay-open').click();
    const modal = secretary.getByTestId('pay-modal');
    await secretary.getByTestId(`pay-month-${THIS_MONTH}`).check();
    await secretary.getByTestId(`pay-month-${NEXT_MONTH}`).check();
    await secretary.getByTestId('pay-preview').getByText('2 个月，合计 88.90 元').waitFor();

    // Less than due needs an approved hardship decision (F7): refused by the server, shown at the field.
    await secretary.getByTestId('pay-amount').fill('1');
    const [refusal] = await Promise.all([
      secretary.waitForResponse((r) => r.url().endsWith('/api/dues/payments')),
      secretary.getByTestId('pay-submit').click(),
    ]);
    expect(refusal.status()).toBe(422);
    const amountItem = modal.locator('.ant-form-item').filter({ has: secretary.getByTestId('pay-amount') });
    await amountItem
      .locator('.ant-form-item-explain-error')
      .getByText(`${monthLabel(THIS_MONTH)}应交 44.45 元，少交须有经上级党委批准的困难减免决定`, {
        exact: false,
      })
      .waitFor();

    await secretary.getByTestId('pay-amount').fill('');
    await secretary.getByTestId('pay-receipt').fill('FL-2026-0107');
    await secretary.getByTestId('pay-submit').click();
    await modal.waitFor({ state: 'detached' });

    await ledgerStatus(THIS_MONTH).getByText('已交').waitFor();
    await ledgerStatus(NEXT_MONTH).getByText('已交').waitFor();
    await secretary.getByTestId('dues-paid-up-to').getByText(monthLabel(NEXT_MONTH)).waitFor();
    expect(await secretary.getByTestId('dues-payments').locator('.ant-table-row').count()).toBe(2);
  });

  it('prefills 党费交至 of a new transfer from the ledger', async () => {
    suite.watch(secretary);
    await secretary.goto('/transfers');
    await secretary.getByTestId('transfers-page').waitFor();
    await secretary.getByTestId('transfer-start').click();
    await secretary.getByTestId('start-person').click();
    await secretary.getByTestId('start-person').locator('input').fill('周');
    await secretary.locator('.ant-select-item-option').filter({ hasText: NAMES.member }).click();
    await secretary
      .getByTestId('start-dues-hint')
      .getByText(`党费交至${monthLabel(NEXT_MONTH)}`)
      .waitFor();
    expect(await secretary.getByTestId('start-dues').inputValue()).toBe(NEXT_MONTH);
    await secretary
      .getByTestId('start-modal')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await secretary.getByTestId('start-modal').waitFor({ state: 'detached' });
  });

  it('reverses this month with a reason: the payment stays, marked, and the month is unpaid again', async () => {
    await openDuesTab(memberId);
    await secretary.getByTestId(`payment-reverse-${THIS_MONTH}`).click();
    const modal = secretary.getByTestId('reverse-modal');
    await secretary.getByTestId('reverse-submit').click();
    await modal.getByText('请填写冲正理由').waitFor();
    await secretary.getByTestId('reverse-reason').fill('收据登记到了错误的党员名下');
    await secretary.getByTestId('reverse-submit').click();
    await modal.waitFor({ state: 'detached' });

    await ledgerStatus(THIS_MONTH).getByText('未交').waitFor();
    await ledgerStatus(NEXT_MONTH).getByText('已交').waitFor();
    const payments = secretary.getByTestId('dues-payments');
    expect(await payments.locator('.ant-table-row').count()).toBe(3);
    await payments.getByText('冲正理由：收据登记到了错误的党员名下').waitFor();
    expect(await payments.getByText('已冲正').count()).toBe(1);
    // The reversed month is no longer paid, so the unbroken run of paid months is gone (F13).
    expect(await secretary.getByTestId('dues-paid-up-to').textContent()).toBe('—');
    // Paid ahead only: the month can be paid again, and only the reversed month is offered besides later ones.
    await secretary.getByTestId('dues-pay-open').click();
    await secretary.getByTestId(`pay-month-${THIS_MONTH}`).waitFor();
    expect(await secretary.getByTestId(`pay-month-${NEXT_MONTH}`).count()).toBe(0);
    await secretary
      .getByTestId('pay-modal')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await secretary.getByTestId('pay-modal').waitFor({ state: 'detached' });
    await screenshot(secretary, 'dues-tab');
  });

  it('records an exemption, flags six unpaid months (F12) and links to the 党籍 tab, removing no one', async () => {
    await openDuesTab(lapsedId);
    await secretary.getByTestId('dues-removal-flag').waitFor();
    await ledgerStatus(SIX_BACK).getByText('未交').waitFor();

    // F7: this month exempt by a decision the committee above approved; the month then needs no payment.
    await secretary.getByTestId('dues-hardship-open').click();
    const modal = secretary.getByTestId('hardship-modal');
    await secretary.getByTestId('hardship-amount').fill('0');
    await modal.getByText('0 元：这些月份免交党费').waitFor();
    await secretary.getByTestId('hardship-reason').fill('因病住院，家庭生活困难');
    const decided = secretary.getByTestId('hardship-decided');
    await decided.click();
    await decided.fill(TODAY);
    await decided.press('Enter');
    await secretary.getByTestId('hardship-approver').fill(NAMES.county);
    await secretary.getByTestId('hardship-submit').click();
    await modal.waitFor({ state: 'detached' });
    await secretary.getByTestId('dues-hardships').getByText('免交').waitFor();
    await ledgerStatus(THIS_MONTH).getByText('免交').waitFor();

    await secretary.getByTestId('dues-standing-link').click();
    await secretary.waitForURL(new RegExp(`/persons/${lapsedId}/standing$`));
    await secretary.getByTestId('standing-tab').waitFor();
    await secretary.getByTestId('standing-tab').getByText('暂无党籍异动').waitFor();
  });

  let phone: Page;

  it('shows the member on a phone this month due and the next month paid', async () => {
    phone = await suite.newPage(true);
    await signInFirstTime(phone, MEMBER_PHONE, PASSWORD, NEW_PASSWORD);
    await phone.waitForURL(/\/me$/);
    const card = phone.getByTestId('me-dues');
    await card.waitFor();
    expect(await phone.getByTestId('me-dues-now').textContent()).toBe('44.45 元');
    expect(await phone.getByTestId('me-dues-now-status').textContent()).toBe('未交');
    expect(await phone.getByTestId(`me-dues-status-${THIS_MONTH}`).textContent()).toBe('未交');
    expect(await phone.getByTestId(`me-dues-status-${NEXT_MONTH}`).textContent()).toBe('已交');
    await card.getByText(`${monthLabel(NEXT_MONTH)}（预交）`).waitFor();
    // This month is owed but not yet overdue: no arrears warning.
    expect(await phone.getByTestId('me-dues-arrears').count()).toBe(0);

    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.waitForTimeout(300);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'me-dues-phone');
  });

  it('lets the member declare a new income on the phone, which the secretary verifies into the base', async () => {
    suite.watch(phone);
    await phone.getByTestId('declare-open').click();
    await phone.getByTestId('declare-income').fill('5000.00');
    await phone.getByTestId('declare-submit').click();
    await phone.getByTestId('declare-modal').waitFor({ state: 'detached' });
    await phone.getByTestId('dues-declaration').getByText('待支部核定').waitFor();

    await openDuesTab(memberId);
    await secretary.getByTestId('dues-declaration').getByText('按此每月应交 50.00 元').waitFor();
    await secretary.getByTestId('declaration-verify').click();
    await secretary.getByTestId('dues-declaration').getByText('已核定').waitFor();
    await secretary.getByTestId('dues-current-base').getByText('每月 50.00 元', { exact: false }).waitFor();

    suite.watch(phone);
    await phone.reload();
    await phone.getByTestId('dues-declaration').getByText('已核定').waitFor();
    expect(await phone.getByTestId('me-dues-now').textContent()).toBe('50.00 元');
  });
});
