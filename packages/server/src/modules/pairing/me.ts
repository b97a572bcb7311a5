import {
  chinaToday,
  maskPhone,
  visitOverdueBefore,
  type HouseholdSituation,
  type MyPairings,
} from '@jiceng/core';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor } from '../../auth/access';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { ownPerson } from '../persons/self-service';
import { pairingHouseholds, pairings, pairingVisits } from './schema';
import { loadVisits } from './views';

const RECENT_VISITS = 3;

/**
 * The member's own households: open pairings first, then those that ended this year (their visits may
 * still be logged late), each with the last visits. The phone is masked; the ID number is never shown.
 */
export async function myPairings(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  today = chinaToday(),
): Promise<MyPairings> {
  const actor = requireActor(ctx);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const rows = await tx
      .select({ p: pairings, h: pairingHouseholds, orgName: orgs.name })
      .from(pairings)
      .innerJoin(pairingHouseholds, eq(pairingHouseholds.id, pairings.householdId))
      .innerJoin(orgs, eq(orgs.id, pairingHouseholds.orgId))
      .where(eq(pairings.helperPersonId, person.id))
      .orderBy(desc(pairings.startedOn), desc(pairings.id));
    const shown = rows.filter(({ p }) => p.endedOn === null || p.endedOn >= yearStart);
    const visits = shown.length
      ? await loadVisits(
          tx,
          and(
            inArray(
              pairingVisits.pairingId,
              shown.map(({ p }) => p.id),
            ),
            isNull(pairingVisits.voidedAt),
          ),
        )
      : [];
    const items = shown.map(({ p, h, orgName }) => {
      const own = visits.filter((v) => v.pairingId === p.id);
      return {
        pairingId: p.id,
        householdId: h.id,
        headName: h.headName,
        phone: h.phoneEnc ? maskPhone(cipher.decrypt(h.phoneEnc)) : null,
        address: h.address,
        orgName,
        peopleCount: h.peopleCount,
        situations: h.situations as HouseholdSituation[],
        startedOn: p.startedOn,
        endedOn: p.endedOn,
        active: p.endedOn === null,
        lastVisitOn: own[0]?.visitedOn ?? null,
        visitsThisYear: own.filter((v) => v.visitedOn >= yearStart).length,
        recentVisits: own.slice(0, RECENT_VISITS),
      };
    });
    items.sort((a, b) => Number(b.active) - Number(a.active));
    return { today, overdueBefore: visitOverdueBefore(today), items };
  });
}
