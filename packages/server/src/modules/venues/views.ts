import {
  chinaToday,
  maskPhone,
  MODEL_SITE_LEVEL_LABELS,
  VENUE_KIND_LABELS,
  type ModelSite,
  type ModelSiteLevel,
  type Venue,
  type VenueKind,
  type VenuePhoto,
  type VenueUse,
} from '@jiceng/core';
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { modelSites, venuePhotos, venues, venueUses } from './schema';

export const photoUrl = (id: number) => `/api/venue-photos/${id}`;

/** The contact phone as shown: masked (first 3 and last 4) unless asked unmasked with the permission. */
function shownPhone(cipher: DataCipher, sealed: string | null, unmasked: boolean): string | null {
  if (!sealed) return null;
  const phone = cipher.decrypt(sealed);
  return unmasked ? phone : maskPhone(phone.replace('-', ''));
}

/** Venues matching `where` (over venues and their org), by org and name. */
export async function loadVenues(
  tx: Tx,
  cipher: DataCipher,
  where: SQL,
  options: { unmasked?: boolean; today?: string } = {},
): Promise<Venue[]> {
  const year = (options.today ?? chinaToday()).slice(0, 4);
  const rows = await tx
    .select({
      v: venues,
      orgName: orgs.name,
      photoCount: sql<number>`(SELECT count(*)::int FROM venue_photos p WHERE p.venue_id = ${venues.id})`,
      coverPhotoId: sql<
        number | null
      >`(SELECT min(p.id) FROM venue_photos p WHERE p.venue_id = ${venues.id})`,
      usesThisYear: sql<number>`(SELECT count(*)::int FROM venue_uses u
          WHERE u.venue_id = ${venues.id} AND u.date >= ${`${year}-01-01`}::date AND u.date <= ${`${year}-12-31`}::date)`,
      lastUsedOn: sql<
        string | null
      >`(SELECT max(u.date)::text FROM venue_uses u WHERE u.venue_id = ${venues.id})`,
      modelSite: sql<boolean>`EXISTS (SELECT 1 FROM model_sites m WHERE m.venue_id = ${venues.id} AND m.withdrawn_at IS NULL)`,
    })
    .from(venues)
    .innerJoin(orgs, eq(orgs.id, venues.orgId))
    .where(where)
    .orderBy(asc(orgs.path), asc(venues.name), asc(venues.id));
  return rows.map((r) => ({
    id: r.v.id,
    orgId: r.v.orgId,
    orgName: r.orgName,
    name: r.v.name,
    kind: r.v.kind as VenueKind,
    kindLabel: VENUE_KIND_LABELS[r.v.kind as VenueKind] ?? r.v.kind,
    address: r.v.address,
    areaSqm: Number(r.v.areaSqm),
    openingHours: r.v.openingHours,
    contactName: r.v.contactName,
    contactPhone: shownPhone(cipher, r.v.contactPhoneEnc, options.unmasked ?? false),
    note: r.v.note,
    closedAt: r.v.closedAt?.toISOString() ?? null,
    photoCount: Number(r.photoCount),
    coverPhotoUrl: r.coverPhotoId === null ? null : photoUrl(Number(r.coverPhotoId)),
    usesThisYear: Number(r.usesThisYear),
    lastUsedOn: r.lastUsedOn,
    modelSite: r.modelSite,
  }));
}

export async function loadVenue(tx: Tx, cipher: DataCipher, id: number, unmasked = false): Promise<Venue> {
  const [venue] = await loadVenues(tx, cipher, eq(venues.id, id), { unmasked });
  return venue!;
}

const usingOrg = alias(orgs, 'using_org');

export async function loadUses(tx: Tx, where: SQL, limit = 200): Promise<VenueUse[]> {
  const rows = await tx
    .select({ u: venueUses, usingOrgName: usingOrg.name })
    .from(venueUses)
    .innerJoin(usingOrg, eq(usingOrg.id, venueUses.usingOrgId))
    .where(where)
    .orderBy(desc(venueUses.date), desc(venueUses.id))
    .limit(limit);
  return rows.map(({ u, usingOrgName }) => ({
    id: u.id,
    venueId: u.venueId,
    date: u.date,
    purpose: u.purpose,
    usingOrgId: u.usingOrgId,
    usingOrgName,
    participants: u.participants,
    note: u.note,
  }));
}

const siteVenue = alias(venues, 'site_venue');

/** Model sites matching `where` (over model_sites and the branch `orgs`), newest year first. */
export async function loadModelSites(tx: Tx, where: SQL): Promise<ModelSite[]> {
  const rows = await tx
    .select({
      m: modelSites,
      orgName: orgs.name,
      venueName: siteVenue.name,
      photoCount: sql<number>`(SELECT count(*)::int FROM venue_photos p WHERE p.model_site_id = ${modelSites.id})`,
      coverPhotoId: sql<
        number | null
      >`(SELECT min(p.id) FROM venue_photos p WHERE p.model_site_id = ${modelSites.id})`,
    })
    .from(modelSites)
    .innerJoin(orgs, eq(orgs.id, modelSites.orgId))
    .leftJoin(siteVenue, eq(siteVenue.id, modelSites.venueId))
    .where(where)
    .orderBy(desc(modelSites.year), asc(orgs.path), asc(modelSites.id));
  return rows.map((r) => ({
    id: r.m.id,
    venueId: r.m.venueId,
    venueName: r.venueName,
    orgId: r.m.orgId,
    orgName: r.orgName,
    title: r.m.title,
    level: r.m.level as ModelSiteLevel,
    levelLabel: MODEL_SITE_LEVEL_LABELS[r.m.level as ModelSiteLevel] ?? r.m.level,
    year: r.m.year,
    practices: r.m.practices,
    withdrawnAt: r.m.withdrawnAt?.toISOString() ?? null,
    withdrawnReason: r.m.withdrawnReason,
    photoCount: Number(r.photoCount),
    coverPhotoUrl: r.coverPhotoId === null ? null : photoUrl(Number(r.coverPhotoId)),
  }));
}

export async function loadPhotos(tx: Tx, where: SQL): Promise<VenuePhoto[]> {
  const rows = await tx
    .select({
      id: venuePhotos.id,
      contentType: venuePhotos.contentType,
      size: venuePhotos.size,
      caption: venuePhotos.caption,
    })
    .from(venuePhotos)
    .where(where)
    .orderBy(asc(venuePhotos.id));
  return rows.map((p) => ({ ...p, url: photoUrl(p.id) }));
}
