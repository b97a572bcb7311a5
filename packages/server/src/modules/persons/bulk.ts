import { deriveStage, STAGE_DATE_FIELDS, type StageDates } from '@jiceng/core';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { personEvents, persons } from './schema';

/** A validated person ready to be written (the ID number normalized, sex and birth date derived from it). */
export interface NewPersonRecord {
  tenantOrgId: number;
  orgId: number;
  groupId: number | null;
  name: string;
  sex: string;
  birthDate: string;
  ethnicity: string;
  education: string;
  personKind: string;
  occupation: string;
  address: string | null;
  idNumber: string;
  phone: string | null;
  dates: Partial<StageDates>;
}

const CHUNK = 1000;

/**
 * Writes many people in the caller's transaction with multi-row INSERTs: each person with its
 * `registered` event and one event per stage date, and the stage fields derived from exactly those events.
 */
export async function insertPersonsBulk(
  tx: Tx,
  cipher: DataCipher,
  records: readonly NewPersonRecord[],
  context: { recordedBy: number | null; registeredOn: string; source: string },
  onProgress: (done: number) => void = () => undefined,
): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    const eventsByPerson = chunk.map((r) => {
      const stageEvents = STAGE_DATE_FIELDS.flatMap(([field, type]) => {
        const date = r.dates[field];
        return date ? [{ type, occurredOn: date }] : [];
      });
      return stageEvents;
    });
    const inserted = await tx
      .insert(persons)
      .values(
        chunk.map((r, i) => {
          const derived = deriveStage(eventsByPerson[i]!.map((e, n) => ({ id: n, ...e })));
          return {
            tenantOrgId: r.tenantOrgId,
            orgId: r.orgId,
            groupId: r.groupId,
            name: r.name,
            sex: r.sex,
            birthDate: r.birthDate,
            ethnicity: r.ethnicity,
            education: r.education,
            personKind: r.personKind,
            occupation: r.occupation,
            address: r.address,
            idNumberEnc: cipher.encrypt(r.idNumber),
            idNumberHash: cipher.lookupHash(r.idNumber),
            phoneEnc: r.phone ? cipher.encrypt(r.phone) : null,
            phoneHash: r.phone ? cipher.lookupHash(r.phone) : null,
            stage: derived.stage,
            ...derived.dates,
          };
        }),
      )
      .returning({ id: persons.id });
    const events = inserted.flatMap(({ id }, i) => {
      const r = chunk[i]!;
      const base = {
        personId: id,
        tenantOrgId: r.tenantOrgId,
        orgId: r.orgId,
        recordedBy: context.recordedBy,
      };
      return [
        {
          ...base,
          type: 'registered',
          occurredOn: context.registeredOn,
          details: { source: context.source },
        },
        ...eventsByPerson[i]!.map((e) => ({ ...base, ...e, details: { source: context.source } })),
      ];
    });
    for (let e = 0; e < events.length; e += CHUNK * 2) {
      await tx.insert(personEvents).values(events.slice(e, e + CHUNK * 2));
    }
    ids.push(...inserted.map((r) => r.id));
    onProgress(ids.length);
  }
  return ids;
}
