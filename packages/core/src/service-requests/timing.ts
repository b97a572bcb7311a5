import { isOpenState, isResolvedState, type ServiceRequestState } from './states';

/** The moments that decide whether a request was handled in time. */
export interface RequestClock {
  state: ServiceRequestState;
  respondBy: Date;
  resolveBy: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
}

const MINUTE_MS = 60_000;

/** The response deadline was missed: no response by then (still none, or a late one). */
export function responseMissed(r: RequestClock, now: Date): boolean {
  if (r.respondedAt) return r.respondedAt > r.respondBy;
  return isOpenState(r.state) && now >= r.respondBy;
}

/** The resolve deadline was missed: not resolved by then (still open, or resolved late). */
export function resolutionMissed(r: RequestClock, now: Date): boolean {
  if (r.resolvedAt) return r.resolvedAt > r.resolveBy;
  return isOpenState(r.state) && now >= r.resolveBy;
}

/**
 * How many deadlines an open request has missed (0–2). Each missed deadline sends it one org further up:
 * missing the response goes to the org above, missing the resolution as well to the org above that.
 */
export function overdueLevel(r: RequestClock, now: Date): number {
  if (!isOpenState(r.state)) return 0;
  return (responseMissed(r, now) ? 1 : 0) + (resolutionMissed(r, now) ? 1 : 0);
}

/** Resolved with both deadlines met (按时办结). */
export function resolvedOnTime(r: RequestClock): boolean {
  return isResolvedState(r.state) && !responseMissed(r, r.resolvedAt!) && !resolutionMissed(r, r.resolvedAt!);
}

export type DeadlineStatus =
  /** Open, the next deadline still ahead. */
  | { kind: 'due'; deadline: 'response' | 'resolution'; at: Date; minutesLeft: number }
  /** Open, the next deadline passed. */
  | { kind: 'overdue'; deadline: 'response' | 'resolution'; at: Date; minutesOverdue: number }
  | { kind: 'on_time' }
  | { kind: 'late' }
  /** Rejected or withdrawn: no deadline applies. */
  | { kind: 'closed' };

/**
 * What a list shows about the deadline: for an open request the next deadline it must meet (the response
 * until someone responds, then the resolution) and the time left or overdue; for a resolved one whether it
 * was on time.
 */
export function deadlineStatus(r: RequestClock, now: Date): DeadlineStatus {
  if (isResolvedState(r.state)) return resolvedOnTime(r) ? { kind: 'on_time' } : { kind: 'late' };
  if (!isOpenState(r.state)) return { kind: 'closed' };
  const minutesFrom = (a: Date, b: Date) => Math.floor((b.getTime() - a.getTime()) / MINUTE_MS);
  if (now >= r.resolveBy) {
    return {
      kind: 'overdue',
      deadline: 'resolution',
      at: r.resolveBy,
      minutesOverdue: minutesFrom(r.resolveBy, now),
    };
  }
  if (r.respondedAt) {
    return {
      kind: 'due',
      deadline: 'resolution',
      at: r.resolveBy,
      minutesLeft: minutesFrom(now, r.resolveBy),
    };
  }
  if (now >= r.respondBy) {
    return {
      kind: 'overdue',
      deadline: 'response',
      at: r.respondBy,
      minutesOverdue: minutesFrom(r.respondBy, now),
    };
  }
  return { kind: 'due', deadline: 'response', at: r.respondBy, minutesLeft: minutesFrom(now, r.respondBy) };
}

/** A share in per cent with one decimal, or null when nothing is counted. */
export function ratePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * The on-time rate over requests whose outcome is known: resolved ones, and open ones already past their
 * resolve deadline (they can no longer be on time). Rejected and withdrawn requests do not count.
 */
export function onTimeFigures(requests: readonly RequestClock[], now: Date) {
  let counted = 0;
  let onTime = 0;
  let overdueOpen = 0;
  for (const r of requests) {
    if (isResolvedState(r.state)) {
      counted += 1;
      if (resolvedOnTime(r)) onTime += 1;
    } else if (isOpenState(r.state) && now >= r.resolveBy) {
      counted += 1;
      overdueOpen += 1;
    }
  }
  return { counted, onTime, overdueOpen, rate: ratePercent(onTime, counted) };
}

/** A moment as people read it in China: `2026-03-01 09:30`. */
export function chinaDateTimeLabel(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
