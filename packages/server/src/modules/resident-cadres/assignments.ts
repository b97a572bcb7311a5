import {
  cadreKey,
  chinaToday,
  endViolation,
  type CadreAssignment,
  type CadreAssignmentDetail,
  type CadreAssignmentEnd,
  type CadreAssignmentInput,
  type CadreAssignmentsQuery,
  type CadreAssignmentUpdate,
  type CadreMode,
} from '@jiceng/core';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { badRequest, conflict, ruleViolated } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { requireAssignment } from './access';
import { checkAssignmentRules } from './rules-check';
import { residentCadreAssignments as a, residentCadrePresence } from './schema';
import { loadAssignments, loadPresence, loadTasks, villageOrg } from './views';
import { requireDispatcher, requireVillage } from './village';

export async function loadAssignment(
  tx: Tx,
  cipher: DataCipher,
  id: number,
  options: { today?: string; unmasked?: boolean } = {},
): Promise<CadreAssignment> {
  const [view] = await loadAssignments(tx, cipher, eq(a.id, id), options);
  return view!;
}

/** 选派: a cadre to a village in a mode for a period (R1–R3 checked against what is on record). */
export async function createAssignment(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: CadreAssignmentInput,
): Promise<CadreAssignment> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const village = await requireVillage(tx, actor, input.villageOrgId);
    await requireDispatcher(tx, village.tenantOrgId, input.dispatchedByOrgId);
    let name = input.name?.trim() ?? '';
    if (input.personId != null) {
      // Reading the archive record is enough: the cadre works in the village, not in the person's branch.
      const { person } = await requirePerson(tx, actor, 'person.read', input.personId);
      name = person.name;
    }
    const phone = input.personId == null && input.phone ? input.phone : null;
    const phoneHash = phone ? cipher.lookupHash(phone) : null;
    const key = cadreKey({ personId: input.personId ?? null, phoneHash, name, workUnit: input.workUnit });
    const firstSecretary = input.firstSecretary ?? false;
    await checkAssignmentRules(tx, {
      cadreKey: key,
      villageOrgId: village.id,
      mode: input.mode,
      firstSecretary,
      from: input.from,
      to: input.to ?? null,
    });
    const [row] = await tx
      .insert(a)
      .values({
        tenantOrgId: village.tenantOrgId,
        orgId: village.id,
        personId: input.personId ?? null,
        cadreName: name,
        cadreKey: key,
        workUnit: input.workUnit,
        post: input.post || null,
        phoneEnc: phone ? cipher.encrypt(phone) : null,
        phoneHash,
        mode: input.mode,
        firstSecretary,
        dispatchedByOrgId: input.dispatchedByOrgId,
        periodFrom: input.from,
        periodTo: input.to ?? null,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning({ id: a.id });
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.assigned',
      entityType: 'resident_cadre_assignment',
      entityId: row!.id,
      orgId: village.id,
      summary: {
        after: {
          cadreName: name,
          personId: input.personId ?? null,
          workUnit: input.workUnit,
          mode: input.mode,
          firstSecretary,
          from: input.from,
          to: input.to ?? null,
        },
      },
    });
    return loadAssignment(tx, cipher, row!.id);
  });
}

/** Changes the period's end, the first-secretary flag or the cadre's particulars, re-checking the rules. */
export async function updateAssignment(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: CadreAssignmentUpdate,
): Promise<CadreAssignment> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireAssignment(tx, actor, 'cadre.manage', id, true);
    if (row.state === 'ended') throw conflict('该选派已结束，不能再修改');
    if (input.phone && row.personId !== null) {
      throw conflict('在档人员的手机号以党员档案为准，这里只为档案外的干部填写（phone）', 'phone');
    }
    const to = input.to === undefined ? row.periodTo : input.to;
    if (to !== null && to < row.periodFrom) {
      throw badRequest(`派驻截止日期（to）不能早于开始日期 ${row.periodFrom}`, 'to');
    }
    const firstSecretary = input.firstSecretary ?? row.firstSecretary;
    const phoneChanged = input.phone !== undefined && row.personId === null;
    const phone = phoneChanged ? (input.phone ?? null) : undefined;
    const phoneHash = phone === undefined ? row.phoneHash : phone ? cipher.lookupHash(phone) : null;
    const workUnit = input.workUnit ?? row.workUnit;
    const key = cadreKey({ personId: row.personId, phoneHash, name: row.cadreName, workUnit });
    if (to !== null) {
      const [late] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(residentCadrePresence)
        .where(
          and(eq(residentCadrePresence.assignmentId, id), sql`${residentCadrePresence.date} > ${to}::date`),
        );
      if (late!.n > 0) {
        throw conflict(`已有 ${late!.n} 天在村记录晚于新的截止日期 ${to}，请先核对在村记录`, 'to');
      }
    }
    await checkAssignmentRules(tx, {
      id,
      cadreKey: key,
      villageOrgId: row.orgId,
      mode: row.mode as CadreMode,
      firstSecretary,
      from: row.periodFrom,
      to,
    });
    const before = {
      to: row.periodTo,
      firstSecretary: row.firstSecretary,
      workUnit: row.workUnit,
      post: row.post,
      note: row.note,
    };
    const after = {
      to,
      firstSecretary,
      workUnit,
      post: input.post === undefined ? row.post : input.post || null,
      note: input.note === undefined ? row.note : input.note || null,
    };
    await tx
      .update(a)
      .set({
        periodTo: to,
        firstSecretary,
        workUnit,
        post: after.post,
        note: after.note,
        cadreKey: key,
        ...(phone === undefined ? {} : { phoneEnc: phone ? cipher.encrypt(phone) : null, phoneHash }),
        updatedAt: new Date(),
      })
      .where(eq(a.id, id));
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.updated',
      entityType: 'resident_cadre_assignment',
      entityId: id,
      orgId: row.orgId,
      // The phone itself never enters the audit log; that it changed does.
      summary: { ...diff(before, after), ...(phoneChanged ? { phoneChanged: true } : {}) },
    });
    return loadAssignment(tx, cipher, id);
  });
}

/** Ends an assignment on a date with a reason; the period then ends on that date. */
export async function endAssignment(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: CadreAssignmentEnd,
  today: string,
): Promise<CadreAssignment> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireAssignment(tx, actor, 'cadre.manage', id, true);
    if (row.state === 'ended') throw conflict('该选派已结束');
    const violation = endViolation(input.endedOn, { from: row.periodFrom, to: row.periodTo }, today);
    if (violation) throw ruleViolated(violation);
    const [late] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(residentCadrePresence)
      .where(
        and(
          eq(residentCadrePresence.assignmentId, id),
          sql`${residentCadrePresence.date} > ${input.endedOn}::date`,
        ),
      );
    if (late!.n > 0) {
      throw conflict(`已有 ${late!.n} 天在村记录晚于结束日期 ${input.endedOn}，请核对结束日期`, 'endedOn');
    }
    await tx
      .update(a)
      .set({
        state: 'ended',
        endedOn: input.endedOn,
        endReason: input.reason,
        periodTo: input.endedOn,
        updatedAt: new Date(),
      })
      .where(eq(a.id, id));
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.ended',
      entityType: 'resident_cadre_assignment',
      entityId: id,
      orgId: row.orgId,
      summary: { endedOn: input.endedOn, reason: input.reason, plannedTo: row.periodTo },
    });
    return loadAssignment(tx, cipher, id, { today });
  });
}

/** Assignments within reach (service.read over the village), under an org, by mode, state and flag. */
export async function listAssignments(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: CadreAssignmentsQuery,
  today: string = chinaToday(),
): Promise<CadreAssignment[]> {
  const actor = requirePermission(ctx, 'service.read');
  const scope = scopeOf(actor, 'service.read');
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [inScope(villageOrg.path, scope)];
    if (query.orgId) {
      const root = await complianceRootOrg(tx, scope, query.orgId);
      conditions.push(sql`${villageOrg.path} LIKE ${root.path + '%'}`);
    }
    if (query.mode) conditions.push(eq(a.mode, query.mode));
    if (query.state) conditions.push(eq(a.state, query.state));
    if (query.firstSecretary !== undefined) conditions.push(eq(a.firstSecretary, query.firstSecretary));
    return loadAssignments(tx, cipher, and(...conditions)!, { today });
  });
}

/**
 * One assignment with its presence log and tasks. The cadre's whole phone needs person.unmask over the
 * village and is recorded in the audit log.
 */
export async function getAssignment(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  unmasked: boolean,
  today: string = chinaToday(),
): Promise<CadreAssignmentDetail> {
  const actor = requirePermission(ctx, unmasked ? 'person.unmask' : 'service.read');
  return db.transaction(async (tx) => {
    const { row } = await requireAssignment(tx, actor, unmasked ? 'person.unmask' : 'service.read', id);
    if (unmasked) {
      await recordAudit(tx, ctx, {
        action: 'resident_cadre.unmasked_viewed',
        entityType: 'resident_cadre_assignment',
        entityId: id,
        orgId: row.orgId,
        summary: { fields: ['phone'] },
      });
    }
    return {
      assignment: await loadAssignment(tx, cipher, id, { today, unmasked }),
      presence: await loadPresence(tx, id),
      tasks: await loadTasks(tx, id),
    };
  });
}
