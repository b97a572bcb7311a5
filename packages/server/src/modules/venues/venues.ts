import {
  chinaToday,
  type VenueUpdate,
  type Venue,
  type VenueDetail,
  type VenueInput,
  type VenuesQuery,
  type VenueUse,
  type VenueUseInput,
} from '@jiceng/core';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, notFound, ruleViolated } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { requireVenue } from './access';
import { modelSites, venuePhotos, venues, venueUses } from './schema';
import { loadModelSites, loadPhotos, loadUses, loadVenue, loadVenues } from './views';

export async function createVenue(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: VenueInput,
): Promise<Venue> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', input.orgId);
    const [orgRow] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, org.id));
    const [row] = await tx
      .insert(venues)
      .values({
        tenantOrgId: orgRow!.tenantOrgId,
        orgId: org.id,
        name: input.name,
        kind: input.kind,
        address: input.address,
        areaSqm: input.areaSqm,
        openingHours: input.openingHours,
        contactName: input.contactName || null,
        contactPhoneEnc: input.contactPhone ? cipher.encrypt(input.contactPhone) : null,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning({ id: venues.id });
    await recordAudit(tx, ctx, {
      action: 'venue.created',
      entityType: 'venue',
      entityId: row!.id,
      orgId: org.id,
      summary: {
        after: { name: input.name, kind: input.kind, address: input.address, areaSqm: input.areaSqm },
      },
    });
    return loadVenue(tx, cipher, row!.id);
  });
}

export async function updateVenue(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: VenueUpdate,
): Promise<Venue> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireVenue(tx, actor, 'service.manage', id, true);
    const before = {
      name: row.name,
      kind: row.kind,
      address: row.address,
      areaSqm: Number(row.areaSqm),
      openingHours: row.openingHours,
      contactName: row.contactName,
      note: row.note,
      closed: row.closedAt !== null,
    };
    const after = {
      name: input.name,
      kind: input.kind,
      address: input.address,
      areaSqm: input.areaSqm,
      openingHours: input.openingHours,
      contactName: input.contactName === undefined ? undefined : input.contactName || null,
      note: input.note === undefined ? undefined : input.note || null,
      closed: input.closed,
    };
    const phoneChanged = input.contactPhone !== undefined;
    await tx
      .update(venues)
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.kind === undefined ? {} : { kind: input.kind }),
        ...(input.address === undefined ? {} : { address: input.address }),
        ...(input.areaSqm === undefined ? {} : { areaSqm: input.areaSqm }),
        ...(input.openingHours === undefined ? {} : { openingHours: input.openingHours }),
        ...(after.contactName === undefined ? {} : { contactName: after.contactName }),
        ...(after.note === undefined ? {} : { note: after.note }),
        ...(phoneChanged
          ? { contactPhoneEnc: input.contactPhone ? cipher.encrypt(input.contactPhone) : null }
          : {}),
        ...(input.closed === undefined
          ? {}
          : { closedAt: input.closed ? (row.closedAt ?? new Date()) : null }),
        updatedAt: new Date(),
      })
      .where(eq(venues.id, id));
    await recordAudit(tx, ctx, {
      action: 'venue.updated',
      entityType: 'venue',
      entityId: id,
      orgId: row.orgId,
      summary: { ...diff(before, after), ...(phoneChanged ? { contactPhoneChanged: true } : {}) },
    });
    return loadVenue(tx, cipher, id);
  });
}

/** Venues within reach (service.read), under an org, of a kind; closed ones only when asked. */
export async function listVenues(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: VenuesQuery,
): Promise<Venue[]> {
  const actor = requirePermission(ctx, 'service.read');
  const scope = scopeOf(actor, 'service.read');
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [inScope(orgs.path, scope)];
    if (query.orgId) {
      const root = await complianceRootOrg(tx, scope, query.orgId);
      conditions.push(sql`${orgs.path} LIKE ${root.path + '%'}`);
    }
    if (query.kind) conditions.push(eq(venues.kind, query.kind));
    if (!query.includeClosed) conditions.push(isNull(venues.closedAt));
    return loadVenues(tx, cipher, and(...conditions)!);
  });
}

/**
 * A venue with its photos, use log (latest 200) and model sites. The whole contact phone needs
 * person.unmask over the venue's org and is recorded in the audit log.
 */
export async function getVenue(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  unmasked: boolean,
): Promise<VenueDetail> {
  const permission = unmasked ? 'person.unmask' : 'service.read';
  const actor = requirePermission(ctx, permission);
  return db.transaction(async (tx) => {
    const { row } = await requireVenue(tx, actor, permission, id);
    if (unmasked) {
      await recordAudit(tx, ctx, {
        action: 'venue.unmasked_viewed',
        entityType: 'venue',
        entityId: id,
        orgId: row.orgId,
        summary: { fields: ['contactPhone'] },
      });
    }
    return {
      venue: await loadVenue(tx, cipher, id, unmasked),
      photos: await loadPhotos(tx, eq(venuePhotos.venueId, id)),
      uses: await loadUses(tx, eq(venueUses.venueId, id)),
      modelSites: await loadModelSites(tx, eq(modelSites.venueId, id)),
    };
  });
}

/** One use of a venue: not in the future, by an org of the same county (any org may borrow a venue). */
export async function recordUse(
  db: Db,
  ctx: RequestContext,
  venueId: number,
  input: VenueUseInput,
  today: string = chinaToday(),
): Promise<VenueUse> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireVenue(tx, actor, 'service.manage', venueId);
    if (input.date > today) {
      throw ruleViolated({
        rule: 'venues U1',
        field: 'date',
        message: `使用日期 ${input.date} 晚于今天，使用记录须在使用后登记`,
      });
    }
    if (row.closedAt) throw conflict('该场所已停用，不能再登记使用');
    const [using] = await tx
      .select({ id: orgs.id })
      .from(orgs)
      .where(
        and(eq(orgs.id, input.usingOrgId), eq(orgs.tenantOrgId, row.tenantOrgId), isNull(orgs.dissolvedAt)),
      );
    if (!using) throw notFound('使用组织');
    const [created] = await tx
      .insert(venueUses)
      .values({
        tenantOrgId: row.tenantOrgId,
        venueId,
        date: input.date,
        purpose: input.purpose,
        usingOrgId: input.usingOrgId,
        participants: input.participants,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning({ id: venueUses.id });
    await recordAudit(tx, ctx, {
      action: 'venue.use_recorded',
      entityType: 'venue_use',
      entityId: created!.id,
      orgId: row.orgId,
      summary: { venueId, date: input.date, purpose: input.purpose, usingOrgId: input.usingOrgId },
    });
    const [view] = await loadUses(tx, eq(venueUses.id, created!.id));
    return view!;
  });
}
