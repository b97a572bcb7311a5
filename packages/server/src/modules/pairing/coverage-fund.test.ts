import type { Coverage, FundLedger, Household } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import {
  daysAgo,
  household,
  ok,
  pair,
  pairingWorld,
  today,
  visitInput,
  type PairingWorld,
} from './test-support';

let t: TestApp;
let w: PairingWorld;
const thisYear = (date: string) => (date.slice(0, 4) === today.slice(0, 4) ? 1 : 0);

beforeAll(async () => {
  t = await startTestApp();
  w = await pairingWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('coverage per child org', () => {
  let a1: Household;
  let b1: Household;

  beforeAll(async () => {
    const helper1 = await createPerson(t.admin, w.villageA.id);
    const helper2 = await createPerson(t.admin, w.villageA.id);
    const helperB = await createPerson(t.admin, w.villageB.id);
    a1 = await household(w.secA, w.villageA.id, { consentDaysAgo: 200, overrides: { peopleCount: 3 } });
    const a2 = await household(w.secA, w.villageA.id, { consentDaysAgo: 200, overrides: { peopleCount: 2 } });
    await household(w.secA, w.villageA.id, { overrides: { peopleCount: 4 } });
    b1 = await household(w.secB, w.villageB.id, { consentDaysAgo: 200, overrides: { peopleCount: 5 } });
    await pair(w.secA, a1.id, helper1.id, 150);
    await pair(w.secA, a1.id, helper2.id, 150);
    await pair(w.secA, a2.id, helper1.id, 150);
    await pair(w.secB, b1.id, helperB.id, 150);
    ok(
      await w.secA.post(
        '/api/pairing/visits',
        visitInput(a1.id, helper1.id, { visitedOn: daysAgo(10), helpKinds: ['money'], moneyFen: 50000 }),
      ),
      201,
    );
    ok(
      await w.secB.post(
        '/api/pairing/visits',
        visitInput(b1.id, helperB.id, { visitedOn: daysAgo(100), helpKinds: ['goods'], goodsFen: 9900 }),
      ),
      201,
    );
  });

  const rowOf = (coverage: Coverage, orgId: number) => coverage.rows.find((r) => r.orgId === orgId);

  it('counts households, people in paired households, helpers and visits of each village', async () => {
    const coverage = ok(await w.townStaff.get<Coverage>(`/api/pairing/coverage?orgId=${w.tree.township.id}`));
    expect(rowOf(coverage, w.villageA.id)).toMatchObject({
      households: 3,
      pairedHouseholds: 2,
      peopleCovered: 5,
      helpers: 2,
      visitsThisYear: thisYear(daysAgo(10)),
      moneyFenThisYear: thisYear(daysAgo(10)) * 50000,
    });
    expect(rowOf(coverage, w.villageB.id)).toMatchObject({
      households: 1,
      pairedHouseholds: 1,
      peopleCovered: 5,
      helpers: 1,
      goodsFenThisYear: thisYear(daysAgo(100)) * 9900,
    });
    expect(coverage.total).toMatchObject({
      households: 4,
      pairedHouseholds: 3,
      peopleCovered: 10,
      helpers: 3,
    });
  });

  it('counts paired households without a visit in three months', async () => {
    const coverage = ok(await w.townStaff.get<Coverage>(`/api/pairing/coverage?orgId=${w.tree.township.id}`));
    // A2 was never visited; B1 was last visited 100 days ago; A1 ten days ago.
    expect(rowOf(coverage, w.villageA.id)!.notVisitedRecently).toBe(1);
    expect(rowOf(coverage, w.villageB.id)!.notVisitedRecently).toBe(1);
    expect(coverage.overdueBefore < daysAgo(80)).toBe(true);
  });

  it('lists every child org, with zeros where nothing is recorded', async () => {
    const coverage = ok(await w.townStaff.get<Coverage>(`/api/pairing/coverage?orgId=${w.tree.township.id}`));
    expect(rowOf(coverage, w.tree.branchX.id)).toMatchObject({ households: 0, visitsThisYear: 0 });
  });

  it('shows a village secretary only their own village in the township view', async () => {
    const coverage = ok(await w.secA.get<Coverage>(`/api/pairing/coverage?orgId=${w.tree.township.id}`));
    expect(coverage.rows.map((r) => r.orgId)).toEqual([w.villageA.id]);
    expect(coverage.total).toMatchObject({ households: 3, pairedHouseholds: 2 });
  });

  it('answers 404 to a secretary asking for another village', async () => {
    expect((await w.secB.get(`/api/pairing/coverage?orgId=${w.villageA.id}`)).status).toBe(404);
  });

  it('from the county counts the township as one row', async () => {
    const county = await signedInAs(t, 'org_staff', w.tree.county.id);
    const coverage = ok(await county.get<Coverage>(`/api/pairing/coverage?orgId=${w.tree.county.id}`));
    expect(rowOf(coverage, w.tree.township.id)).toMatchObject({ households: 4, peopleCovered: 10 });
  });

  describe('the mutual-aid fund', () => {
    it('adds contributions and subtracts grants, keeping the balance after each entry', async () => {
      ok(
        await w.townStaff.post('/api/pairing/funds/contributions', {
          orgId: w.tree.township.id,
          contributorName: '县民政局',
          amountFen: 100000,
          occurredOn: daysAgo(30),
        }),
        201,
      );
      ok(
        await w.townStaff.post('/api/pairing/funds/contributions', {
          orgId: w.tree.township.id,
          contributorName: '党员自愿捐款',
          amountFen: 50000,
          occurredOn: daysAgo(20),
        }),
        201,
      );
      const ledger = ok(
        await w.townStaff.post<FundLedger>('/api/pairing/funds/grants', {
          orgId: w.tree.township.id,
          householdId: a1.id,
          amountFen: 30000,
          occurredOn: daysAgo(5),
          purpose: '住院医疗救助',
          approvedBy: '镇党委会议',
        }),
        201,
      );
      expect(ledger).toMatchObject({ contributedFen: 150000, grantedFen: 30000, balanceFen: 120000 });
      expect(ledger.entries.map((e) => [e.kind, e.balanceAfterFen])).toEqual([
        ['grant', 120000],
        ['contribution', 150000],
        ['contribution', 100000],
      ]);
      expect(ledger.entries[0]).toMatchObject({ headName: a1.headName, approvedBy: '镇党委会议' });
    });

    it('refuses a grant over the balance, naming the balance', async () => {
      const before = ok(await w.townStaff.get<FundLedger>(`/api/pairing/funds/${w.tree.township.id}`));
      const response = await w.townStaff.post('/api/pairing/funds/grants', {
        orgId: w.tree.township.id,
        householdId: b1.id,
        amountFen: before.balanceFen + 1,
        occurredOn: today,
        purpose: '临时救助',
        approvedBy: '镇党委会议',
      });
      expect(response.status).toBe(422);
      expect(errorOf(response)).toMatchObject({ rule: 'pairing.fund_balance', field: 'amountFen' });
      expect(errorOf(response).message).toContain('1200.00 元');
      const after = ok(await w.townStaff.get<FundLedger>(`/api/pairing/funds/${w.tree.township.id}`));
      expect(after.entries).toHaveLength(before.entries.length);
    });

    it('grants only to a household under the fund org', async () => {
      ok(
        await w.secA.post('/api/pairing/funds/contributions', {
          orgId: w.villageA.id,
          contributorName: '东村乡贤',
          amountFen: 20000,
          occurredOn: today,
        }),
        201,
      );
      const response = await w.townStaff.post('/api/pairing/funds/grants', {
        orgId: w.villageA.id,
        householdId: b1.id,
        amountFen: 100,
        occurredOn: today,
        purpose: '助学',
        approvedBy: '村两委',
      });
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({ field: 'householdId' });
    });

    it('of the township is not found for a village secretary', async () => {
      expect((await w.secA.get(`/api/pairing/funds/${w.tree.township.id}`)).status).toBe(404);
      expect((await w.secB.get(`/api/pairing/funds/${w.villageA.id}`)).status).toBe(404);
    });
  });
});
