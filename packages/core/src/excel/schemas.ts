import { z } from 'zod';
import { personListQuerySchema } from '../person/schemas';

export const IMPORT_KINDS = ['persons', 'orgs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** `validating` → `validated` | `invalid` → `committing` → `committed` | `failed`. */
export const IMPORT_STATUSES = [
  'validating',
  'validated',
  'invalid',
  'committing',
  'committed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  validating: '校验中',
  validated: '校验通过',
  invalid: '有错误',
  committing: '导入中',
  committed: '已导入',
  failed: '失败',
};

/** `all`: only when every row is valid; `valid_only`: the valid rows, the others skipped. */
export const IMPORT_MODES = ['all', 'valid_only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const importErrorSchema = z.object({
  /** The Excel row number, as the sheet shows it. */
  row: z.number().int(),
  /** The Chinese column header. */
  column: z.string(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importJobSchema = z.object({
  id: z.number().int(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  totalRows: z.number().int(),
  /** Rows done in the running step (validation or commit), for a progress bar. */
  processedRows: z.number().int(),
  validRows: z.number().int(),
  errorCount: z.number().int(),
  /** The first errors in row order; `errorCount` counts them all, the report marks them all. */
  errors: z.array(importErrorSchema),
  mode: z.enum(IMPORT_MODES).nullable(),
  committedRows: z.number().int(),
  message: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importCommitSchema = z.strictObject({
  mode: z.enum(IMPORT_MODES, { message: '导入方式应为 all 或 valid_only' }),
});
export type ImportCommitInput = z.infer<typeof importCommitSchema>;

/** The person list's filters and sort, without paging: an export takes every matching person. */
export const personExportQuerySchema = personListQuerySchema.omit({ page: true, pageSize: true }).extend({
  unmasked: z.enum(['true', 'false']).optional(),
});
export type PersonExportQuery = z.infer<typeof personExportQuerySchema>;
