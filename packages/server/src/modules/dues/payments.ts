import {
  chinaToday,
  checkPayment,
  checkPayments,
  hardshipFor,
  MEMBER_STAGES,
  monthLabel,
  paidMonths,
  splitPayment,
  type BulkPaymentInput,
  type IsoDate,
  type MonthKey,
  type PaymentInput,
  type RuleViolation,
} from '@jiceng/core';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { PersonRow } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { conflict } from '../../http/errors';
import { persons } from '../persons/schema';
import { refuseIf, requireMember } from './bases';
import { BulkRefused, type BulkFailure } from './bulk-refusal';
import { asCorePayments, computedDue, dueForMonth, loadMembersDues, type MemberDues } from './member-dues';
import { duesDue, duesPayments } from './schema';
import { paymentView } from './views';
import { uniqueViolation } from '../../db/errors';

type NewPayment = typeof duesPayments.$inferInsert;

const ALREADY_PAID = (months: readonly MonthKey[]) =>
  `${months.map(monthLabel).join('、')}的党费已经交纳，不能重复交纳；如需更正，请先冲正原记录`;

/** A month without a verified base has no amount to collect (F10); F7 exempt months need no payment. */
function dueProblems(data: MemberDues, months: readonly MonthKey[], amountGiven: boolean): RuleViolation[] {
  const problems: RuleViolation[] = [];
  for (const month of months) {
    const due = dueForMonth(data, month);
    if (due === null) {
      problems.push({
        rule: 'dues.md F10',
        field: 'months',
        message: `${data.person.name}${monthLabel(month)}尚未核定党费交纳基数，请先核定`,
      });
    } else if (due === 0 && !amountGiven) {
      problems.push({ rule: 'dues.md F7', field: 'months', message: `${monthLabel(month)}已批准免交党费` });
    }
  }
  return problems;
}

/** The ledger row a payment belongs to, generated on the fly when the month's round has not run yet. */
async function ensureDueRows(tx: Tx, list: { data: MemberDues; month: MonthKey }[]): Promise<void> {
  const rows = list
    .filter(({ data, month }) => !data.dueRows.has(month))
    .map(({ data, month }) => ({
      personId: data.person.id,
      month,
      tenantOrgId: data.person.tenantOrgId,
      orgId: data.person.orgId,
      orgPath: data.person.orgPath,
      amountFen: computedDue(month, data.bases, data.hardships) ?? 0,
      hardship: hardshipFor(month, data.hardships) !== null,
    }));
  if (rows.length > 0) await tx.insert(duesDue).values(rows).onConflictDoNothing();
}

/** F8: beyond the amount due is voluntary and kept apart, so a large gift is not buried in the month's dues. */
function paymentRows(
  data: MemberDues,
  month: MonthKey,
  amountFen: number,
  common: Pick<NewPayment, 'method' | 'paidOn' | 'receiptNumber' | 'reason' | 'recordedBy'>,
): NewPayment[] {
  const p = data.person;
  const split = splitPayment(amountFen, dueForMonth(data, month) ?? amountFen);
  const row = {
    tenantOrgId: p.tenantOrgId,
    orgId: p.orgId,
    orgPath: p.orgPath,
    personId: p.id,
    month,
    ...common,
  };
  const rows: NewPayment[] = [{ ...row, amountFen: split.duesFen, kind: 'regular' }];
  if (split.extraFen > 0) rows.push({ ...row, amountFen: split.extraFen, kind: 'voluntary' });
  return rows;
}

/** The partial unique index settles a race two collectors lose together: one wins, the other hears 409. */
async function insertPayments(tx: Tx, rows: NewPayment[], months: readonly MonthKey[]) {
  try {
    return await tx.insert(duesPayments).values(rows).returning();
  } catch (error) {
    if (uniqueViolation(error) !== null) throw conflict(ALREADY_PAID(months), 'months');
    throw error;
  }
}

export async function recordPayment(db: Db, ctx: RequestContext, input: PaymentInput) {
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const person = await requireMember(tx, ctx, 'dues.manage', input.personId);
    const data = (await loadMembersDues(tx, [person])).get(person.id)!;
    refuseIf([
      ...checkPayments({
        months: input.months,
        paidMonths: [],
        startMonth: data.startMonth,
        today,
        amountFen: input.amountFen,
        paidOn: input.paidOn,
        dueFor: (m) => dueForMonth(data, m),
      }),
      ...dueProblems(data, input.months, input.amountFen !== undefined),
    ]);
    // Paying a month twice conflicts with what is recorded (409), as the race the index catches does.
    const paid = new Set(paidMonths(asCorePayments(data.payments)));
    const twice = input.months.filter((m) => paid.has(m));
    if (twice.length > 0) throw conflict(ALREADY_PAID(twice), 'months');

    await ensureDueRows(
      tx,
      input.months.map((month) => ({ data, month })),
    );
    const common = {
      method: input.method,
      paidOn: input.paidOn,
      receiptNumber: input.receiptNumber ?? null,
      reason: input.note ?? null,
      recordedBy: ctx.actor?.userId ?? null,
    };
    const rows = input.months.flatMap((month) =>
      paymentRows(data, month, input.amountFen ?? dueForMonth(data, month)!, common),
    );
    const written = await insertPayments(tx, rows, input.months);
    await recordAudit(tx, ctx, {
      action: 'dues.paid',
      entityType: 'person',
      entityId: person.id,
      orgId: person.orgId,
      summary: {
        after: {
          months: input.months,
          method: input.method,
          paidOn: input.paidOn,
          receiptNumber: input.receiptNumber ?? null,
          payments: written.map((p) => ({ id: p.id, month: p.month, amountFen: p.amountFen, kind: p.kind })),
        },
      },
    });
    return { payments: written.map(paymentView), totalFen: written.reduce((s, p) => s + p.amountFen, 0) };
  });
}

function bulkFailures(
  people: readonly PersonRow[],
  loaded: Map<number, MemberDues>,
  input: BulkPaymentInput,
  today: IsoDate,
): BulkFailure[] {
  const failures: BulkFailure[] = [];
  const found = new Map(people.map((p) => [p.id, p]));
  for (const personId of input.personIds) {
    const person = found.get(personId);
    if (!person) {
      failures.push({
        personId,
        name: null,
        violations: [{ rule: 'access', field: 'personIds', message: '不在该党组织内或无权登记' }],
      });
      continue;
    }
    const data = loaded.get(personId)!;
    const violations: RuleViolation[] = [];
    if (!person.stage || !(MEMBER_STAGES as readonly string[]).includes(person.stage)) {
      violations.push({
        rule: 'dues.md F9',
        field: 'personIds',
        message: '不是党员（含预备党员），无需交纳党费',
      });
    } else {
      const paid = paidMonths(asCorePayments(data.payments)).includes(input.month);
      violations.push(
        ...checkPayment({
          month: input.month,
          startMonth: data.startMonth,
          alreadyPaid: paid,
          today,
          paidOn: input.paidOn,
        }),
        ...dueProblems(data, [input.month], false),
      );
    }
    if (violations.length > 0) failures.push({ personId, name: person.name, violations });
  }
  return failures;
}

/** Collection on a phone: one month for many members at the amount due, all or nothing. */
export async function recordBulkPayment(db: Db, ctx: RequestContext, input: BulkPaymentInput) {
  const actor = requirePermission(ctx, 'dues.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'dues.manage', input.orgId);
    const people = await tx
      .select()
      .from(persons)
      .where(
        and(
          inArray(persons.id, input.personIds),
          like(persons.orgPath, `${org.path}%`),
          inScope(persons.orgPath, scopeOf(actor, 'dues.manage')),
        ),
      );
    const loaded = await loadMembersDues(tx, people, [input.month]);
    const failures = bulkFailures(people, loaded, input, today);
    if (failures.length > 0) throw new BulkRefused(failures);

    const list = people.map((p) => ({ data: loaded.get(p.id)!, month: input.month }));
    await ensureDueRows(tx, list);
    const common = {
      method: input.method,
      paidOn: input.paidOn,
      receiptNumber: null,
      reason: null,
      recordedBy: actor.userId,
    };
    const rows = list.flatMap(({ data, month }) =>
      paymentRows(data, month, dueForMonth(data, month)!, common),
    );
    const written = await insertPayments(tx, rows, [input.month]);
    const totalFen = written.reduce((s, p) => s + p.amountFen, 0);
    await recordAudit(tx, ctx, {
      action: 'dues.bulk_paid',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: {
        after: {
          month: input.month,
          method: input.method,
          paidOn: input.paidOn,
          persons: people.length,
          totalFen,
        },
      },
    });
    return { month: input.month, count: written.length, totalFen, payments: written.map(paymentView) };
  });
}

export async function lockPayment(tx: Tx, paymentId: number) {
  const [row] = await tx.select().from(duesPayments).where(eq(duesPayments.id, paymentId)).for('update');
  return row ?? null;
}
