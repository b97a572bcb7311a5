import { deriveMovementState, deriveStage, STAGE_DATE_FIELDS, type StageDates } from '@jiceng/core';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { personEvents, persons } from './schema';

export interface NewPersonEvent {
  type: string;
  occurredOn: string;
  orgId: number | null;
  voidsEventId?: number | null;
  details?: Record<string, unknown>;
}

/** Appends events and re-derives the person's stage and standing in the same transaction (DESIGN.md). */
export async function appendPersonEvents(
  tx: Tx,
  person: { id: number; tenantOrgId: number },
  recordedBy: number | null,
  events: NewPersonEvent[],
): Promise<void> {
  if (events.length > 0) {
    await tx.insert(personEvents).values(
      events.map((e) => ({
        personId: person.id,
        tenantOrgId: person.tenantOrgId,
        type: e.type,
        occurredOn: e.occurredOn,
        orgId: e.orgId,
        recordedBy,
        voidsEventId: e.voidsEventId ?? null,
        details: e.details ?? {},
      })),
    );
  }
  await refreshDerivedStage(tx, person.id);
}

export async function refreshDerivedStage(tx: Tx, personId: number): Promise<void> {
  const events = await tx
    .select({
      id: personEvents.id,
      type: personEvents.type,
      occurredOn: personEvents.occurredOn,
      voidsEventId: personEvents.voidsEventId,
      details: personEvents.details,
    })
    .from(personEvents)
    .where(eq(personEvents.personId, personId));
  const derived = deriveStage(events);
  const voided = new Set(events.filter((e) => e.type === 'event_voided').map((e) => e.voidsEventId));
  const movement = deriveMovementState(
    events
      .filter((e) => !voided.has(e.id))
      .map((e) => ({ ...e, details: (e.details ?? {}) as Record<string, unknown> })),
  );
  await tx
    .update(persons)
    .set({ stage: derived.stage, ...derived.dates, ...movement, updatedAt: sql`now()` })
    .where(eq(persons.id, personId));
}

/** The stage events a new record's entered dates stand for. */
export function stageEventsFromDates(dates: Partial<StageDates>, orgId: number): NewPersonEvent[] {
  const events: NewPersonEvent[] = [];
  for (const [field, type] of STAGE_DATE_FIELDS) {
    const date = dates[field];
    if (date) events.push({ type, occurredOn: date, orgId, details: { source: 'registration' } });
  }
  return events;
}
