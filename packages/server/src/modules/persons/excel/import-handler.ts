import { PERSON_COLUMNS, PERSON_SHEET_NAME } from '@jiceng/core';
import { requirePermission } from '../../../auth/access';
import { recordAudit } from '../../../audit/service';
import type { ImportHandler } from '../../imports/handler';
import { commonAncestorId } from '../../imports/common-ancestor';
import { checkPersonsFile } from './check-file';
import { insertPersons } from './insert-persons';

/** Person import (党员信息): rows become person records with their stage events. */
export const personImportHandler: ImportHandler = {
  kind: 'persons',
  permission: 'person.manage',
  sheetName: PERSON_SHEET_NAME,
  columns: PERSON_COLUMNS,

  async validate(services, actor, file, progress) {
    const { totalRows, errors } = await checkPersonsFile(services, actor, file, { collect: false, progress });
    return { totalRows, errors };
  },

  async commit(services, { ctx, jobId, fileName, file, mode, progress }) {
    const actor = requirePermission(ctx, 'person.manage');
    // Checked again with the committing user's current reach and the database as it is now; the file
    // is read before the transaction opens so that the transaction holds only the inserts.
    const checked = await checkPersonsFile(services, actor, file, { collect: true, progress: () => {} });
    if ((mode === 'all' && checked.errors.count > 0) || checked.rows.length === 0) {
      return { revalidated: { totalRows: checked.totalRows, errors: checked.errors } };
    }
    const skippedRows = checked.totalRows - checked.rows.length;
    await services.db.transaction(async (tx) => {
      await insertPersons(tx, services.cipher, checked.rows, { userId: actor.userId, jobId, progress });
      await recordAudit(tx, ctx, {
        action: 'person.imported',
        entityType: 'import_job',
        entityId: jobId,
        orgId: commonAncestorId(checked.rows.map((r) => r.branch.path)),
        summary: { fileName, imported: checked.rows.length, skipped: skippedRows },
      });
    });
    return { committedRows: checked.rows.length, skippedRows };
  },
};
