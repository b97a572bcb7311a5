import {
  IMPORT_KINDS,
  IMPORT_MODES,
  IMPORT_STATUSES,
  type ImportError,
  type ImportJob,
  type ImportKind,
  type ImportMode,
  type ImportStatus,
} from '@jiceng/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { importJobs } from './schema';

/** Errors kept on the job row for the page; the report holds every one. */
export const LISTED_ERRORS = 500;

export interface StoredJob extends ImportJob {
  userId: number;
}

// Never the file or the report: both may be megabytes, and only their own routes need them.
const summaryColumns = {
  id: importJobs.id,
  kind: importJobs.kind,
  userId: importJobs.userId,
  status: importJobs.status,
  fileName: importJobs.fileName,
  totalRows: importJobs.totalRows,
  validRows: importJobs.validRows,
  errorCount: importJobs.errorCount,
  errors: importJobs.errors,
  mode: importJobs.mode,
  committedRows: importJobs.committedRows,
  message: importJobs.message,
};

export async function insertJob(
  db: Db,
  job: { kind: ImportKind; userId: number; fileName: string; file: Buffer },
): Promise<number> {
  const [row] = await db
    .insert(importJobs)
    .values({ ...job, status: 'validating' satisfies ImportStatus })
    .returning({ id: importJobs.id });
  return row!.id;
}

/** The job as its owner sees it; another user's job does not exist for them. */
export async function loadJob(db: Db, id: number, userId: number): Promise<StoredJob | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.userId, userId)));
  if (!row) return null;
  const status = row.status as ImportStatus;
  return {
    ...row,
    kind: oneOf(IMPORT_KINDS, row.kind),
    status: oneOf(IMPORT_STATUSES, status),
    mode: row.mode === null ? null : oneOf(IMPORT_MODES, row.mode),
    errors: row.errors as ImportError[],
    processedRows: status === 'committed' ? row.committedRows : row.totalRows,
  };
}

function oneOf<T extends string>(values: readonly T[], value: string): T {
  if (!(values as readonly string[]).includes(value)) throw new Error(`unexpected import job value ${value}`);
  return value as T;
}

export async function loadJobFile(db: Db, id: number): Promise<Buffer> {
  const [row] = await db.select({ file: importJobs.file }).from(importJobs).where(eq(importJobs.id, id));
  return row!.file;
}

export async function loadJobReport(db: Db, id: number, userId: number): Promise<Buffer | null> {
  const [row] = await db
    .select({ report: importJobs.report })
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.userId, userId)));
  return row?.report ?? null;
}

export interface ValidationRecord {
  status: 'validated' | 'invalid';
  totalRows: number;
  validRows: number;
  errorCount: number;
  errors: ImportError[];
  report: Buffer | null;
  message: string;
}

export async function saveValidation(db: Db, id: number, record: ValidationRecord): Promise<void> {
  await db
    .update(importJobs)
    .set({ ...record, mode: null, finishedAt: sql`now()` })
    .where(eq(importJobs.id, id));
}

/** Moves a checked job to `committing` unless another request already did: one commit per job. */
export async function claimCommit(db: Db, id: number, mode: ImportMode): Promise<boolean> {
  const rows = await db
    .update(importJobs)
    .set({ status: 'committing' satisfies ImportStatus, mode, message: null })
    .where(and(eq(importJobs.id, id), inArray(importJobs.status, ['validated', 'invalid'])))
    .returning({ id: importJobs.id });
  return rows.length === 1;
}

export async function saveCommit(db: Db, id: number, committedRows: number, message: string): Promise<void> {
  await db
    .update(importJobs)
    .set({ status: 'committed' satisfies ImportStatus, committedRows, message, finishedAt: sql`now()` })
    .where(eq(importJobs.id, id));
}

export async function failJob(db: Db, id: number, message: string): Promise<void> {
  await db
    .update(importJobs)
    .set({ status: 'failed' satisfies ImportStatus, message, finishedAt: sql`now()` })
    .where(eq(importJobs.id, id));
}
