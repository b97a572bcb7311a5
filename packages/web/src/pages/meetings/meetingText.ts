import type { Meeting } from '@jiceng/core';

/** "2026-11-20 14:30 · 党员活动室": when and where, as one line. */
export function whenAndWhere(m: Pick<Meeting, 'plannedOn' | 'heldOn' | 'startsAt' | 'place'>): string {
  const day = m.heldOn ?? m.plannedOn;
  return [m.startsAt ? `${day} ${m.startsAt}` : day, m.place].filter(Boolean).join(' · ');
}

/** "3/5 人出席" once anyone is marked, else "应到 5 人". */
export function attendanceLine(m: Pick<Meeting, 'expectedCount' | 'presentCount'>): string {
  return m.presentCount > 0 ? `出席 ${m.presentCount}/${m.expectedCount} 人` : `应到 ${m.expectedCount} 人`;
}
