import {
  amountDueFor,
  arrears,
  compareMonth,
  duesLedger,
  duesStartMonth,
  exemptMonthsOf,
  FIXED_PERSON_KINDS,
  monthOf,
  monthsBetween,
  paidMonths,
  previousMonth,
  transferPaidUpTo,
  type DuesArrears,
  type DuesBase,
  type DuesHardship,
  type DuesLedgerRow,
  type DuesPaymentKind,
  type IsoDate,
  type MonthKey,
  type PersonKind,
} from '@jiceng/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { PersonRow } from '../../auth/person-access';
import { branchDuesSettings, duesBases, duesDue, duesHardships, duesPayments } from './schema';

/** Jiceng keeps no provisions before 2008; a member recorded without an admission date starts there. */
export const EARLIEST_DUES_MONTH: MonthKey = '2008-04';

/** F9: dues run from the month of admission (probationary members included). */
export function startMonthOf(admissionDate: IsoDate | null): MonthKey {
  if (!admissionDate) return EARLIEST_DUES_MONTH;
  const month = duesStartMonth(admissionDate);
  return compareMonth(month, EARLIEST_DUES_MONTH) < 0 ? EARLIEST_DUES_MONTH : month;
}

const isFixedKind = (kind: string) => (FIXED_PERSON_KINDS as readonly string[]).includes(kind);

export interface StoredBase {
  id: number;
  year: number;
  personKind: string;
  monthlyIncomeFen: number | null;
  fixedAmountFen: number | null;
  effectiveFromMonth: string;
}

/**
 * The bases the rules see: fixed-amount kinds (F5, F6) need no declared base, so one is implied from the
 * start month, listed first so any recorded base overrides it; a farmer's base without its own amount takes
 * the branch's setting (F5).
 */
export function effectiveBases(
  personKind: string,
  startMonth: MonthKey,
  stored: readonly StoredBase[],
  farmerAmountFen: number | null,
): DuesBase[] {
  const fixed = (kind: string, own: number | null) => (kind === 'farmer' ? (own ?? farmerAmountFen) : null);
  const implied: DuesBase[] = isFixedKind(personKind)
    ? [
        {
          year: Number(startMonth.slice(0, 4)),
          personKind: personKind as PersonKind,
          monthlyIncomeFen: null,
          fixedAmountFen: fixed(personKind, null),
          effectiveFromMonth: startMonth,
        },
      ]
    : [];
  return [
    ...implied,
    ...stored.map((b) => ({
      year: b.year,
      personKind: b.personKind as PersonKind,
      monthlyIncomeFen: b.monthlyIncomeFen,
      fixedAmountFen: fixed(b.personKind, b.fixedAmountFen),
      effectiveFromMonth: b.effectiveFromMonth,
    })),
  ];
}

/** The amount due for a month computed from the rules, null without a base. */
export function computedDue(
  month: MonthKey,
  bases: readonly DuesBase[],
  hardships: readonly DuesHardship[],
): number | null {
  return amountDueFor(month, bases, hardships)?.amountFen ?? null;
}

export type PaymentRow = typeof duesPayments.$inferSelect;
export type HardshipRow = typeof duesHardships.$inferSelect;

export interface MemberDues {
  person: PersonRow;
  startMonth: MonthKey;
  farmerAmountFen: number | null;
  storedBases: (typeof duesBases.$inferSelect)[];
  hardships: HardshipRow[];
  bases: DuesBase[];
  payments: PaymentRow[];
  /** The generated ledger rows (dues_due), by month. */
  dueRows: Map<MonthKey, { amountFen: number; hardship: boolean }>;
}

export async function farmerAmountOf(tx: Tx, orgId: number): Promise<number | null> {
  const [row] = await tx
    .select({ fen: branchDuesSettings.farmerAmountFen })
    .from(branchDuesSettings)
    .where(eq(branchDuesSettings.orgId, orgId));
  return row?.fen ?? null;
}

/** Groups rows by person, keeping their order. */
function byPerson<R extends { personId: number }>(rows: readonly R[]): Map<number, R[]> {
  const map = new Map<number, R[]>();
  for (const row of rows) {
    const list = map.get(row.personId);
    if (list) list.push(row);
    else map.set(row.personId, [row]);
  }
  return map;
}

/**
 * Everything the rules need about some members, in a few set-based queries whatever their number (the
 * phone collection round marks a whole branch at once). With `months`, payments and generated rows are read
 * for those months only.
 */
export async function loadMembersDues(
  tx: Tx,
  people: readonly PersonRow[],
  months?: readonly MonthKey[],
): Promise<Map<number, MemberDues>> {
  const result = new Map<number, MemberDues>();
  if (people.length === 0) return result;
  const ids = people.map((p) => p.id);
  const orgIds = [...new Set(people.map((p) => p.orgId))];
  const settings = await tx
    .select({ orgId: branchDuesSettings.orgId, fen: branchDuesSettings.farmerAmountFen })
    .from(branchDuesSettings)
    .where(inArray(branchDuesSettings.orgId, orgIds));
  const bases = await tx
    .select()
    .from(duesBases)
    .where(inArray(duesBases.personId, ids))
    .orderBy(asc(duesBases.id));
  const hardships = await tx
    .select()
    .from(duesHardships)
    .where(inArray(duesHardships.personId, ids))
    .orderBy(asc(duesHardships.id));
  const monthFilter = (column: typeof duesPayments.month | typeof duesDue.month) =>
    months ? [inArray(column, [...months])] : [];
  const payments = await tx
    .select()
    .from(duesPayments)
    .where(and(inArray(duesPayments.personId, ids), ...monthFilter(duesPayments.month)))
    .orderBy(asc(duesPayments.month), asc(duesPayments.id));
  const due = await tx
    .select({
      personId: duesDue.personId,
      month: duesDue.month,
      amountFen: duesDue.amountFen,
      hardship: duesDue.hardship,
    })
    .from(duesDue)
    .where(and(inArray(duesDue.personId, ids), ...monthFilter(duesDue.month)));
  const farmer = new Map(settings.map((s) => [s.orgId, s.fen]));
  const basesOf = byPerson(bases);
  const hardshipsOf = byPerson(hardships);
  const paymentsOf = byPerson(payments);
  const dueOf = byPerson(due);
  for (const person of people) {
    const startMonth = startMonthOf(person.admissionDate);
    const farmerAmountFen = farmer.get(person.orgId) ?? null;
    const storedBases = basesOf.get(person.id) ?? [];
    result.set(person.id, {
      person,
      startMonth,
      farmerAmountFen,
      storedBases,
      hardships: hardshipsOf.get(person.id) ?? [],
      bases: effectiveBases(person.personKind, startMonth, storedBases, farmerAmountFen),
      payments: paymentsOf.get(person.id) ?? [],
      dueRows: new Map(
        (dueOf.get(person.id) ?? []).map((d) => [d.month, { amountFen: d.amountFen, hardship: d.hardship }]),
      ),
    });
  }
  return result;
}

export async function loadMemberDues(tx: Tx, person: PersonRow): Promise<MemberDues> {
  return (await loadMembersDues(tx, [person])).get(person.id)!;
}

/** The ledger's amount for a month: the generated row when there is one, else what the rules give. */
export function dueForMonth(data: MemberDues, month: MonthKey): number | null {
  return data.dueRows.get(month)?.amountFen ?? computedDue(month, data.bases, data.hardships);
}

export const asCorePayments = (rows: readonly PaymentRow[]) =>
  rows
    .filter((p) => p.kind === 'regular' || p.kind === 'reversal')
    .map((p) => ({
      id: p.id,
      month: p.month,
      amountFen: p.amountFen,
      kind: p.kind as DuesPaymentKind,
      reversesId: p.reversesId,
    }));

/**
 * Where the member's ledger begins: the first generated or paid month, never before admission (F9). Months
 * before Jiceng kept the ledger are not shown as owed, or every imported member would be in arrears.
 */
export function ledgerStart(data: MemberDues, today: IsoDate): MonthKey {
  const months = [...data.dueRows.keys(), ...data.payments.map((p) => p.month)].sort(compareMonth);
  const first = months[0] ?? monthOf(today);
  return compareMonth(first, data.startMonth) < 0 ? data.startMonth : first;
}

function reasonMonths(data: MemberDues): MonthKey[] {
  const months = new Set<MonthKey>();
  for (const [month, row] of data.dueRows) if (row.hardship) months.add(month);
  for (const h of data.hardships) for (const m of monthsBetween(h.fromMonth, h.toMonth)) months.add(m);
  return [...months];
}

/** F12 and the reminder: over the generated months that owe money, up to last month. */
export function memberArrears(data: MemberDues, today: IsoDate): DuesArrears {
  const through = previousMonth(monthOf(today));
  const due = [...data.dueRows]
    .filter(([month, row]) => row.amountFen > 0 && compareMonth(month, data.startMonth) >= 0)
    .map(([month]) => month);
  return arrears(due, paidMonths(asCorePayments(data.payments)), through, reasonMonths(data));
}

export function memberLedger(data: MemberDues, today: IsoDate): DuesLedgerRow[] {
  return duesLedger({
    startMonth: ledgerStart(data, today),
    throughMonth: monthOf(today),
    payments: asCorePayments(data.payments),
    dueFor: (month) => dueForMonth(data, month),
  });
}

/** F13: the month a transfer letter records dues as paid up to. */
export function memberPaidUpTo(data: MemberDues, today: IsoDate): MonthKey | null {
  return transferPaidUpTo(asCorePayments(data.payments), {
    startMonth: ledgerStart(data, today),
    exemptMonths: exemptMonthsOf(data.hardships),
  });
}
