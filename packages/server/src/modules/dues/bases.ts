import {
  chinaToday,
  checkDuesBase,
  checkHardship,
  MEMBER_STAGES,
  type DuesBaseInput,
  type HardshipInput,
  type PersonKind,
  type RuleViolation,
} from '@jiceng/core';
import type { RequestContext } from '../../auth/actor';
import { requireActor, requireOrg, requirePermission } from '../../auth/access';
import { requirePerson, type PersonRow } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { AppError, badRequest } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { ownPerson } from '../persons/self-service';
import {
  computedDue,
  effectiveBases,
  farmerAmountOf,
  loadMemberDues,
  memberPaidUpTo,
  startMonthOf,
} from './member-dues';
import { branchDuesSettings, duesBases, duesHardships } from './schema';
import { declarationsOf } from './declaration-views';
import { refreshDueRows } from './refresh';
import { memberDuesView } from './views';
import type { MemberDuesView } from '@jiceng/core';

export function refuseIf(violations: RuleViolation[]): void {
  if (violations.length > 0) throw new StepRefused(violations);
}

/** Dues are a member's duty (F9): applicants and activists have no ledger. */
export async function requireMember(
  tx: Tx,
  ctx: RequestContext,
  permission: 'dues.read' | 'dues.manage',
  personId: number,
): Promise<PersonRow> {
  const actor = requirePermission(ctx, permission);
  const { person } = await requirePerson(tx, actor, permission, personId);
  if (!person.stage || !(MEMBER_STAGES as readonly string[]).includes(person.stage)) {
    refuseIf([
      {
        rule: 'dues.md F9',
        field: 'personId',
        message: `${person.name}不是党员（含预备党员），无需交纳党费`,
      },
    ]);
  }
  return person;
}

function samePerson(pathId: number, bodyId: number): void {
  if (pathId !== bodyId) throw badRequest('请求内容中的党员与地址中的不一致', 'personId');
}

export async function recordBase(db: Db, ctx: RequestContext, personId: number, input: DuesBaseInput) {
  samePerson(personId, input.personId);
  return db.transaction(async (tx) => {
    const person = await requireMember(tx, ctx, 'dues.manage', personId);
    return writeBase(tx, ctx, person, input);
  });
}

/** Checks and stores a verified base (F10), recomputes the months already generated, and audits it. */
export async function writeBase(
  tx: Tx,
  ctx: RequestContext,
  person: PersonRow,
  input: Omit<DuesBaseInput, 'personId'>,
) {
  const base = {
    year: input.year,
    personKind: input.personKind ?? (person.personKind as PersonKind),
    monthlyIncomeFen: input.monthlyIncomeFen ?? null,
    fixedAmountFen: input.fixedAmountFen ?? null,
    effectiveFromMonth: input.effectiveFromMonth,
  };
  refuseIf(checkDuesBase(base));
  const [row] = await tx
    .insert(duesBases)
    .values({
      ...base,
      tenantOrgId: person.tenantOrgId,
      personId: person.id,
      note: input.note ?? null,
      recordedBy: ctx.actor?.userId ?? null,
    })
    .returning();
  await refreshDueRows(tx, person, base.effectiveFromMonth);
  await recordAudit(tx, ctx, {
    action: 'dues.base_recorded',
    entityType: 'person',
    entityId: person.id,
    orgId: person.orgId,
    summary: { after: base },
  });
  const farmer = await farmerAmountOf(tx, person.orgId);
  const bases = effectiveBases(base.personKind, startMonthOf(person.admissionDate), [row!], farmer);
  return {
    id: row!.id,
    personId: person.id,
    year: row!.year,
    personKind: row!.personKind,
    monthlyIncomeFen: row!.monthlyIncomeFen,
    fixedAmountFen: row!.fixedAmountFen,
    effectiveFromMonth: row!.effectiveFromMonth,
    note: row!.note,
    amountFen: computedDue(row!.effectiveFromMonth, bases, []),
  };
}

export async function recordHardship(db: Db, ctx: RequestContext, personId: number, input: HardshipInput) {
  samePerson(personId, input.personId);
  return db.transaction(async (tx) => {
    const person = await requireMember(tx, ctx, 'dues.manage', personId);
    refuseIf(checkHardship(input));
    const [row] = await tx
      .insert(duesHardships)
      .values({
        personId,
        fromMonth: input.fromMonth,
        toMonth: input.toMonth,
        reducedAmountFen: input.reducedAmountFen,
        reason: input.reason,
        decidedOn: input.decidedOn,
        approvedOn: input.approvedOn ?? null,
        approvedByOrgName: input.approvedByOrgName,
        decisionRef: input.decisionRef || null,
        recordedBy: ctx.actor?.userId ?? null,
      })
      .returning();
    await refreshDueRows(tx, person, input.fromMonth, input.toMonth);
    await recordAudit(tx, ctx, {
      action: 'dues.hardship_recorded',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: { after: input },
    });
    const h = row!;
    return {
      id: h.id,
      personId,
      fromMonth: h.fromMonth,
      toMonth: h.toMonth,
      reducedAmountFen: h.reducedAmountFen,
      reason: h.reason,
      decidedOn: h.decidedOn,
      approvedOn: h.approvedOn,
      approvedByOrgName: h.approvedByOrgName,
      decisionRef: h.decisionRef,
    };
  });
}

/** F5: the farmers' amount is the branch's to set. */
export async function setDuesSettings(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: { farmerAmountFen: number },
): Promise<{ orgId: number; farmerAmountFen: number }> {
  const actor = requirePermission(ctx, 'dues.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'dues.manage', orgId);
    if (org.kind !== 'branch') {
      refuseIf([{ rule: 'dues.md F5', field: 'orgId', message: '农牧渔民党员的交纳金额由党支部确定' }]);
    }
    const before = await farmerAmountOf(tx, orgId);
    const values = { farmerAmountFen: input.farmerAmountFen, updatedBy: actor.userId, updatedAt: new Date() };
    await tx
      .insert(branchDuesSettings)
      .values({ orgId, ...values })
      .onConflictDoUpdate({ target: branchDuesSettings.orgId, set: values });
    await recordAudit(tx, ctx, {
      action: 'dues.settings_updated',
      entityType: 'org',
      entityId: orgId,
      orgId,
      summary: { before: { farmerAmountFen: before }, after: { farmerAmountFen: input.farmerAmountFen } },
    });
    return { orgId, farmerAmountFen: input.farmerAmountFen };
  });
}

export async function getPersonDues(db: Db, ctx: RequestContext, personId: number): Promise<MemberDuesView> {
  return db.transaction(async (tx) => {
    const person = await requireMember(tx, ctx, 'dues.read', personId);
    return memberDuesView(await loadMemberDues(tx, person), chinaToday(), await declarationsOf(tx, person));
  });
}

/** The member on the phone: their own ledger, needing no permission beyond being themselves. */
export async function getOwnDues(db: Db, ctx: RequestContext): Promise<MemberDuesView> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    if (!person.stage || !(MEMBER_STAGES as readonly string[]).includes(person.stage)) {
      throw new AppError(404, 'not_found', '党员（含预备党员）才交纳党费，您的档案没有党费台账');
    }
    return memberDuesView(await loadMemberDues(tx, person), chinaToday(), await declarationsOf(tx, person));
  });
}

/** F13: prefills the transfer letter's "dues paid up to" month. */
export async function getPaidUpTo(
  db: Db,
  ctx: RequestContext,
  personId: number,
): Promise<{ personId: number; paidUpTo: string | null }> {
  return db.transaction(async (tx) => {
    const person = await requireMember(tx, ctx, 'dues.read', personId);
    return { personId, paidUpTo: memberPaidUpTo(await loadMemberDues(tx, person), chinaToday()) };
  });
}
