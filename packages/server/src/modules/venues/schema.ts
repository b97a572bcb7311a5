import { date, index, integer, numeric, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from '../../db/bytea';
import { orgs } from '../orgs/schema';
import { users } from '../users/schema';

/** 党群活动场所: a venue of an org, with its address, area and opening hours. */
export const venues = pgTable(
  'venues',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    address: text('address').notNull(),
    areaSqm: numeric('area_sqm', { precision: 9, scale: 1, mode: 'number' }).notNull(),
    openingHours: text('opening_hours').notNull(),
    contactName: text('contact_name'),
    /** Encrypted like the persons' phone (it may be someone's mobile), masked in lists. */
    contactPhoneEnc: text('contact_phone_enc'),
    note: text('note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('venues_org_idx').on(t.orgId), index('venues_tenant_idx').on(t.tenantOrgId)],
);

/** One use of a venue: the date, what for, which org, how many took part. */
export const venueUses = pgTable(
  'venue_uses',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    venueId: integer('venue_id')
      .notNull()
      .references(() => venues.id),
    date: date('date').notNull(),
    purpose: text('purpose').notNull(),
    usingOrgId: integer('using_org_id')
      .notNull()
      .references(() => orgs.id),
    participants: integer('participants').notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('venue_uses_venue_date_idx').on(t.venueId, t.date)],
);

/** 示范点: a venue or a branch named a model site by the county or the township, with its practices. */
export const modelSites = pgTable(
  'model_sites',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    venueId: integer('venue_id').references(() => venues.id),
    /** The branch the site shows (for a venue: the venue's org). */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    level: text('level').notNull(),
    year: integer('year').notNull(),
    practices: text('practices').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('model_sites_org_idx').on(t.orgId), index('model_sites_venue_idx').on(t.venueId)],
);

/**
 * Photos of venues and model sites, in the database (no file store exists yet; each ≤ 2 MB, JPEG/PNG/WebP
 * checked by their first bytes). `org_id` is the owner's org, so a read checks the same reach.
 */
export const venuePhotos = pgTable(
  'venue_photos',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    venueId: integer('venue_id').references(() => venues.id),
    modelSiteId: integer('model_site_id').references(() => modelSites.id),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    caption: text('caption'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('venue_photos_venue_idx').on(t.venueId),
    index('venue_photos_model_site_idx').on(t.modelSiteId),
  ],
);
