import {
  CORRECTION_STATUSES,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  type Correction,
  type CorrectableField,
  type CorrectionRequestInput,
  type CorrectionStatus,
  type Person,
  type PersonEvent,
} from '@jiceng/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireActor, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { hashPassword } from '../../auth/passwords';
import { recordAudit } from '../../audit/service';
import type { DataCipher } from '../../http/crypto';
import { conflict, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { userRoles, users } from '../users/schema';
import { personCorrections, persons } from './schema';
import { applyPersonUpdate, eventsOf, loadPerson } from './service';

/** The account a branch creates for a member: signs in with the ID number or the phone number. */
export async function createMemberAccount(
  db: Db,
  ctx: RequestContext,
  personId: number,
  password: string,
): Promise<{ username: string }> {
  const actor = requirePermission(ctx, 'person.manage');
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'person.manage', personId);
    if (person.userId !== null) throw conflict(`${person.name}已有登录账号`);
    // The username carries no personal data; members type their ID number or phone, looked up by hash.
    const username = `m${person.id}`;
    const [user] = await tx
      .insert(users)
      .values({ username, displayName: person.name, passwordHash, mustChangePassword: true })
      .returning();
    await tx.insert(userRoles).values({ userId: user!.id, role: 'member', orgId: person.orgId });
    await tx.update(persons).set({ userId: user!.id }).where(eq(persons.id, person.id));
    await recordAudit(tx, ctx, {
      action: 'person.account_created',
      entityType: 'person',
      entityId: person.id,
      orgId: person.orgId,
      summary: { after: { username } },
    });
    return { username };
  });
}

/** The user id behind an ID number or phone number typed at sign-in, if a member account has one. */
export async function memberUserIdFor(db: Db, cipher: DataCipher, login: string): Promise<number | null> {
  const asId = normalizeIdNumber(login);
  const phone = login.trim();
  const match = /^[0-9]{17}[0-9X]$/.test(asId)
    ? eq(persons.idNumberHash, cipher.lookupHash(asId))
    : /^1[0-9]{10}$/.test(phone)
      ? eq(persons.phoneHash, cipher.lookupHash(phone))
      : null;
  if (match === null) return null;
  const rows = await db
    .select({ userId: persons.userId })
    .from(persons)
    .where(and(match, sql`${persons.userId} IS NOT NULL`))
    .limit(2);
  // A phone shared by two members identifies neither.
  return rows.length === 1 ? rows[0]!.userId : null;
}

/** The person record a member account belongs to. */
export async function ownPerson(tx: Tx, userId: number) {
  const [row] = await tx.select().from(persons).where(eq(persons.userId, userId));
  if (!row) throw notFound('本人档案');
  return row;
}

export interface OwnRecord {
  person: Person;
  events: PersonEvent[];
  corrections: Correction[];
}

/** A member's own record, unmasked (it is their own), with its history and their correction requests. */
export async function getOwnRecord(db: Db, cipher: DataCipher, ctx: RequestContext): Promise<OwnRecord> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const row = await ownPerson(tx, actor.userId);
    return {
      person: await loadPerson(tx, cipher, row.id, true),
      events: await eventsOf(tx, row.id),
      corrections: await correctionsWhere(tx, cipher, eq(personCorrections.personId, row.id), true),
    };
  });
}

export async function requestCorrection(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: CorrectionRequestInput,
): Promise<Correction> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const row = await ownPerson(tx, actor.userId);
    const [pending] = await tx
      .select({ id: personCorrections.id })
      .from(personCorrections)
      .where(
        and(
          eq(personCorrections.personId, row.id),
          eq(personCorrections.field, input.field),
          eq(personCorrections.status, 'pending'),
        ),
      );
    if (pending) throw conflict('该项目已有待审核的更正申请', 'field');
    const [created] = await tx
      .insert(personCorrections)
      .values({
        personId: row.id,
        tenantOrgId: row.tenantOrgId,
        orgId: row.orgId,
        requestedBy: actor.userId,
        field: input.field,
        requestedValueEnc: cipher.encrypt(input.value),
        reason: input.reason,
      })
      .returning({ id: personCorrections.id });
    await recordAudit(tx, ctx, {
      action: 'person.correction_requested',
      entityType: 'person',
      entityId: row.id,
      orgId: row.orgId,
      summary: { after: { field: input.field, value: masked(input.field, input.value) } },
    });
    const [correction] = await correctionsWhere(tx, cipher, eq(personCorrections.id, created!.id), true);
    return correction!;
  });
}

export async function listCorrections(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  status: CorrectionStatus | undefined,
): Promise<Correction[]> {
  const actor = requirePermission(ctx, 'person.manage');
  return db.transaction(async (tx) => {
    const conditions = [inScope(orgs.path, scopeOf(actor, 'person.manage'))];
    if (status) conditions.push(eq(personCorrections.status, status));
    return correctionsWhere(tx, cipher, and(...conditions)!, false);
  });
}

/** The branch decides: an approval applies the change to the record in the same transaction. */
export async function decideCorrection(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  decision: { approve: boolean; reason?: string | undefined },
): Promise<Correction> {
  const actor = requirePermission(ctx, 'person.manage');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(personCorrections).where(eq(personCorrections.id, id));
    if (!row) throw notFound('更正申请');
    await requirePerson(tx, actor, 'person.manage', row.personId);
    if (row.status !== 'pending') throw conflict('该申请已处理');
    if (decision.approve) {
      const value = cipher.decrypt(row.requestedValueEnc);
      await applyPersonUpdate(tx, cipher, ctx, actor, row.personId, { [row.field]: value });
    }
    await tx
      .update(personCorrections)
      .set({
        status: decision.approve ? 'approved' : 'refused',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionReason: decision.reason ?? null,
      })
      .where(eq(personCorrections.id, id));
    await recordAudit(tx, ctx, {
      action: decision.approve ? 'person.correction_approved' : 'person.correction_refused',
      entityType: 'person',
      entityId: row.personId,
      orgId: row.orgId,
      summary: { field: row.field, reason: decision.reason ?? null },
    });
    const [correction] = await correctionsWhere(tx, cipher, eq(personCorrections.id, id), false);
    return correction!;
  });
}

function masked(field: string, value: string): string {
  if (field === 'idNumber') return maskIdNumber(normalizeIdNumber(value));
  if (field === 'phone') return maskPhone(value);
  return value;
}

async function correctionsWhere(
  tx: Tx,
  cipher: DataCipher,
  where: ReturnType<typeof eq>,
  unmasked: boolean,
): Promise<Correction[]> {
  const rows = await tx
    .select({ c: personCorrections, personName: persons.name, orgName: orgs.name })
    .from(personCorrections)
    .innerJoin(persons, eq(persons.id, personCorrections.personId))
    .innerJoin(orgs, eq(orgs.id, personCorrections.orgId))
    .where(where)
    .orderBy(desc(personCorrections.id))
    .limit(500);
  return rows.map(({ c, personName, orgName }) => {
    const value = cipher.decrypt(c.requestedValueEnc);
    return {
      id: c.id,
      personId: c.personId,
      personName,
      orgName,
      field: c.field as CorrectableField,
      requestedValue: unmasked ? value : masked(c.field, value),
      reason: c.reason,
      status: (CORRECTION_STATUSES as readonly string[]).includes(c.status)
        ? (c.status as CorrectionStatus)
        : 'pending',
      decisionReason: c.decisionReason,
      decidedAt: c.decidedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
    };
  });
}
