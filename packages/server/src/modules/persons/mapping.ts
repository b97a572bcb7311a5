import {
  type Standing,
  maskIdNumber,
  maskPhone,
  type Education,
  type Occupation,
  type Person,
  type PersonKind,
  type SexValue,
  type Stage,
} from '@jiceng/core';
import type { DataCipher } from '../../http/crypto';
import type { persons } from './schema';

type PersonRow = typeof persons.$inferSelect;

/** The API shape of a person; ID number and phone masked unless `unmasked` (id-number.md I11). */
export function toPerson(
  row: PersonRow,
  names: { orgName: string; groupName: string | null },
  cipher: DataCipher,
  unmasked = false,
): Person {
  const idNumber = cipher.decrypt(row.idNumberEnc);
  const phone = row.phoneEnc ? cipher.decrypt(row.phoneEnc) : null;
  return {
    id: row.id,
    name: row.name,
    sex: row.sex as SexValue,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    idNumber: unmasked ? idNumber : maskIdNumber(idNumber),
    phone: phone === null ? null : unmasked ? phone : maskPhone(phone),
    education: row.education as Education,
    personKind: row.personKind as PersonKind,
    occupation: row.occupation as Occupation,
    address: row.address,
    orgId: row.orgId,
    orgName: names.orgName,
    groupId: row.groupId,
    groupName: names.groupName,
    stage: row.stage as Stage | null,
    applicationDate: row.applicationDate,
    activistDate: row.activistDate,
    candidateDate: row.candidateDate,
    admissionDate: row.admissionDate,
    conversionDate: row.conversionDate,
    standing: row.standing as Standing,
    standingSince: row.standingSince,
    lostSince: row.lostSince,
    transferredOutOn: row.transferredOutOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
