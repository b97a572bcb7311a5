import { computePoints, type EffectivePointsRule, type PointEntry } from '@jiceng/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import { factsOf } from './facts';
import { chainIdsOf, ownRulesOf, rulesAroundSubtree, rulesResolver } from './rules-chain';
import { pointEntries } from './schema';

/** Serializes every writer of point_entries, so two recomputations never rewrite one person at once. */
const POINTS_WRITE_LOCK = 4711090;
/** Members per round trip: bounds memory and the size of each query for a county of 50,000. */
const BATCH = 2000;
const INSERT_CHUNK = 2000;
/** Members per transaction in the background run: each keeps the embedded database busy for well under a second. */
const STEP_BATCH = 300;

export interface RecomputeSummary {
  persons: number;
  changedPersons: number;
  entries: number;
}

type PersonRow = {
  id: number;
  org_id: number;
  org_path: string;
  tenant_org_id: number;
  counted: boolean;
};

type EntryRow = typeof pointEntries.$inferInsert;

/** Members (probationary and full, in good standing, not gone) earn points; anyone else has none. */
const COUNTED = sql`(p.stage IN ('probationary', 'full') AND p.standing = 'active' AND p.transferred_out_on IS NULL)`;

function signature(rows: readonly Omit<EntryRow, 'id' | 'computedAt'>[]): string {
  return rows
    .map((r) =>
      [
        r.source,
        r.refType,
        r.refId,
        r.occurredOn,
        r.qualifier ?? '',
        r.ruleKey,
        r.ruleOrgId ?? '',
        r.units,
        r.rawPoints,
        r.points,
        r.capped,
        r.orgId,
      ].join('|'),
    )
    .sort()
    .join('\n');
}

function rowOf(person: PersonRow, year: number, entry: PointEntry, rules: readonly EffectivePointsRule[]) {
  return {
    tenantOrgId: Number(person.tenant_org_id),
    personId: entry.personId,
    orgId: Number(person.org_id),
    year,
    month: entry.date.slice(0, 7),
    occurredOn: entry.date,
    source: entry.source,
    qualifier: entry.qualifier,
    ruleKey: entry.ruleKey,
    ruleOrgId: rules.find((r) => r.key === entry.ruleKey)?.setByOrgId ?? null,
    units: entry.units,
    rawPoints: entry.rawPoints,
    points: entry.points,
    capped: entry.capped,
    refType: entry.refType,
    refId: entry.refId,
  };
}

/**
 * Computes a batch of members' year and rewrites (delete + insert) only the members whose entries changed:
 * running it twice writes nothing the second time, and a corrected record rewrites just its member.
 */
async function recomputeBatch(
  tx: Tx,
  people: readonly PersonRow[],
  year: number,
  rulesAt: (path: string) => EffectivePointsRule[],
): Promise<RecomputeSummary> {
  const byId = new Map(people.map((p) => [Number(p.id), p]));
  const counted = people.filter((p) => p.counted).map((p) => Number(p.id));
  const rulesOf = (personId: number) => rulesAt(byId.get(personId)!.org_path);
  const computed = computePoints(await factsOf(tx, counted, year), rulesOf);

  const next = new Map<number, ReturnType<typeof rowOf>[]>();
  for (const entry of computed) {
    const person = byId.get(entry.personId)!;
    const rows = next.get(entry.personId) ?? [];
    rows.push(rowOf(person, year, entry, rulesOf(entry.personId)));
    next.set(entry.personId, rows);
  }
  const existing = await tx
    .select()
    .from(pointEntries)
    .where(and(inArray(pointEntries.personId, [...byId.keys()]), eq(pointEntries.year, year)));
  const before = new Map<number, EntryRow[]>();
  for (const row of existing) before.set(row.personId, [...(before.get(row.personId) ?? []), row]);

  const changed = [...byId.keys()].filter(
    (id) => signature(before.get(id) ?? []) !== signature(next.get(id) ?? []),
  );
  if (changed.length > 0) {
    await tx
      .delete(pointEntries)
      .where(and(inArray(pointEntries.personId, changed), eq(pointEntries.year, year)));
    const rows = changed.flatMap((id) => next.get(id) ?? []);
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.insert(pointEntries).values(rows.slice(i, i + INSERT_CHUNK));
    }
  }
  return { persons: counted.length, changedPersons: changed.length, entries: computed.length };
}

async function lockPointsWrites(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${POINTS_WRITE_LOCK})`);
}

/**
 * Recomputes a year's points for every member under the org at `path` (the org itself included), in the
 * caller's transaction: the facts Jiceng records (facts.ts), each member's rules (their org's chain), core
 * `computePoints` with its caps. Idempotent.
 */
export async function recomputePoints(tx: Tx, path: string, year: number): Promise<RecomputeSummary> {
  await lockPointsWrites(tx);
  const rulesAt = rulesResolver(await rulesAroundSubtree(tx, path));
  const people = (
    await tx.execute<PersonRow>(
      sql`SELECT p.id, p.org_id, p.org_path, p.tenant_org_id, ${COUNTED} AS counted
          FROM persons p WHERE p.org_path LIKE ${path + '%'} ORDER BY p.id`,
    )
  ).rows;
  const total: RecomputeSummary = { persons: 0, changedPersons: 0, entries: 0 };
  for (let i = 0; i < people.length; i += BATCH) {
    const done = await recomputeBatch(tx, people.slice(i, i + BATCH), year, rulesAt);
    total.persons += done.persons;
    total.changedPersons += done.changedPersons;
    total.entries += done.entries;
  }
  return total;
}

/**
 * The background form of `recomputePoints`: the same work, each batch in its own short transaction. The
 * embedded database answers one statement at a time, so a county's run must leave room for the requests of
 * the people using it between batches.
 */
export async function recomputePointsStepwise(db: Db, path: string, year: number): Promise<RecomputeSummary> {
  const rulesAt = rulesResolver(await db.transaction((tx) => rulesAroundSubtree(tx, path)));
  const people = (
    await db.execute<PersonRow>(
      sql`SELECT p.id, p.org_id, p.org_path, p.tenant_org_id, ${COUNTED} AS counted
          FROM persons p WHERE p.org_path LIKE ${path + '%'} ORDER BY p.id`,
    )
  ).rows;
  const total: RecomputeSummary = { persons: 0, changedPersons: 0, entries: 0 };
  for (let i = 0; i < people.length; i += STEP_BATCH) {
    const done = await db.transaction(async (tx) => {
      await lockPointsWrites(tx);
      return recomputeBatch(tx, people.slice(i, i + STEP_BATCH), year, rulesAt);
    });
    total.persons += done.persons;
    total.changedPersons += done.changedPersons;
    total.entries += done.entries;
  }
  return total;
}

/** One member's year, after something of theirs changed (a claim decided). */
export async function recomputePerson(tx: Tx, personId: number, year: number): Promise<RecomputeSummary> {
  await lockPointsWrites(tx);
  const people = (
    await tx.execute<PersonRow>(
      sql`SELECT p.id, p.org_id, p.org_path, p.tenant_org_id, ${COUNTED} AS counted
          FROM persons p WHERE p.id = ${personId}`,
    )
  ).rows;
  if (people.length === 0) return { persons: 0, changedPersons: 0, entries: 0 };
  const rulesAt = rulesResolver(await ownRulesOf(tx, chainIdsOf(people[0]!.org_path)));
  return recomputeBatch(tx, people, year, rulesAt);
}
