import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from '../../db/bytea';
import { users } from '../users/schema';

/**
 * An Excel import: the uploaded file, its validation result and the error report, kept between the
 * validate step and the commit step (which may run in another request, or another server process).
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: serial('id').primaryKey(),
    /** What is imported: `persons` or `orgs`. */
    kind: text('kind').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    file: bytea('file').notNull(),
    /** `validating` → `validated` | `invalid` → `committing` → `committed` | `failed`. */
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** Row errors `{ row, column, message }`, as many as the page shows. */
    errors: jsonb('errors').notNull().default([]),
    report: bytea('report'),
    mode: text('mode'),
    committedRows: integer('committed_rows').notNull().default(0),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_user_idx').on(t.userId, t.createdAt)],
);
