import { createPerson, sampleTree, type SampleTree } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import { duesDue, duesPayments } from './schema';

/**
 * A small subtree with a hand-computed ledger (tests only): township → X (a1, a2), Y (b1).
 *
 * | month   | due                  | active regular payments       | voluntary |
 * | 2025-12 | a1 30.00 (other year)| —                             | —         |
 * | 2026-01 | a1 30, a2 15, b1 0.2 | a1 30, b1 0.2 (a2's reversed) | —         |
 * | 2026-02 | a1 30, a2 15, b1 0.2 | a1 30                         | a1 50.00  |
 */
export interface DuesFixture {
  tree: SampleTree;
  persons: { a1: number; a2: number; b1: number };
}

export async function duesFixture(t: TestApp): Promise<DuesFixture> {
  const tree = await sampleTree(t);
  const [a1, a2, b1] = await Promise.all([
    createPerson(t.admin, tree.branchX.id),
    createPerson(t.admin, tree.branchX.id),
    createPerson(t.admin, tree.branchY.id),
  ]);
  const x = { orgId: tree.branchX.id, orgPath: tree.branchX.path, tenantOrgId: tree.county.id };
  const y = { orgId: tree.branchY.id, orgPath: tree.branchY.path, tenantOrgId: tree.county.id };
  const due = (org: typeof x, personId: number, month: string, amountFen: number) => ({
    ...org,
    personId,
    month,
    amountFen,
  });
  await t.database.db
    .insert(duesDue)
    .values([
      due(x, a1!.id, '2025-12', 3000),
      ...['2026-01', '2026-02'].flatMap((m) => [
        due(x, a1!.id, m, 3000),
        due(x, a2!.id, m, 1500),
        due(y, b1!.id, m, 20),
      ]),
    ]);
  const paid = (
    org: typeof x,
    personId: number,
    month: string,
    amountFen: number,
    kind = 'regular',
    active = true,
  ) => ({ ...org, personId, month, amountFen, kind, active, method: 'cash', paidOn: `${month}-15` });
  const [reversed] = await t.database.db
    .insert(duesPayments)
    .values(paid(x, a2!.id, '2026-01', 1500, 'regular', false))
    .returning({ id: duesPayments.id });
  await t.database.db
    .insert(duesPayments)
    .values([
      { ...paid(x, a2!.id, '2026-01', -1500, 'reversal'), reversesId: reversed!.id, reason: '误登记' },
      paid(x, a1!.id, '2025-12', 3000),
      paid(x, a1!.id, '2026-01', 3000),
      paid(y, b1!.id, '2026-01', 20),
      paid(x, a1!.id, '2026-02', 3000),
      paid(x, a1!.id, '2026-02', 5000, 'voluntary'),
    ]);
  return { tree, persons: { a1: a1!.id, a2: a2!.id, b1: b1!.id } };
}
