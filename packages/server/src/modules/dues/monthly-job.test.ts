import { chinaToday, monthOf, shiftMonth } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, createUser, sampleTree, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { runDuesMonthly } from './monthly-job';

let t: TestApp;
let tree: SampleTree;
const today = chinaToday();
const current = monthOf(today);

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
});
afterAll(async () => {
  await t?.close();
});

async function inbox(userId: number) {
  const rows = await t.database.db.execute<{ title: string; body: string }>(
    sql`SELECT title, body FROM notifications WHERE user_id = ${userId} ORDER BY id`,
  );
  return rows.rows;
}

describe('the monthly dues run', () => {
  it('generates the month once, and reminds a member 3 months behind and the branch once a month', async () => {
    const branch = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
    const secretary = await createUser(t, [{ role: 'branch_secretary', orgId: branch.id }]);
    const behind = await createPerson(t.admin, branch.id, { phone: '13700008888' });
    const upToDate = await createPerson(t.admin, branch.id);
    for (const p of [behind, upToDate]) {
      const base = await t.admin.post(`/api/persons/${p.id}/dues-bases`, {
        personId: p.id,
        year: Number(shiftMonth(current, -4).slice(0, 4)),
        personKind: 'employed',
        monthlyIncomeFen: 300_000,
        effectiveFromMonth: shiftMonth(current, -4),
      });
      expect(base.status, JSON.stringify(base.body)).toBe(201);
    }
    const past = [-3, -2, -1].map((n) => shiftMonth(current, n));
    for (const month of past) {
      expect((await t.admin.post('/api/dues/ledger/generate', { orgId: branch.id, month })).status).toBe(200);
    }
    const paid = await t.admin.post('/api/dues/payments', {
      personId: upToDate.id,
      months: past,
      method: 'cash',
      paidOn: today,
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    await t.admin.post(`/api/persons/${behind.id}/account`, { password: 'Member2026ab' });
    const [{ id: memberUserId } = { id: 0 }] = (
      await t.database.db.execute<{ id: number }>(
        sql`SELECT user_id AS id FROM persons WHERE id = ${behind.id}`,
      )
    ).rows;

    const first = await runDuesMonthly(t.database.db, t.cipher, today);
    expect(first.generated).toBeGreaterThanOrEqual(2);
    expect(first.remindedMembers).toBeGreaterThanOrEqual(1);
    const thisMonth = await t.database.db.execute<{ n: string }>(
      sql`SELECT count(*)::text AS n FROM dues_due WHERE org_id = ${branch.id} AND month = ${current}`,
    );
    expect(thisMonth.rows[0]!.n).toBe('2');

    const mine = await inbox(Number(memberUserId));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.title).toBe('党费提醒：您已连续 3 个月未交纳党费');
    expect(mine[0]!.body).toContain('共欠 45.00 元');
    const branchMail = await inbox(secretary.id);
    expect(branchMail.map((m) => m.title)).toEqual([
      `党费欠交提醒：${branch.name}有 1 名党员连续 3 个月以上未交纳党费`,
    ]);
    expect(branchMail[0]!.body).toContain(behind.name);

    const again = await runDuesMonthly(t.database.db, t.cipher, today);
    expect(again).toEqual({ generated: null, remindedMembers: 0, remindedBranches: 0 });
    expect(await inbox(Number(memberUserId))).toHaveLength(1);
  });
});
