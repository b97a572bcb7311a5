import {
  deriveStanding,
  removalDueOn,
  restorationDeadline,
  STAGES,
  STANDING_CHANGES,
  suspensionDueOn,
  type ContactSearchView,
  type DerivedStanding,
  type Stage,
  type StandingChange,
  type StandingChangeView,
  type StandingView,
} from '@jiceng/core';
import { voidedIds } from '../development/history';
import type { NamedEventRow } from '../development/queries';

/** A string detail of an event, or null: details are jsonb written by several modules over time. */
export function detailText(details: unknown, key: string): string | null {
  if (!details || typeof details !== 'object') return null;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function changeOf(details: unknown): StandingChange | null {
  const change = detailText(details, 'change');
  return STANDING_CHANGES.find((c) => c === change) ?? null;
}

export function stageOf(stage: string | null): Stage | null {
  return STAGES.find((s) => s === stage) ?? null;
}

const byDate = (a: NamedEventRow, b: NamedEventRow) =>
  a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1;

export function standingChangeView(row: NamedEventRow, change: StandingChange): StandingChangeView {
  return {
    eventId: row.id,
    change,
    date: row.occurredOn,
    decidingOrgId: row.orgId,
    decidingOrgName: row.orgName,
    decisionRef: detailText(row.details, 'decisionRef'),
    approvingOrgName: detailText(row.details, 'approvingOrgName'),
    note: detailText(row.details, 'note'),
    // Stage effects of development steps carry the step's id (development/stage-effects.ts).
    fromDevelopment: detailText(row.details, 'rule') === 'development.md D19',
    recordedBy: row.recordedBy,
  };
}

/** What the standing rules need from one person's events; voided events are left out. */
export interface MovementHistory {
  changes: StandingChangeView[];
  standing: DerivedStanding;
  /**
   * The open lost-contact period, whatever the standing: a suspension hides it from the person row
   * (deriveMovementState), but a restoration would bring it back unless contact is regained.
   */
  openLostSince: string | null;
  lostNote: string | null;
  lastRegainedOn: string | null;
  /** All live searches, oldest first. */
  searches: ContactSearchView[];
}

export function movementHistory(rows: readonly NamedEventRow[]): MovementHistory {
  const voided = voidedIds(rows);
  const live = rows.filter((r) => !voided.has(r.id)).sort(byDate);
  const changes: StandingChangeView[] = [];
  const searches: ContactSearchView[] = [];
  let openLostSince: string | null = null;
  let lostNote: string | null = null;
  let lastRegainedOn: string | null = null;
  for (const row of live) {
    if (row.type === 'standing_changed') {
      const change = changeOf(row.details);
      if (change) changes.push(standingChangeView(row, change));
    } else if (row.type === 'lost_contact_marked') {
      openLostSince = row.occurredOn;
      lostNote = detailText(row.details, 'note');
    } else if (row.type === 'contact_regained') {
      openLostSince = null;
      lostNote = null;
      lastRegainedOn = row.occurredOn;
    } else if (row.type === 'contact_searched') {
      searches.push({
        eventId: row.id,
        date: row.occurredOn,
        method: detailText(row.details, 'method') ?? '',
        result: detailText(row.details, 'result') ?? '',
        recordedBy: row.recordedBy,
      });
    }
  }
  const standing = deriveStanding(
    changes.map((c) => ({ id: c.eventId, change: c.change, occurredOn: c.date })),
  );
  return { changes, standing, openLostSince, lostNote, lastRegainedOn, searches };
}

/** The latest lost period's start: the open one, else the last one marked (for a suspended member's page). */
function latestLostSince(rows: readonly NamedEventRow[], history: MovementHistory): string | null {
  if (history.openLostSince) return history.openLostSince;
  const voided = voidedIds(rows);
  const marked = rows
    .filter((r) => r.type === 'lost_contact_marked' && !voided.has(r.id))
    .map((r) => r.occurredOn)
    .sort();
  return marked.at(-1) ?? null;
}

export function standingView(
  person: { id: number; stage: string | null },
  rows: readonly NamedEventRow[],
): StandingView {
  const history = movementHistory(rows);
  const { standing, since, suspendedOn } = history.standing;
  // Lost contact counts only while the standing is normal (deriveMovementState does the same).
  const lostSince = standing === 'active' ? history.openLostSince : null;
  const searchesFrom = latestLostSince(rows, history);
  return {
    personId: person.id,
    stage: stageOf(person.stage),
    standing,
    standingSince: since,
    lostSince,
    lostNote: lostSince ? history.lostNote : null,
    suspensionDueOn: lostSince ? suspensionDueOn(lostSince) : null,
    suspendedOn,
    restorationDeadline: suspendedOn ? restorationDeadline(suspendedOn) : null,
    removalDueOn: suspendedOn ? removalDueOn(suspendedOn) : null,
    changes: history.changes,
    searches: searchesFrom ? history.searches.filter((s) => s.date >= searchesFrom) : [],
  };
}
