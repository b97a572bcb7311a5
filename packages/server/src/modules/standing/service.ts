import {
  chinaToday,
  checkStandingChange,
  checkSuspensionForLostContact,
  MEMBER_STAGES,
  pathInScope,
  STANDING_CHANGE_LABELS,
  STANDING_LABELS,
  type ContactRegainedInput,
  type ContactSearchInput,
  type LostContactInput,
  type RuleViolation,
  type StandingChangeInput,
  type StandingView,
} from '@jiceng/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import { requirePerson, type PersonRow } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { lockPerson, personEventRows } from '../development/queries';
import { orgs } from '../orgs/schema';
import { appendPersonEvents, type NewPersonEvent } from '../persons/events';
import { persons } from '../persons/schema';
import { movementHistory, stageOf, standingView, type MovementHistory } from './history';

interface Locked {
  person: PersonRow;
  orgPath: string;
  history: MovementHistory;
}

/**
 * Opens a write on one person: reach checked, row locked, then the person and their events read again, so
 * the rules judge the history as it stands under the lock and two writers cannot both pass on stale state.
 */
async function lockedPerson(tx: Tx, actor: Actor, personId: number): Promise<Locked> {
  const { orgPath } = await requirePerson(tx, actor, 'person.manage', personId);
  await lockPerson(tx, personId);
  const [person] = await tx.select().from(persons).where(eq(persons.id, personId));
  return { person: person!, orgPath, history: movementHistory(await personEventRows(tx, personId)) };
}

async function viewAfter(tx: Tx, personId: number): Promise<StandingView> {
  const [person] = await tx
    .select({ id: persons.id, stage: persons.stage })
    .from(persons)
    .where(eq(persons.id, personId));
  return standingView(person!, await personEventRows(tx, personId));
}

/** Refuses with every violation (422), before anything is written. */
function refuseIf(violations: RuleViolation[]): void {
  if (violations.length > 0) throw new StepRefused(violations);
}

function refuse(violation: RuleViolation): never {
  throw new StepRefused([violation]);
}

/**
 * The org that decided the change: the person's own unless another is named, which must be one the actor
 * can see, and the person's org or one above it (a committee decides for the branches under it).
 */
async function decidingOrg(
  tx: Tx,
  actor: Actor,
  person: PersonRow,
  personOrgPath: string,
  orgId: number | undefined,
): Promise<{ id: number; name: string }> {
  const [org] = await tx
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(and(eq(orgs.id, orgId ?? person.orgId), isNull(orgs.dissolvedAt)));
  if (!org || (orgId !== undefined && !pathInScope(scopeOf(actor, 'org.read'), org.path))) {
    throw notFound('组织');
  }
  if (!personOrgPath.startsWith(org.path)) {
    throw badRequest('决定组织须为该人员所在的组织或其上级组织', 'decidingOrgId');
  }
  return { id: org.id, name: org.name };
}

export async function getStanding(db: Db, ctx: RequestContext, personId: number): Promise<StandingView> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'person.read', personId);
    return standingView(person, await personEventRows(tx, personId));
  });
}

/** T10–T15: records one standing change after the rules have judged it; a refusal writes nothing. */
export async function recordStandingChange(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: StandingChangeInput,
): Promise<StandingView> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, orgPath, history } = await lockedPerson(tx, actor, personId);
    if (input.change === 'probation_cancelled') {
      // One way in: D19 ends the development record too, so it is recorded there and nowhere else.
      refuse({
        rule: 'development.md D19',
        field: 'change',
        message: '取消预备党员资格是发展党员流程的一步（D19），请在“发展党员”页签中记录',
      });
    }
    const org = await decidingOrg(tx, actor, person, orgPath, input.decidingOrgId);
    const { standing, since, suspendedOn } = history.standing;
    const violations = checkStandingChange(
      { stage: stageOf(person.stage), standing, lastChangeOn: since, suspendedOn },
      {
        change: input.change,
        date: input.date,
        decisionRef: input.decisionRef,
        approvingOrgName: input.approvingOrgName,
      },
      today,
    );
    const lostSince = standing === 'active' ? history.openLostSince : null;
    const blocked = violations.some((v) => v.field === 'change');
    if (input.change === 'suspended_standing' && lostSince && !blocked) {
      // T10: a lost member is suspended only after 6 months and a recorded search.
      violations.push(
        ...checkSuspensionForLostContact({ since: lostSince, searches: history.searches }, input.date),
      );
    }
    refuseIf(violations);

    const events: NewPersonEvent[] = [
      {
        type: 'standing_changed',
        occurredOn: input.date,
        orgId: org.id,
        details: {
          change: input.change,
          decidingOrgId: org.id,
          decisionRef: input.decisionRef ?? null,
          approvingOrgName: input.approvingOrgName ?? null,
          note: input.note ?? null,
        },
      },
    ];
    if (input.change === 'restored' && history.openLostSince) {
      // T12: the member came back; without this the old lost period would count again once active.
      events.push({
        type: 'contact_regained',
        occurredOn: input.date,
        orgId: org.id,
        details: { note: '恢复党籍', source: 'restored' },
      });
    }
    await appendPersonEvents(tx, person, actor.userId, events);
    await recordAudit(tx, ctx, {
      action: 'standing.changed',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: {
        change: input.change,
        label: STANDING_CHANGE_LABELS[input.change],
        date: input.date,
        before: standing,
        decidingOrgId: org.id,
        decisionRef: input.decisionRef ?? null,
        approvingOrgName: input.approvingOrgName ?? null,
      },
    });
    return viewAfter(tx, personId);
  });
}

function dateViolations(date: string, field: string, today: string, from: string | null, fromWhat: string) {
  const violations: RuleViolation[] = [];
  if (date > today) {
    violations.push({ rule: 'transfers.md T10', field, message: `日期（${date}）不能晚于今天` });
  }
  if (from && date < from) {
    violations.push({
      rule: 'transfers.md T10',
      field,
      message: `日期（${date}）不能早于${fromWhat}（${from}）`,
      allowedFrom: from,
    });
  }
  return violations;
}

/** T10: the branch cannot reach a member in normal standing; the six months count from `since`. */
export async function markLostContact(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: LostContactInput,
): Promise<StandingView> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, history } = await lockedPerson(tx, actor, personId);
    const stage = stageOf(person.stage);
    const { standing } = history.standing;
    if (!stage || !MEMBER_STAGES.includes(stage)) {
      refuse({ rule: 'transfers.md T10', message: '不是党员，不能登记为失联党员' });
    }
    if (standing !== 'active') {
      refuse({
        rule: 'transfers.md T10',
        message: `党籍状态为“${STANDING_LABELS[standing]}”，不能登记为失联党员`,
      });
    }
    if (history.openLostSince) {
      refuse({ rule: 'transfers.md T10', message: `已登记为失联党员（失联时间 ${history.openLostSince}）` });
    }
    // A lost period marked before the last regained contact would be closed by it at once.
    refuseIf(dateViolations(input.since, 'since', today, history.lastRegainedOn, '上次恢复联系日期'));
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'lost_contact_marked',
        occurredOn: input.since,
        orgId: person.orgId,
        details: { note: input.note ?? null },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'standing.lost_contact_marked',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: { since: input.since },
    });
    return viewAfter(tx, personId);
  });
}

function requireLost(history: MovementHistory): string {
  const lostSince = history.standing.standing === 'active' ? history.openLostSince : null;
  return lostSince ?? refuse({ rule: 'transfers.md T10', message: '该党员未登记为失联党员' });
}

/** T10: one attempt to reach a lost member; the suspension needs at least one. */
export async function recordContactSearch(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: ContactSearchInput,
): Promise<StandingView> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, history } = await lockedPerson(tx, actor, personId);
    const lostSince = requireLost(history);
    refuseIf(dateViolations(input.date, 'date', today, lostSince, '失联时间'));
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'contact_searched',
        occurredOn: input.date,
        orgId: person.orgId,
        details: { method: input.method, result: input.result },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'standing.contact_searched',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: { date: input.date, method: input.method },
    });
    return viewAfter(tx, personId);
  });
}

/** T10: the lost member was reached; the lost period ends and no suspension is due. */
export async function markContactRegained(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: ContactRegainedInput,
): Promise<StandingView> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, history } = await lockedPerson(tx, actor, personId);
    const lostSince = requireLost(history);
    refuseIf(dateViolations(input.date, 'date', today, lostSince, '失联时间'));
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'contact_regained',
        occurredOn: input.date,
        orgId: person.orgId,
        details: { note: input.note ?? null },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'standing.contact_regained',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: { date: input.date, lostSince },
    });
    return viewAfter(tx, personId);
  });
}
