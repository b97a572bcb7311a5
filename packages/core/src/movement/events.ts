import type { IsoDate } from '../shared/dates';
import {
  deriveStanding,
  STANDING_CHANGE_LABELS,
  STANDING_CHANGES,
  type Standing,
  type StandingChange,
} from './standing';

/** Person event types of membership movement, as the timeline names them. */
export const MOVEMENT_EVENT_LABELS: Record<string, string> = {
  standing_changed: '党籍异动',
  lost_contact_marked: '失去联系',
  contact_searched: '寻找失联党员',
  contact_regained: '恢复联系',
  transfer_requested: '申请转接组织关系',
  transfer_issued: '开具组织关系介绍信',
  transfer_refused: '组织关系转接被退回',
  transfer_cancelled: '撤销组织关系转接',
  transfer_received: '组织关系转入本支部',
  transferred_out: '组织关系转出（回执已返回）',
  transfer_registered_in: '凭介绍信转入',
  outflow_registered: '外出流动登记',
  outflow_confirmed: '流入地党组织确认',
  outflow_returned: '流动党员返回',
};

/** The timeline's label of a standing change names the change itself. */
export function movementEventLabel(type: string, details: Record<string, unknown>): string | null {
  if (type === 'standing_changed' && STANDING_CHANGES.includes(details.change as StandingChange)) {
    return `党籍异动：${STANDING_CHANGE_LABELS[details.change as StandingChange]}`;
  }
  return MOVEMENT_EVENT_LABELS[type] ?? null;
}

export interface MovementEvent {
  id: number;
  type: string;
  occurredOn: IsoDate;
  details: Record<string, unknown>;
}

export interface MovementState {
  standing: Standing;
  standingSince: IsoDate | null;
  lostSince: IsoDate | null;
  transferredOutOn: IsoDate | null;
}

const byDate = (a: MovementEvent, b: MovementEvent) =>
  a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1;

/** The person row's movement columns, derived from the live (not voided) events (T15, DESIGN.md). */
export function deriveMovementState(events: readonly MovementEvent[]): MovementState {
  const ordered = [...events].sort(byDate);
  const standing = deriveStanding(
    ordered
      .filter((e) => e.type === 'standing_changed')
      .filter((e) => STANDING_CHANGES.includes(e.details.change as StandingChange))
      .map((e) => ({ id: e.id, change: e.details.change as StandingChange, occurredOn: e.occurredOn })),
  );
  let lostSince: IsoDate | null = null;
  let transferredOutOn: IsoDate | null = null;
  for (const e of ordered) {
    if (e.type === 'lost_contact_marked') lostSince = e.occurredOn;
    if (e.type === 'contact_regained') lostSince = null;
    if (e.type === 'transferred_out') transferredOutOn = e.occurredOn;
    if (e.type === 'transfer_registered_in') transferredOutOn = null;
  }
  // A member who leaves (or is suspended) is no longer searched for as lost.
  if (standing.standing !== 'active') lostSince = null;
  return { standing: standing.standing, standingSince: standing.since, lostSince, transferredOutOn };
}
