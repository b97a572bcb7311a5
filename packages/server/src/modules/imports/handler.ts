import type { ImportKind, ImportMode, Permission, SheetColumn } from '@jiceng/core';
import type { Actor, RequestContext } from '../../auth/actor';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import type { RowErrors } from './row-errors';

export interface ImportServices {
  db: Db;
  cipher: DataCipher;
}

/** Rows done so far in the running step. */
export type Progress = (processedRows: number) => void;

export interface ValidationResult {
  totalRows: number;
  errors: RowErrors;
}

export type CommitResult =
  | { committedRows: number; skippedRows: number }
  /** The file no longer passes as it did (the database changed since): nothing was written. */
  | { revalidated: ValidationResult };

export interface CommitRequest {
  ctx: RequestContext;
  jobId: number;
  fileName: string;
  file: Buffer;
  mode: ImportMode;
  progress: Progress;
}

/** One kind of import (persons, orgs): how its rows are checked and written; the job flow is shared. */
export interface ImportHandler {
  kind: ImportKind;
  permission: Permission;
  sheetName: string;
  columns: readonly SheetColumn[];
  validate(
    services: ImportServices,
    actor: Actor,
    file: Buffer,
    progress: Progress,
  ): Promise<ValidationResult>;
  /** Checks the file again and writes its rows in one transaction, with one audit row. */
  commit(services: ImportServices, request: CommitRequest): Promise<CommitResult>;
}
