import { chinaToday } from '@jiceng/core';
import type { Tx } from '../../../db/connection';
import type { DataCipher } from '../../../http/crypto';
import type { Progress } from '../../imports/handler';
import { insertPersonsBulk } from '../bulk';
import type { PreparedPerson } from './check-file';

/** Writes the checked rows of an import through the one bulk path for persons. */
export async function insertPersons(
  tx: Tx,
  cipher: DataCipher,
  people: readonly PreparedPerson[],
  context: { userId: number; jobId: number; progress: Progress },
): Promise<void> {
  await insertPersonsBulk(
    tx,
    cipher,
    people.map((p) => ({
      tenantOrgId: p.branch.tenantOrgId,
      orgId: p.branch.id,
      groupId: p.groupId,
      name: p.value.name,
      sex: p.value.sex,
      birthDate: p.value.birthDate,
      ethnicity: p.value.ethnicity,
      education: p.value.education,
      personKind: p.value.personKind,
      occupation: p.value.occupation,
      address: p.value.address,
      idNumber: p.value.idNumber,
      phone: p.value.phone,
      dates: p.value.dates,
    })),
    {
      recordedBy: context.userId,
      registeredOn: chinaToday(),
      details: { source: 'import', importJobId: context.jobId },
    },
    context.progress,
  );
}
