import {
  DEVELOPMENT_STEP_KEYS,
  PROBATION_OUTCOMES,
  stepDataSchema,
  type RecordedStep,
  type StepOrOutcome,
  type StoredStepData,
} from '@jiceng/core';

/** A person event as read from the database, before it is understood as a development step. */
export interface EventRow {
  id: number;
  personId: number;
  type: string;
  occurredOn: string;
  orgId: number | null;
  voidsEventId: number | null;
  details: unknown;
}

export interface StepEntry {
  id: number;
  event: EventRow;
  record: RecordedStep & { data: StoredStepData };
  voided: boolean;
}

export const STEP_TYPES: readonly string[] = [...DEVELOPMENT_STEP_KEYS, ...PROBATION_OUTCOMES];

export function isStepType(type: string): type is StepOrOutcome {
  return STEP_TYPES.includes(type);
}

/** Ids of the events cancelled by an `event_voided` event. */
export function voidedIds(rows: readonly EventRow[]): Set<number> {
  return new Set(rows.flatMap((r) => (r.type === 'event_voided' && r.voidsEventId ? [r.voidsEventId] : [])));
}

/**
 * The development steps among a person's events, in date order (then recording order). Details are read
 * through the schema, so registration notes and other keys drop out instead of being trusted as step data.
 */
export function stepEntries(rows: readonly EventRow[]): StepEntry[] {
  const voided = voidedIds(rows);
  return rows
    .flatMap((event): StepEntry[] => {
      if (!isStepType(event.type)) return [];
      const parsed = stepDataSchema.safeParse(event.details ?? {});
      const data = parsed.success ? parsed.data : {};
      return [
        {
          id: event.id,
          event,
          record: { step: event.type, date: event.occurredOn, data },
          voided: voided.has(event.id),
        },
      ];
    })
    .sort((a, b) => (a.record.date === b.record.date ? a.id - b.id : a.record.date < b.record.date ? -1 : 1));
}

/** The history the rule engine judges: the steps not voided. */
export function liveHistory(entries: readonly StepEntry[]): RecordedStep[] {
  return entries.filter((e) => !e.voided).map((e) => e.record);
}

/** Stage events written as the effect of a step carry its id, so voiding the step voids them too. */
export function effectsOf(rows: readonly EventRow[], stepEventId: number): EventRow[] {
  const voided = voidedIds(rows);
  return rows.filter((r) => {
    const details = r.details as { stepEventId?: unknown } | null;
    return details?.stepEventId === stepEventId && !voided.has(r.id);
  });
}
