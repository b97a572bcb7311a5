import { ORG_COLUMNS, ORG_SHEET_NAME } from '@jiceng/core';
import { requirePermission } from '../../../auth/access';
import { recordAudit } from '../../../audit/service';
import { commonAncestorId } from '../../imports/common-ancestor';
import type { ImportHandler } from '../../imports/handler';
import { checkOrgsFile } from './check-file';
import { insertOrgs } from './insert-orgs';

/** Org tree import (组织信息): rows become orgs under existing ones or under each other. */
export const orgImportHandler: ImportHandler = {
  kind: 'orgs',
  permission: 'org.manage',
  sheetName: ORG_SHEET_NAME,
  columns: ORG_COLUMNS,

  async validate(services, actor, file, progress) {
    const { totalRows, errors } = await checkOrgsFile(services, actor, file, progress);
    return { totalRows, errors };
  },

  async commit(services, { ctx, jobId, fileName, file, mode, progress }) {
    const actor = requirePermission(ctx, 'org.manage');
    const checked = await checkOrgsFile(services, actor, file, () => {});
    if ((mode === 'all' && checked.errors.count > 0) || checked.rows.length === 0) {
      return { revalidated: { totalRows: checked.totalRows, errors: checked.errors } };
    }
    const skippedRows = checked.totalRows - checked.rows.length;
    await services.db.transaction(async (tx) => {
      const paths = await insertOrgs(tx, checked.rows, progress);
      await recordAudit(tx, ctx, {
        action: 'org.imported',
        entityType: 'import_job',
        entityId: jobId,
        orgId: commonAncestorId(paths),
        summary: { fileName, imported: checked.rows.length, skipped: skippedRows },
      });
    });
    return { committedRows: checked.rows.length, skippedRows };
  },
};
