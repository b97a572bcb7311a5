import {
  chinaToday,
  normalizeIdNumber,
  type ConsentInput,
  type Household,
  type HouseholdClose,
  type HouseholdInput,
  type HouseholdPage,
  type HouseholdsQuery,
  type HouseholdUpdate,
} from '@jiceng/core';
import { and, eq, ilike, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { badRequest, conflict } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { requireHousehold, tenantOf } from './access';
import { mutualAidEntries, pairingHouseholds, pairings } from './schema';
import { loadHousehold, loadHouseholds } from './views';

/** Households live in village or community orgs: those are where the people helped are. */
const RESIDENT_UNIT_KINDS = ['village', 'community'];

async function requireVillage(tx: Tx, actor: Actor, orgId: number) {
  const org = await requireOrg(tx, actor, 'service.manage', orgId);
  const [row] = await tx.select({ unitKind: orgs.unitKind }).from(orgs).where(eq(orgs.id, org.id));
  if (!RESIDENT_UNIT_KINDS.includes(row?.unitKind ?? '')) {
    throw badRequest(`帮扶对象应登记在村（社区）党组织下，“${org.name}”不是农村或社区党组织`, 'orgId');
  }
  return org;
}

function sealed(cipher: DataCipher, value: string | null | undefined) {
  return value ? { enc: cipher.encrypt(value), hash: cipher.lookupHash(value) } : { enc: null, hash: null };
}

export async function createHousehold(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: HouseholdInput,
): Promise<Household> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const org = await requireVillage(tx, actor, input.orgId);
    const idNumber = sealed(cipher, input.idNumber);
    if (idNumber.hash) {
      const [same] = await tx
        .select({ id: pairingHouseholds.id })
        .from(pairingHouseholds)
        .where(and(eq(pairingHouseholds.idNumberHash, idNumber.hash), isNull(pairingHouseholds.closedOn)));
      if (same) throw conflict('已有相同户主身份证号的帮扶对象，请勿重复登记', 'idNumber');
    }
    const phone = sealed(cipher, input.phone);
    const [row] = await tx
      .insert(pairingHouseholds)
      .values({
        tenantOrgId: await tenantOf(tx, org.id),
        orgId: org.id,
        headName: input.headName,
        idNumberEnc: idNumber.enc,
        idNumberHash: idNumber.hash,
        phoneEnc: phone.enc,
        phoneHash: phone.hash,
        address: input.address,
        peopleCount: input.peopleCount,
        situations: input.situations,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning({ id: pairingHouseholds.id });
    await recordAudit(tx, ctx, {
      action: 'pairing.household_created',
      entityType: 'pairing_household',
      entityId: row!.id,
      orgId: org.id,
      summary: {
        after: {
          headName: input.headName,
          peopleCount: input.peopleCount,
          situations: input.situations,
          hasIdNumber: idNumber.enc !== null,
          hasPhone: phone.enc !== null,
        },
      },
    });
    return loadHousehold(tx, cipher, row!.id);
  });
}

export async function updateHousehold(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: HouseholdUpdate,
): Promise<Household> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.manage', id, true);
    if (input.orgId !== undefined && input.orgId !== household.orgId)
      await requireVillage(tx, actor, input.orgId);
    const changes: Partial<typeof pairingHouseholds.$inferInsert> = { updatedAt: new Date() };
    const changed: string[] = [];
    const plain = ['orgId', 'headName', 'address', 'peopleCount', 'situations', 'note'] as const;
    for (const key of plain) {
      if (input[key] === undefined) continue;
      Object.assign(changes, { [key]: input[key] === '' ? null : input[key] });
      changed.push(key);
    }
    if (input.idNumber !== undefined) {
      const s = sealed(cipher, input.idNumber);
      Object.assign(changes, { idNumberEnc: s.enc, idNumberHash: s.hash });
      changed.push('idNumber');
    }
    if (input.phone !== undefined) {
      const s = sealed(cipher, input.phone);
      Object.assign(changes, { phoneEnc: s.enc, phoneHash: s.hash });
      changed.push('phone');
    }
    await tx.update(pairingHouseholds).set(changes).where(eq(pairingHouseholds.id, id));
    await recordAudit(tx, ctx, {
      action: 'pairing.household_updated',
      entityType: 'pairing_household',
      entityId: id,
      orgId: (changes.orgId as number | undefined) ?? household.orgId,
      // Which fields changed, never the personal data itself.
      summary: { changed },
    });
    return loadHousehold(tx, cipher, id);
  });
}

export async function recordConsent(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: ConsentInput,
): Promise<Household> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.manage', id, true);
    if (input.consentedOn > chinaToday())
      throw badRequest('同意日期（consentedOn）不能晚于今天', 'consentedOn');
    const [firstPairing] = await tx
      .select({ startedOn: sql<string>`min(${pairings.startedOn})::text` })
      .from(pairings)
      .where(eq(pairings.householdId, id));
    if (firstPairing?.startedOn && input.consentedOn > firstPairing.startedOn) {
      throw badRequest(
        `同意日期（consentedOn）不能晚于已有结对的开始日期 ${firstPairing.startedOn}`,
        'consentedOn',
      );
    }
    await tx
      .update(pairingHouseholds)
      .set({
        consentedOn: input.consentedOn,
        consentWay: input.way,
        consentRecordedByName: input.recordedByName,
        consentNote: input.note || null,
        consentRecordedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(pairingHouseholds.id, id));
    await recordAudit(tx, ctx, {
      action: 'pairing.consent_recorded',
      entityType: 'pairing_household',
      entityId: id,
      orgId: household.orgId,
      summary: {
        before: household.consentedOn
          ? { consentedOn: household.consentedOn, way: household.consentWay }
          : null,
        after: { consentedOn: input.consentedOn, way: input.way, recordedByName: input.recordedByName },
      },
    });
    return loadHousehold(tx, cipher, id);
  });
}

/** Takes a household out of the programme: its open pairings end the same day, its history stays. */
export async function closeHousehold(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: HouseholdClose,
): Promise<Household> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.manage', id, true);
    if (household.closedOn) throw conflict(`该帮扶对象已于 ${household.closedOn} 退出帮扶`);
    if (input.closedOn > chinaToday()) throw badRequest('退出日期（closedOn）不能晚于今天', 'closedOn');
    const [late] = await tx
      .select({ startedOn: pairings.startedOn })
      .from(pairings)
      .where(
        and(
          eq(pairings.householdId, id),
          isNull(pairings.endedOn),
          sql`${pairings.startedOn} > ${input.closedOn}`,
        ),
      )
      .limit(1);
    if (late) throw badRequest(`退出日期（closedOn）不能早于结对开始日期 ${late.startedOn}`, 'closedOn');
    await tx
      .update(pairingHouseholds)
      .set({ closedOn: input.closedOn, closeReason: input.reason, updatedAt: new Date() })
      .where(eq(pairingHouseholds.id, id));
    const ended = await tx
      .update(pairings)
      .set({
        endedOn: input.closedOn,
        endReason: 'other',
        endNote: `帮扶对象退出：${input.reason}`,
        endedBy: actor.userId,
      })
      .where(and(eq(pairings.householdId, id), isNull(pairings.endedOn)))
      .returning({ id: pairings.id });
    await recordAudit(tx, ctx, {
      action: 'pairing.household_closed',
      entityType: 'pairing_household',
      entityId: id,
      orgId: household.orgId,
      summary: {
        after: { closedOn: input.closedOn, reason: input.reason },
        endedPairings: ended.map((p) => p.id),
      },
    });
    return loadHousehold(tx, cipher, id);
  });
}

/** Only a household entered by mistake is deleted: one with no pairing and no grant on record. */
export async function deleteHousehold(db: Db, ctx: RequestContext, id: number): Promise<void> {
  const actor = requirePermission(ctx, 'service.manage');
  await db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.manage', id, true);
    const [paired] = await tx
      .select({ id: pairings.id })
      .from(pairings)
      .where(eq(pairings.householdId, id))
      .limit(1);
    const [granted] = await tx
      .select({ id: mutualAidEntries.id })
      .from(mutualAidEntries)
      .where(eq(mutualAidEntries.householdId, id))
      .limit(1);
    if (paired || granted) {
      throw conflict('该帮扶对象已有结对或互助金记录，不能删除；如已不需帮扶，请办理退出');
    }
    await tx.delete(pairingHouseholds).where(eq(pairingHouseholds.id, id));
    await recordAudit(tx, ctx, {
      action: 'pairing.household_deleted',
      entityType: 'pairing_household',
      entityId: id,
      orgId: household.orgId,
      summary: { before: { headName: household.headName } },
    });
  });
}

/** One household; the unmasked view needs person.unmask and writes an audit row, like a person's. */
export async function getHousehold(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  unmasked: boolean,
): Promise<Household> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.read', id);
    if (unmasked) {
      await requireHousehold(tx, actor, 'person.unmask', id);
      await recordAudit(tx, ctx, {
        action: 'pairing.household_unmasked_viewed',
        entityType: 'pairing_household',
        entityId: id,
        orgId: household.orgId,
        summary: { fields: ['idNumber', 'phone'] },
      });
    }
    return loadHousehold(tx, cipher, id, unmasked);
  });
}

/** A head's name fragment, or an exact phone or ID number found through its keyed hash (never decrypted). */
function searchCondition(cipher: DataCipher, q: string): SQL {
  const asId = normalizeIdNumber(q);
  if (/^[0-9]{17}[0-9X]$/.test(asId)) return eq(pairingHouseholds.idNumberHash, cipher.lookupHash(asId));
  if (/^1[0-9]{10}$/.test(q)) return eq(pairingHouseholds.phoneHash, cipher.lookupHash(q));
  return ilike(pairingHouseholds.headName, `%${q.replace(/[%_\\]/g, '\\$&')}%`);
}

/** The subtree filter of a list: the org (an ancestor of the reach is accepted) and the reach itself. */
export async function subtreeWhere(tx: Tx, actor: Actor, orgId: number | undefined): Promise<SQL[]> {
  const scope = scopeOf(actor, 'service.read');
  const conditions = [inScope(orgs.path, scope)];
  if (orgId) {
    const root = await complianceRootOrg(tx, scope, orgId);
    conditions.push(sql`${orgs.path} LIKE ${root.path + '%'}`);
  }
  return conditions;
}

export async function listHouseholds(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: HouseholdsQuery,
): Promise<HouseholdPage> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const conditions = await subtreeWhere(tx, actor, query.orgId);
    if (query.status === 'open') conditions.push(isNull(pairingHouseholds.closedOn));
    if (query.status === 'closed') conditions.push(isNotNull(pairingHouseholds.closedOn));
    if (query.q) conditions.push(searchCondition(cipher, query.q));
    if (query.situation)
      conditions.push(sql`${pairingHouseholds.situations} @> ${JSON.stringify([query.situation])}::jsonb`);
    if (query.paired !== undefined) {
      const open = sql`EXISTS (SELECT 1 FROM pairings pr WHERE pr.household_id = ${pairingHouseholds.id}
                                AND pr.ended_on IS NULL)`;
      conditions.push(query.paired ? open : sql`NOT ${open}`);
    }
    const where = and(...conditions);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(pairingHouseholds)
      .innerJoin(orgs, eq(orgs.id, pairingHouseholds.orgId))
      .where(where);
    const items = await loadHouseholds(tx, cipher, where, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { items, total: Number(count?.n ?? 0), page: query.page, pageSize: query.pageSize };
  });
}
