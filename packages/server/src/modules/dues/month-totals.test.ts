import { chinaToday, monthOf, shiftMonth, type DuesSummary } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let tree: SampleTree;
const today = chinaToday();
const current = monthOf(today);
const lastMonth = shiftMonth(current, -1);

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
});
afterAll(async () => {
  await t?.close();
});

type Totals = Record<string, string>;

/** The kept totals and a recount from the ledger itself, in the same order. */
async function keptAndRecounted(): Promise<{ kept: Totals[]; recount: Totals[] }> {
  const kept = await t.database.db.execute<Totals>(sql`
    SELECT org_id::text, month, due_fen::text, members::text, collected_fen::text,
      paid_members::text, voluntary_fen::text
    FROM dues_month_totals
    WHERE due_fen <> 0 OR members <> 0 OR collected_fen <> 0 OR paid_members <> 0 OR voluntary_fen <> 0
    ORDER BY org_id, month`);
  const recount = await t.database.db.execute<Totals>(sql`
    SELECT org_id::text, month, sum(due)::text AS due_fen, sum(n)::text AS members,
      sum(collected)::text AS collected_fen, sum(paid)::text AS paid_members, sum(vol)::text AS voluntary_fen
    FROM (
      SELECT org_id, month, amount_fen AS due, 1 AS n, 0 AS collected, 0 AS paid, 0 AS vol FROM dues_due
      UNION ALL
      SELECT org_id, month, 0, 0,
        CASE WHEN kind = 'regular' THEN amount_fen ELSE 0 END,
        CASE WHEN kind = 'regular' THEN 1 ELSE 0 END,
        CASE WHEN kind = 'voluntary' THEN amount_fen ELSE 0 END
      FROM dues_payments WHERE active AND kind IN ('regular', 'voluntary')
    ) c
    GROUP BY org_id, month
    ORDER BY org_id, month`);
  return { kept: kept.rows, recount: recount.rows };
}

async function base(personId: number, monthlyIncomeFen: number, from: string) {
  const response = await t.admin.post(`/api/persons/${personId}/dues-bases`, {
    personId,
    year: Number(from.slice(0, 4)),
    personKind: 'employed',
    monthlyIncomeFen,
    effectiveFromMonth: from,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

describe('the per-org monthly totals behind the dues reports', () => {
  it('match a recount of the ledger after generating, paying, reversing and regenerating', async () => {
    const branch = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
    const people = await Promise.all([1, 2, 3].map(() => createPerson(t.admin, branch.id)));
    for (const p of people) await base(p.id, 400_000, shiftMonth(current, -3));
    for (const month of [lastMonth, current]) {
      expect((await t.admin.post('/api/dues/ledger/generate', { orgId: branch.id, month })).status).toBe(200);
    }
    const bulk = await t.admin.post<{ payments: { id: number }[] }>('/api/dues/payments/bulk', {
      orgId: branch.id,
      month: lastMonth,
      personIds: people.map((p) => p.id),
      method: 'cash',
      paidOn: today,
    });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(201);
    const voluntary = await t.admin.post('/api/dues/payments', {
      personId: people[0]!.id,
      months: [current],
      method: 'cash',
      paidOn: today,
      amountFen: 10_000,
    });
    expect(voluntary.status, JSON.stringify(voluntary.body)).toBe(201);
    const reversed = await t.admin.post(`/api/dues/payments/${bulk.body.payments[1]!.id}/reversal`, {
      paymentId: bulk.body.payments[1]!.id,
      reason: '误登记',
    });
    expect(reversed.status, JSON.stringify(reversed.body)).toBe(201);
    // A changed base regenerates the unpaid rows of the current month with a new amount.
    await base(people[2]!.id, 900_000, current);
    expect(
      (await t.admin.post('/api/dues/ledger/generate', { orgId: branch.id, month: current })).status,
    ).toBe(200);

    const { kept, recount } = await keptAndRecounted();
    expect(kept).toEqual(recount);
    expect(kept.filter((r) => r.org_id === String(branch.id))).toHaveLength(2);
  });

  it('follow an org moved to another parent: the summary counts it where it now is', async () => {
    const branch = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
    const person = await createPerson(t.admin, branch.id);
    await base(person.id, 200_000, shiftMonth(current, -2));
    await t.admin.post('/api/dues/ledger/generate', { orgId: branch.id, month: current });
    const otherTownship = await createOrg(t.admin, { parentId: tree.county.id, kind: 'committee' });
    const moved = await t.admin.post(`/api/orgs/${branch.id}/move`, { parentId: otherTownship.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const year = Number(current.slice(0, 4));
    const summary = await t.admin.get<DuesSummary>(
      `/api/dues/summary?orgId=${otherTownship.id}&year=${year}`,
    );
    expect(summary.body.totals).toMatchObject({ dueFen: 1000, members: 1 });
    expect(summary.body.children.map((c) => c.org.id)).toEqual([branch.id]);
  });
});
