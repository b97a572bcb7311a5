import { hardshipFor, type MonthKey } from '@jiceng/core';
import type { Tx } from '../../db/connection';
import type { PersonRow } from '../../auth/person-access';
import { upsertDueRows } from './generate';
import { computedDue, loadMemberDues } from './member-dues';

/**
 * After a new base or hardship decision, the months already generated from `from` on are recomputed, so
 * the ledger does not keep asking for the old amount; a month already paid keeps what was collected.
 */
export async function refreshDueRows(
  tx: Tx,
  person: PersonRow,
  from: MonthKey,
  to?: MonthKey,
): Promise<number> {
  const data = await loadMemberDues(tx, person);
  const rows = [...data.dueRows.keys()]
    .filter((month) => month >= from && (to === undefined || month <= to))
    .flatMap((month) => {
      const amountFen = computedDue(month, data.bases, data.hardships);
      return amountFen === null
        ? []
        : [
            {
              personId: person.id,
              month,
              tenantOrgId: person.tenantOrgId,
              orgId: person.orgId,
              orgPath: person.orgPath,
              amountFen,
              hardship: hardshipFor(month, data.hardships) !== null,
            },
          ];
    });
  await upsertDueRows(tx, rows);
  return rows.length;
}
