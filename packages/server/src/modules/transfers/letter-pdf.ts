import { ETHNICITY_LABELS, maskIdNumber, SEX_LABELS, type Sex } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { renderTransferLetter } from '../../pdf/transfer-letter';
import { reaches, requireTransfer } from './access';

function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The letter with stub and receipt (T2, T3). The full ID number is printed only for the sending side with
 * the right to see it (the paper goes with the member); anyone else on the path gets it masked. Audited.
 */
export async function transferLetterPdf(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
): Promise<Buffer> {
  const actor = requirePermission(ctx, 'person.read');
  const input = await db.transaction(async (tx) => {
    const { row, stops } = await requireTransfer(tx, actor, id);
    if (!row.letterNumber || !row.issuedOn || row.kind === 'inbound' || row.state === 'cancelled') {
      throw conflict('介绍信尚未开具，不能打印');
    }
    const [person] = await tx.select().from(persons).where(eq(persons.id, row.personId));
    const [issuer] = await tx.select().from(orgs).where(eq(orgs.id, row.issuerOrgId!));
    const sender = stops[0]!;
    const issuerStop = stops.find((s) => s.role === 'issue');
    const full =
      reaches(actor, 'person.unmask', sender.path) || reaches(actor, 'person.unmask', issuerStop?.path);
    const idNumber = cipher.decrypt(person!.idNumberEnc);
    await recordAudit(tx, ctx, {
      action: 'transfer.letter_printed',
      entityType: 'transfer',
      entityId: id,
      orgId: issuer!.id,
      summary: { after: { letterNumber: row.letterNumber, unmasked: full } },
    });
    return {
      letterNumber: row.letterNumber,
      issuingOrgName: issuer!.name,
      person: {
        name: person!.name,
        sex: SEX_LABELS[person!.sex as Sex],
        age: ageOn(person!.birthDate, row.issuedOn),
        ethnicity: ETHNICITY_LABELS[person!.ethnicity] ?? person!.ethnicity,
        idNumber: full ? idNumber : maskIdNumber(idNumber),
        membership: person!.stage === 'probationary' ? ('预备党员' as const) : ('正式党员' as const),
      },
      fromOrgName: row.fromOrgName,
      toOrgName: row.toOrgName,
      duesPaidUpTo: row.duesPaidUpTo,
      validityDays: row.validityDays,
      issuedOn: row.issuedOn,
      expiresOn: row.expiresOn!,
      contact: {},
    };
  });
  return renderTransferLetter(input);
}
