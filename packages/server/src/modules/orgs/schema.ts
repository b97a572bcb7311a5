import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { persons } from '../persons/schema';

export const orgs = pgTable(
  'orgs',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id').references((): AnyPgColumn => orgs.id),
    /** Materialized path of ids, `/1/12/305/`: "everything under" is one prefix range scan. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** The top org of the tree this org sits in: the distribution key when a deployment is sharded. */
    tenantOrgId: integer('tenant_org_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    code: text('code'),
    unitKind: text('unit_kind'),
    mayApproveAdmissions: boolean('may_approve_admissions').notNull().default(false),
    termStartedOn: date('term_started_on'),
    termYears: integer('term_years').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dissolvedAt: timestamp('dissolved_at', { withTimezone: true }),
  },
  (t) => [
    index('orgs_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('orgs_parent_idx').on(t.parentId),
    index('orgs_tenant_idx').on(t.tenantOrgId),
    uniqueIndex('orgs_sibling_code_uq')
      .on(sql`coalesce(${t.parentId}, 0)`, t.code)
      .where(sql`${t.code} IS NOT NULL AND ${t.dissolvedAt} IS NULL`),
  ],
);

export const orgPosts = pgTable(
  'org_posts',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    post: text('post').notNull(),
    holderName: text('holder_name').notNull(),
    /** The holder's person record; `holderName` keeps the name as it was when appointed. */
    personId: integer('person_id').references((): AnyPgColumn => persons.id),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_posts_org_idx').on(t.orgId)],
);
