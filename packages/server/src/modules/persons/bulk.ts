import { deriveStage, type StageDates } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { insertJsonRows } from '../imports/json-insert';
import { stageEventsFromDates, type NewPersonEvent } from './events';
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

/** Persons per statement; their events (up to six each) in statements of their own. */
const PERSON_BATCH = 1000;
const EVENT_BATCH = 5000;

const PERSON_KEYS = [
  'tenantOrgId',
  'orgId',
  'groupId',
  'name',
  'sex',
  'birthDate',
  'ethnicity',
  'education',
  'personKind',
  'occupation',
  'address',
  'idNumberEnc',
  'idNumberHash',
  'phoneEnc',
  'phoneHash',
  'stage',
  'applicationDate',
  'activistDate',
  'candidateDate',
  'admissionDate',
  'conversionDate',
] as const;
const EVENT_KEYS = [
  'personId',
  'tenantOrgId',
  'type',
  'occurredOn',
  'orgId',
  'recordedBy',
  'details',
] as const;

/**
 * Writes many people in the caller's transaction (an import, the demo county, benchmarks): each with its
 * `registered` event and one event per stage date, and the stage fields derived by `deriveStage` from
 * exactly those events, as `appendPersonEvents` would leave them, without reading each person back.
 */
export async function insertPersonsBulk(
  tx: Tx,
  cipher: DataCipher,
  records: readonly NewPersonRecord[],
  context: { recordedBy: number | null; registeredOn: string; details: Record<string, unknown> },
  onProgress: (done: number) => void = () => undefined,
): Promise<void> {
  for (let start = 0; start < records.length; start += PERSON_BATCH) {
    const chunk = records.slice(start, start + PERSON_BATCH);
    const eventsOf = new Map<string, NewPersonEvent[]>();
    const rows = chunk.map((r) => {
      const idNumberHash = cipher.lookupHash(r.idNumber);
      const events: NewPersonEvent[] = [
        { type: 'registered', occurredOn: context.registeredOn, orgId: r.orgId, details: context.details },
        ...stageEventsFromDates(r.dates, r.orgId).map((e) => ({ ...e, details: context.details })),
      ];
      eventsOf.set(idNumberHash, events);
      // Numbered in insertion order, which is the order their serial ids will have.
      const derived = deriveStage(
        events.map((e, i) => ({ id: i + 1, type: e.type, occurredOn: e.occurredOn })),
      );
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
        idNumberHash,
        phoneEnc: r.phone ? cipher.encrypt(r.phone) : null,
        phoneHash: r.phone ? cipher.lookupHash(r.phone) : null,
        stage: derived.stage,
        ...derived.dates,
      };
    });
    const inserted = await insertJsonRows(
      tx,
      persons,
      PERSON_KEYS,
      rows,
      sql`${sql.identifier('id')}, ${sql.identifier('id_number_hash')}`,
    );
    // Matched by hash, not by position: RETURNING promises no order.
    const idOf = new Map(inserted.map((r) => [String(r.id_number_hash), Number(r.id)]));
    const eventRows = chunk.flatMap((r, i) =>
      eventsOf.get(rows[i]!.idNumberHash)!.map((e) => ({
        personId: idOf.get(rows[i]!.idNumberHash)!,
        tenantOrgId: r.tenantOrgId,
        type: e.type,
        occurredOn: e.occurredOn,
        orgId: e.orgId,
        recordedBy: context.recordedBy,
        details: e.details ?? {},
      })),
    );
    for (let e = 0; e < eventRows.length; e += EVENT_BATCH) {
      await insertJsonRows(tx, personEvents, EVENT_KEYS, eventRows.slice(e, e + EVENT_BATCH));
    }
    onProgress(start + chunk.length);
  }
}
