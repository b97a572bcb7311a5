import {
  maskIdNumber,
  maskPhone,
  type ConsentWay,
  type HelperRole,
  type HelpKind,
  type Household,
  type HouseholdSituation,
  type Pairing,
  type PairingEndReason,
  type Visit,
} from '@jiceng/core';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';
import { pairingHouseholds, pairings, pairingVisits } from './schema';

interface HelperJson {
  pairingId: number;
  personId: number;
  name: string;
  role: HelperRole;
  startedOn: string;
}

/** The open pairings of the household in `h`, as JSON. */
const helpersOf = sql<HelperJson[] | null>`(
  SELECT json_agg(json_build_object('pairingId', pr.id, 'personId', pe.id, 'name', pe.name,
                                    'role', pr.helper_role, 'startedOn', pr.started_on) ORDER BY pr.id)
    FROM pairings pr JOIN persons pe ON pe.id = pr.helper_person_id
   WHERE pr.household_id = ${pairingHouseholds.id} AND pr.ended_on IS NULL)`;

const lastVisitOf = sql<string | null>`(
  SELECT max(v.visited_on)::text FROM pairing_visits v
   WHERE v.household_id = ${pairingHouseholds.id} AND v.voided_at IS NULL)`;

/** Households matching `where` (over pairing_households and orgs), by village then head's name. */
export async function loadHouseholds(
  tx: Tx,
  cipher: DataCipher,
  where: SQL | undefined,
  options: { unmasked?: boolean; limit?: number; offset?: number } = {},
): Promise<Household[]> {
  const query = tx
    .select({ h: pairingHouseholds, orgName: orgs.name, helpers: helpersOf, lastVisitOn: lastVisitOf })
    .from(pairingHouseholds)
    .innerJoin(orgs, eq(orgs.id, pairingHouseholds.orgId))
    .where(where)
    .orderBy(orgs.path, pairingHouseholds.headName, pairingHouseholds.id);
  const rows = await (options.limit !== undefined
    ? query.limit(options.limit).offset(options.offset ?? 0)
    : query);
  const reveal = (sealed: string | null, mask: (plain: string) => string) => {
    if (sealed === null) return null;
    const plain = cipher.decrypt(sealed);
    return options.unmasked ? plain : mask(plain);
  };
  return rows.map(({ h, orgName, helpers, lastVisitOn }) => ({
    id: h.id,
    orgId: h.orgId,
    orgName,
    headName: h.headName,
    idNumber: reveal(h.idNumberEnc, maskIdNumber),
    phone: reveal(h.phoneEnc, maskPhone),
    address: h.address,
    peopleCount: h.peopleCount,
    situations: h.situations as HouseholdSituation[],
    note: h.note,
    consent:
      h.consentedOn === null
        ? null
        : {
            consentedOn: h.consentedOn,
            way: h.consentWay as ConsentWay,
            recordedByName: h.consentRecordedByName ?? '',
            note: h.consentNote,
          },
    closedOn: h.closedOn,
    closeReason: h.closeReason,
    helpers: (helpers ?? []).map((x) => ({
      ...x,
      pairingId: Number(x.pairingId),
      personId: Number(x.personId),
    })),
    lastVisitOn,
    createdAt: h.createdAt.toISOString(),
  }));
}

export async function loadHousehold(
  tx: Tx,
  cipher: DataCipher,
  id: number,
  unmasked = false,
): Promise<Household> {
  const [household] = await loadHouseholds(tx, cipher, eq(pairingHouseholds.id, id), { unmasked });
  return household!;
}

const helperOrgs = alias(orgs, 'helper_orgs');

/** Pairings matching `where` (over pairings, households, their orgs and the helper), open ones first. */
export async function loadPairings(tx: Tx, where: SQL | undefined): Promise<Pairing[]> {
  const rows = await tx
    .select({
      p: pairings,
      headName: pairingHouseholds.headName,
      orgId: pairingHouseholds.orgId,
      orgName: orgs.name,
      helperName: persons.name,
      helperOrgName: helperOrgs.name,
      lastVisitOn: sql<string | null>`(SELECT max(v.visited_on)::text FROM pairing_visits v
        WHERE v.pairing_id = ${pairings.id} AND v.voided_at IS NULL)`,
    })
    .from(pairings)
    .innerJoin(pairingHouseholds, eq(pairingHouseholds.id, pairings.householdId))
    .innerJoin(orgs, eq(orgs.id, pairingHouseholds.orgId))
    .innerJoin(persons, eq(persons.id, pairings.helperPersonId))
    .innerJoin(helperOrgs, eq(helperOrgs.id, persons.orgId))
    .where(where)
    .orderBy(sql`${pairings.endedOn} IS NOT NULL`, orgs.path, pairingHouseholds.headName, pairings.id);
  return rows.map(({ p, ...r }) => ({
    id: p.id,
    householdId: p.householdId,
    headName: r.headName,
    orgId: r.orgId,
    orgName: r.orgName,
    helperPersonId: p.helperPersonId,
    helperName: r.helperName,
    helperOrgName: r.helperOrgName,
    helperRole: p.helperRole as HelperRole,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    endReason: p.endReason as PairingEndReason | null,
    endNote: p.endNote,
    note: p.note,
    active: p.endedOn === null,
    lastVisitOn: r.lastVisitOn,
  }));
}

export async function loadPairing(tx: Tx, id: number): Promise<Pairing> {
  const [pairing] = await loadPairings(tx, eq(pairings.id, id));
  return pairing!;
}

/** The FROM of a visit list: visits with their household, its org, the visitor and who recorded it. */
export function visitsFrom(tx: Tx) {
  return tx
    .select({
      v: pairingVisits,
      headName: pairingHouseholds.headName,
      orgName: orgs.name,
      visitorName: persons.name,
      recordedByName: users.displayName,
    })
    .from(pairingVisits)
    .innerJoin(pairingHouseholds, eq(pairingHouseholds.id, pairingVisits.householdId))
    .innerJoin(orgs, eq(orgs.id, pairingHouseholds.orgId))
    .innerJoin(persons, eq(persons.id, pairingVisits.visitorPersonId))
    .leftJoin(users, eq(users.id, pairingVisits.recordedBy));
}

type VisitJoin = Awaited<ReturnType<ReturnType<typeof visitsFrom>['execute']>>[number];

export function toVisit({ v, ...r }: VisitJoin): Visit {
  return {
    id: v.id,
    householdId: v.householdId,
    headName: r.headName,
    orgName: r.orgName,
    pairingId: v.pairingId,
    visitorPersonId: v.visitorPersonId,
    visitorName: r.visitorName,
    visitedOn: v.visitedOn,
    notes: v.notes,
    helpKinds: v.helpKinds as HelpKind[],
    moneyFen: v.moneyFen,
    goodsFen: v.goodsFen,
    goodsDescription: v.goodsDescription,
    bySelf: v.bySelf,
    recordedByName: r.recordedByName,
    voidedAt: v.voidedAt?.toISOString() ?? null,
    voidReason: v.voidReason,
    createdAt: v.createdAt.toISOString(),
  };
}

/** Visits matching `where`, newest first. */
export async function loadVisits(
  tx: Tx,
  where: SQL | undefined,
  page?: { limit: number; offset: number },
): Promise<Visit[]> {
  const query = visitsFrom(tx).where(where).orderBy(desc(pairingVisits.visitedOn), desc(pairingVisits.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map(toVisit);
}

export async function loadVisit(tx: Tx, id: number): Promise<Visit> {
  const [visit] = await loadVisits(tx, eq(pairingVisits.id, id));
  return visit!;
}
