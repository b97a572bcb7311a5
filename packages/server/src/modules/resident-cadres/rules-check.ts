import {
  firstSecretaryModeViolation,
  firstSecretaryViolation,
  stationedOverlapViolation,
  type AssignmentFacts,
  type CadreMode,
} from '@jiceng/core';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { ruleViolated } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { residentCadreAssignments as a } from './schema';

interface Candidate {
  id?: number;
  cadreKey: string;
  villageOrgId: number;
  mode: CadreMode;
  firstSecretary: boolean;
  from: string;
  to: string | null;
}

/**
 * R1–R3 against what is on record. Takes a transaction lock per cadre and per village first, so two
 * requests at once cannot both pass the check (two first secretaries, two stationed villages).
 */
export async function checkAssignmentRules(tx: Tx, candidate: Candidate): Promise<void> {
  const mode = firstSecretaryModeViolation(candidate);
  if (mode) throw ruleViolated(mode);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'resident_cadre:' + candidate.cadreKey}))`);
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${'resident_village:' + candidate.villageOrgId}))`,
  );
  const facts: AssignmentFacts = { ...candidate, state: 'active' };
  const others = (rows: { row: typeof a.$inferSelect; villageName: string }[]): AssignmentFacts[] =>
    rows.map(({ row, villageName }) => ({
      id: row.id,
      mode: row.mode as CadreMode,
      firstSecretary: row.firstSecretary,
      state: row.state as AssignmentFacts['state'],
      from: row.periodFrom,
      to: row.periodTo,
      villageName,
    }));
  const notSelf = candidate.id === undefined ? sql`true` : ne(a.id, candidate.id);
  if (candidate.mode === 'stationed') {
    const sameCadre = await tx
      .select({ row: a, villageName: orgs.name })
      .from(a)
      .innerJoin(orgs, eq(orgs.id, a.orgId))
      .where(and(eq(a.cadreKey, candidate.cadreKey), eq(a.state, 'active'), notSelf));
    const overlap = stationedOverlapViolation(facts, others(sameCadre));
    if (overlap) throw ruleViolated(overlap);
  }
  if (candidate.firstSecretary) {
    const sameVillage = await tx
      .select({ row: a, villageName: orgs.name })
      .from(a)
      .innerJoin(orgs, eq(orgs.id, a.orgId))
      .where(
        and(eq(a.orgId, candidate.villageOrgId), eq(a.firstSecretary, true), eq(a.state, 'active'), notSelf),
      );
    const second = firstSecretaryViolation(facts, others(sameVillage));
    if (second) throw ruleViolated(second);
  }
}
