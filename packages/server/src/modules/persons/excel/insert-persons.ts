import { chinaToday, deriveStage } from '@jiceng/core';
import type { Tx } from '../../../db/connection';
import type { DataCipher } from '../../../http/crypto';
import type { Progress } from '../../imports/handler';
import { stageEventsFromDates, type NewPersonEvent } from '../events';
import { personEvents, persons } from '../schema';
import type { PreparedPerson } from './check-file';

/** Persons per INSERT; events go in statements of their own, below PostgreSQL's 65,535 parameters. */
const PERSON_BATCH = 1000;
const EVENT_BATCH = 4000;

/**
 * Inserts the persons with multi-row INSERTs, then their events (`registered` and one per stage date).
 * The stage fields of each record come from `deriveStage` over exactly the events written with it, as
 * `appendPersonEvents` would leave them, without reading each person back.
 */
export async function insertPersons(
  tx: Tx,
  cipher: DataCipher,
  people: readonly PreparedPerson[],
  context: { userId: number; jobId: number; progress: Progress },
): Promise<void> {
  const today = chinaToday();
  for (let start = 0; start < people.length; start += PERSON_BATCH) {
    const chunk = people.slice(start, start + PERSON_BATCH);
    const eventsOf = new Map<string, NewPersonEvent[]>();
    const records = chunk.map((p) => {
      const events: NewPersonEvent[] = [
        {
          type: 'registered',
          occurredOn: today,
          orgId: p.branch.id,
          details: { source: 'import', importJobId: context.jobId },
        },
        ...stageEventsFromDates(p.value.dates, p.branch.id),
      ];
      eventsOf.set(p.idNumberHash, events);
      // Numbered in insertion order, which is the order their serial ids will have.
      const derived = deriveStage(
        events.map((e, i) => ({ id: i + 1, type: e.type, occurredOn: e.occurredOn })),
      );
      const { value } = p;
      return {
        tenantOrgId: p.branch.tenantOrgId,
        orgId: p.branch.id,
        groupId: p.groupId,
        name: value.name,
        sex: value.sex,
        birthDate: value.birthDate,
        ethnicity: value.ethnicity,
        education: value.education,
        personKind: value.personKind,
        occupation: value.occupation,
        address: value.address,
        idNumberEnc: cipher.encrypt(value.idNumber),
        idNumberHash: p.idNumberHash,
        phoneEnc: value.phone ? cipher.encrypt(value.phone) : null,
        phoneHash: value.phone ? cipher.lookupHash(value.phone) : null,
        stage: derived.stage,
        ...derived.dates,
      };
    });
    const inserted = await tx
      .insert(persons)
      .values(records)
      .returning({ id: persons.id, hash: persons.idNumberHash });
    // Matched by hash, not by position: RETURNING promises no order.
    const idOf = new Map(inserted.map((r) => [r.hash, r.id]));
    const eventRows = chunk.flatMap((p) =>
      eventsOf.get(p.idNumberHash)!.map((e) => ({
        personId: idOf.get(p.idNumberHash)!,
        tenantOrgId: p.branch.tenantOrgId,
        type: e.type,
        occurredOn: e.occurredOn,
        orgId: e.orgId,
        recordedBy: context.userId,
        voidsEventId: null,
        details: e.details ?? {},
      })),
    );
    for (let e = 0; e < eventRows.length; e += EVENT_BATCH) {
      await tx.insert(personEvents).values(eventRows.slice(e, e + EVENT_BATCH));
    }
    context.progress(start + chunk.length);
  }
}
