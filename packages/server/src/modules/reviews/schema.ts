import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';
import { meetings } from '../meetings/schema';

/** 民主评议党员 of one branch for one year (L4–L6); kept per year for the points module. */
export const memberReviews = pgTable(
  'member_reviews',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    /** The meeting where it was held (often the life meeting), when recorded. */
    meetingId: integer('meeting_id').references(() => meetings.id),
    excellentCap: text('excellent_cap').notNull().default('1/3'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('member_reviews_org_year_uq').on(t.orgId, t.year)],
);

export const memberReviewEntries = pgTable(
  'member_review_entries',
  {
    id: serial('id').primaryKey(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => memberReviews.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The member's stage on review: probationary members are reviewed but not graded (L6). */
    stage: text('stage').notNull(),
    grade: text('grade'),
    comment: text('comment'),
  },
  (t) => [
    uniqueIndex('member_review_entries_uq').on(t.reviewId, t.personId),
    index('member_review_entries_person_idx').on(t.personId),
  ],
);
