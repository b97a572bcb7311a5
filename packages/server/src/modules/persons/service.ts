import {
  birthDateRange,
  checkIdentity,
  checkNewPerson,
  chinaToday,
  JOIN_BANDS,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  pathInScope,
  movementEventLabel,
  PERSON_EVENT_LABELS,
  validateIdNumber,
  type Person,
  type PersonCreateInput,
  type PersonEvent,
  type PersonListQuery,
  type PersonListStanding,
  type PersonUpdateInput,
} from '@jiceng/core';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/connection';
import type { Actor, RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { DataCipher } from '../../http/crypto';
import { AppError, conflict, ruleViolated } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { users } from '../users/schema';
import { appendPersonEvents, stageEventsFromDates, type NewPersonEvent } from './events';
import { toPerson } from './mapping';
import { resolvePlacement } from './placement';
import { personEvents, persons } from './schema';

const groups = alias(orgs, 'groups');

/** Refuses a duplicate ID number; names the holder only when the actor may see them. */
async function assertIdNumberFree(
  tx: Tx,
  actor: Actor,
  hash: string,
  exceptId: number | null,
): Promise<void> {
  const [existing] = await tx
    .select({ id: persons.id, name: persons.name, orgName: orgs.name, orgPath: orgs.path })
    .from(persons)
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .where(eq(persons.idNumberHash, hash));
  if (!existing || existing.id === exceptId) return;
  if (pathInScope(scopeOf(actor, 'person.read'), existing.orgPath)) {
    throw conflict(`该身份证号已登记：${existing.name}（${existing.orgName}）`, 'idNumber');
  }
  throw conflict('该身份证号已在其他组织登记', 'idNumber');
}

function firstViolation(violations: { rule: string; field?: string; message: string }[]): void {
  const [first] = violations;
  if (first) throw ruleViolated(first);
}

export async function createPerson(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: PersonCreateInput,
): Promise<Person> {
  const actor = requirePermission(ctx, 'person.manage');
  return db.transaction((tx) => insertPerson(tx, cipher, ctx, actor, input));
}

/**
 * Checks and writes a new record in the caller's transaction, with its registration and stage events and
 * any `extraEvents` (e.g. the transfer that brought the member in).
 */
export async function insertPerson(
  tx: Tx,
  cipher: DataCipher,
  ctx: RequestContext,
  actor: Actor,
  input: PersonCreateInput,
  extraEvents: NewPersonEvent[] = [],
): Promise<Person> {
  const idNumber = normalizeIdNumber(input.idNumber);
  const violations = checkNewPerson({ ...input, idNumber });
  firstViolation(violations);
  const identity = validateIdNumber(idNumber);
  if (!identity.valid) throw new AppError(400, 'validation_failed', identity.reason, 'idNumber');
  const placement = await resolvePlacement(tx, actor, input.orgId, input.groupId);
  const idNumberHash = cipher.lookupHash(idNumber);
  await assertIdNumberFree(tx, actor, idNumberHash, null);
  const [row] = await tx
    .insert(persons)
    .values({
      tenantOrgId: placement.tenantOrgId,
      orgId: placement.orgId,
      groupId: placement.groupId,
      name: input.name,
      sex: identity.sex,
      birthDate: identity.birthDate,
      ethnicity: input.ethnicity,
      education: input.education,
      personKind: input.personKind,
      occupation: input.occupation,
      address: input.address ?? null,
      idNumberEnc: cipher.encrypt(idNumber),
      idNumberHash,
      phoneEnc: input.phone ? cipher.encrypt(input.phone) : null,
      phoneHash: input.phone ? cipher.lookupHash(input.phone) : null,
    })
    .returning();
  await appendPersonEvents(tx, row!, actor.userId, [
    { type: 'registered', occurredOn: chinaToday(), orgId: placement.orgId },
    ...stageEventsFromDates(input, placement.orgId),
    ...extraEvents,
  ]);
  await recordAudit(tx, ctx, {
    action: 'person.created',
    entityType: 'person',
    entityId: row!.id,
    orgId: placement.orgId,
    summary: {
      after: {
        name: input.name,
        idNumber: maskIdNumber(idNumber),
        phone: input.phone ? maskPhone(input.phone) : null,
        orgId: placement.orgId,
      },
    },
  });
  return loadPerson(tx, cipher, row!.id, false);
}

export async function loadPerson(tx: Tx, cipher: DataCipher, id: number, unmasked: boolean): Promise<Person> {
  const [row] = await tx
    .select({ person: persons, orgName: orgs.name, groupName: groups.name })
    .from(persons)
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .leftJoin(groups, eq(groups.id, persons.groupId))
    .where(eq(persons.id, id));
  return toPerson(row!.person, { orgName: row!.orgName, groupName: row!.groupName }, cipher, unmasked);
}

export async function updatePerson(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: PersonUpdateInput,
): Promise<Person> {
  const actor = requirePermission(ctx, 'person.manage');
  return db.transaction(async (tx) => {
    await applyPersonUpdate(tx, cipher, ctx, actor, id, input);
    return loadPerson(tx, cipher, id, false);
  });
}

/** Applies an edit inside the caller's transaction (an edit form, or an approved correction request). */
export async function applyPersonUpdate(
  tx: Tx,
  cipher: DataCipher,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: PersonUpdateInput,
): Promise<void> {
  const { person: before } = await requirePerson(tx, actor, 'person.manage', id);
  const oldId = cipher.decrypt(before.idNumberEnc);
  const idNumber = input.idNumber ? normalizeIdNumber(input.idNumber) : oldId;
  const identity = checkIdentity({ idNumber, sex: input.sex, birthDate: input.birthDate });
  firstViolation(identity.violations);
  if (!('sex' in identity)) throw new Error('identity without violations has sex');
  const changes: Partial<typeof persons.$inferInsert> = {};
  const auditBefore: Record<string, unknown> = {};
  const auditAfter: Record<string, unknown> = {};
  const note = (field: string, from: unknown, to: unknown) => {
    if (JSON.stringify(from) === JSON.stringify(to)) return false;
    auditBefore[field] = from;
    auditAfter[field] = to;
    return true;
  };
  if (idNumber !== oldId) {
    const hash = cipher.lookupHash(idNumber);
    await assertIdNumberFree(tx, actor, hash, id);
    changes.idNumberEnc = cipher.encrypt(idNumber);
    changes.idNumberHash = hash;
    note('idNumber', maskIdNumber(oldId), maskIdNumber(idNumber));
  }
  if (note('sex', before.sex, identity.sex)) changes.sex = identity.sex;
  if (note('birthDate', before.birthDate, identity.birthDate)) changes.birthDate = identity.birthDate;
  if (input.phone !== undefined) {
    const oldPhone = before.phoneEnc ? cipher.decrypt(before.phoneEnc) : null;
    if (note('phone', oldPhone && maskPhone(oldPhone), input.phone && maskPhone(input.phone))) {
      changes.phoneEnc = input.phone ? cipher.encrypt(input.phone) : null;
      changes.phoneHash = input.phone ? cipher.lookupHash(input.phone) : null;
    }
  }
  for (const field of ['name', 'ethnicity', 'education', 'personKind', 'occupation', 'address'] as const) {
    const value = input[field];
    if (value !== undefined && note(field, before[field], value)) {
      (changes as Record<string, unknown>)[field] = value;
    }
  }
  const orgId = input.orgId ?? before.orgId;
  const groupId = input.groupId === undefined ? (input.orgId ? null : before.groupId) : input.groupId;
  if (orgId !== before.orgId || groupId !== before.groupId) {
    // Moving between branches is a transfer (组织关系接转, a later module); here only within the reach.
    const placement = await resolvePlacement(tx, actor, orgId, groupId);
    changes.orgId = placement.orgId;
    changes.groupId = placement.groupId;
    changes.tenantOrgId = placement.tenantOrgId;
    note('orgId', before.orgId, placement.orgId);
    note('groupId', before.groupId, placement.groupId);
  }
  if (Object.keys(changes).length > 0) {
    await tx
      .update(persons)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(persons.id, id));
    await recordAudit(tx, ctx, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      orgId,
      summary: { before: auditBefore, after: auditAfter },
    });
  }
}

/** One person; the unmasked view needs `person.unmask` and writes an audit row (id-number.md I11). */
export async function getPerson(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  unmasked: boolean,
): Promise<Person> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, unmasked ? 'person.unmask' : 'person.read', id);
    if (unmasked) {
      await recordAudit(tx, ctx, {
        action: 'person.unmasked_viewed',
        entityType: 'person',
        entityId: id,
        orgId: person.orgId,
        summary: { fields: ['idNumber', 'phone'] },
      });
    }
    return loadPerson(tx, cipher, id, unmasked);
  });
}

export async function listPersonEvents(db: Db, ctx: RequestContext, id: number): Promise<PersonEvent[]> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'person.read', id);
    return eventsOf(tx, id);
  });
}

export async function eventsOf(tx: Tx, id: number): Promise<PersonEvent[]> {
  const rows = await tx
    .select({ event: personEvents, orgName: orgs.name, recordedBy: users.displayName })
    .from(personEvents)
    .leftJoin(orgs, eq(orgs.id, personEvents.orgId))
    .leftJoin(users, eq(users.id, personEvents.recordedBy))
    .where(eq(personEvents.personId, id))
    .orderBy(asc(personEvents.occurredOn), asc(personEvents.id));
  const voided = new Set(rows.map((r) => r.event.voidsEventId).filter((v) => v !== null));
  return rows.map(({ event, orgName, recordedBy }) => ({
    id: event.id,
    type: event.type,
    occurredOn: event.occurredOn,
    orgId: event.orgId,
    orgName,
    recordedBy,
    voidsEventId: event.voidsEventId,
    voided: voided.has(event.id),
    details: {
      ...(event.details as Record<string, unknown>),
      label:
        movementEventLabel(event.type, event.details as Record<string, unknown>) ??
        PERSON_EVENT_LABELS[event.type] ??
        event.type,
    },
    createdAt: event.createdAt.toISOString(),
  }));
}

/** Builds the WHERE of a person list: the actor's reach, then every filter. */
export function personFilters(
  actor: Actor,
  cipher: DataCipher,
  query: PersonListQuery,
  today = chinaToday(),
): SQL[] {
  const conditions: SQL[] = [inScope(persons.orgPath, scopeOf(actor, 'person.read'))];
  if (query.orgId) {
    conditions.push(
      sql`${persons.orgPath} LIKE (SELECT p.path FROM orgs p WHERE p.id = ${query.orgId}) || '%'`,
    );
  }
  const q = query.q?.trim();
  let exact = false;
  if (q) {
    const asId = normalizeIdNumber(q);
    exact = /^[0-9]{17}[0-9X]$/.test(asId) || /^1[0-9]{10}$/.test(q);
    if (/^[0-9]{17}[0-9X]$/.test(asId)) conditions.push(eq(persons.idNumberHash, cipher.lookupHash(asId)));
    else if (/^1[0-9]{10}$/.test(q)) conditions.push(eq(persons.phoneHash, cipher.lookupHash(q)));
    else conditions.push(sql`${persons.name} LIKE ${'%' + q.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}`);
  }
  // An exact ID or phone number finds the person whatever their standing.
  if (!exact) conditions.push(...standingFilter(query.standing));
  if (query.stage?.length) conditions.push(inArray(persons.stage, query.stage));
  if (query.sex) conditions.push(eq(persons.sex, query.sex));
  if (query.education) conditions.push(eq(persons.education, query.education));
  if (query.personKind) conditions.push(eq(persons.personKind, query.personKind));
  if (query.occupation) conditions.push(eq(persons.occupation, query.occupation));
  if (query.ageBand) {
    const { from, to } = birthDateRange(query.ageBand, today);
    conditions.push(sql`${persons.birthDate} BETWEEN ${from} AND ${to}`);
  }
  if (query.joinBand) {
    const band = JOIN_BANDS.find((b) => b.key === query.joinBand)!;
    conditions.push(sql`${persons.admissionDate} BETWEEN ${band.from} AND ${band.to}`);
  }
  return conditions;
}

/** T14: the counted members are those in normal standing who have not transferred out of the install. */
function standingFilter(standing: PersonListStanding): SQL[] {
  switch (standing) {
    case 'active':
      return [eq(persons.standing, 'active'), isNull(persons.transferredOutOn)];
    case 'suspended':
      return [eq(persons.standing, 'suspended')];
    case 'left':
      return [
        sql`(${persons.standing} NOT IN ('active', 'suspended') OR ${persons.transferredOutOn} IS NOT NULL)`,
      ];
    case 'all':
      return [];
  }
}

/** The orders a person list can take (the list page and its export). */
export const PERSON_SORTS = {
  name: [persons.name],
  birthDate: [persons.birthDate],
  admissionDate: [persons.admissionDate],
  org: [persons.orgPath, persons.name],
} as const;

export async function listPersons(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: PersonListQuery,
): Promise<{ items: Person[]; total: number }> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    const where = and(...personFilters(actor, cipher, query));
    const direction = query.order === 'desc' ? desc : asc;
    // Filters and order run on persons alone (org_path is on the row), so a page is an index walk; the
    // names of orgs and groups are joined for the twenty rows only.
    const page = tx
      .select({ id: persons.id })
      .from(persons)
      .where(where)
      .orderBy(...PERSON_SORTS[query.sort].map((c) => direction(c)), asc(persons.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .as('page');
    const rows = await tx
      .select({ person: persons, orgName: orgs.name, groupName: groups.name })
      .from(page)
      .innerJoin(persons, eq(persons.id, page.id))
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .leftJoin(groups, eq(groups.id, persons.groupId))
      .orderBy(...PERSON_SORTS[query.sort].map((c) => direction(c)), asc(persons.id));
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(persons)
      .where(where);
    const total = count?.n ?? 0;
    return {
      total,
      items: rows.map((r) => toPerson(r.person, { orgName: r.orgName, groupName: r.groupName }, cipher)),
    };
  });
}
