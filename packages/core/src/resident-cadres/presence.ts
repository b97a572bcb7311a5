import { addDays, addMonths, daysBetween, type IsoDate } from '../shared/dates';
import type { CadrePeriod } from './rules';
import { CADRE_MODES, PRESENCE_SPAN_DAYS, type CadreMode, type PresenceSpan } from './modes';

/** Days in the village from the log: a full day counts 1, a half day 0.5. */
export function presenceDays(entries: readonly { span: PresenceSpan }[]): number {
  return entries.reduce((sum, e) => sum + PRESENCE_SPAN_DAYS[e.span], 0);
}

/** `YYYY-MM` → its first and last day. */
export function monthBounds(month: string): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

/**
 * What a stationed cadre should have logged by `today` in a month: the monthly minimum in proportion to
 * the days of the month that have passed within the cadre's period (rounded down, so the 2nd of the month
 * or a cadre who arrived on the 25th is not flagged for a whole month's minimum). A past month counts whole.
 */
export function expectedPresenceDays(
  minimum: number,
  month: string,
  period: CadrePeriod,
  today: IsoDate,
): number {
  const { first, last } = monthBounds(month);
  const monthDays = daysBetween(first, last) + 1;
  const from = period.from > first ? period.from : first;
  let to = last < today ? last : today;
  if (period.to !== null && period.to < to) to = period.to;
  if (to < from) return 0;
  const covered = daysBetween(from, to) + 1;
  return Math.floor((minimum * covered) / monthDays);
}

/** One assignment as the township counts see it. */
export interface TownshipCountInput extends CadrePeriod {
  townshipId: number;
  townshipName: string;
  villageId: number;
  mode: CadreMode;
  firstSecretary: boolean;
  assignmentId: number;
  cadreName: string;
  villageName: string;
  /** Logged days in the month (full 1, half 0.5). */
  presenceDays: number;
}

export interface StationedPresence {
  assignmentId: number;
  cadreName: string;
  villageName: string;
  firstSecretary: boolean;
  days: number;
  expected: number;
  below: boolean;
}

export interface TownshipCounts {
  townshipId: number;
  townshipName: string;
  villages: number;
  minimumDays: number;
  byMode: Record<CadreMode, number>;
  firstSecretaries: number;
  stationed: StationedPresence[];
  belowMinimum: number;
}

/**
 * Counts per township for a month, over the assignments active in it: cadres by mode, first secretaries,
 * and each stationed cadre's presence days against the minimum (flagged when below).
 */
export function townshipCounts(
  rows: readonly TownshipCountInput[],
  options: { month: string; today: IsoDate; minimumDays: (townshipId: number) => number },
): TownshipCounts[] {
  const byTownship = new Map<number, TownshipCounts & { villageIds: Set<number> }>();
  for (const row of rows) {
    let entry = byTownship.get(row.townshipId);
    if (!entry) {
      entry = {
        townshipId: row.townshipId,
        townshipName: row.townshipName,
        villages: 0,
        minimumDays: options.minimumDays(row.townshipId),
        byMode: Object.fromEntries(CADRE_MODES.map((m) => [m, 0])) as Record<CadreMode, number>,
        firstSecretaries: 0,
        stationed: [],
        belowMinimum: 0,
        villageIds: new Set(),
      };
      byTownship.set(row.townshipId, entry);
    }
    entry.villageIds.add(row.villageId);
    entry.byMode[row.mode] += 1;
    if (row.firstSecretary) entry.firstSecretaries += 1;
    if (row.mode === 'stationed') {
      const expected = expectedPresenceDays(entry.minimumDays, options.month, row, options.today);
      const below = row.presenceDays < expected;
      entry.stationed.push({
        assignmentId: row.assignmentId,
        cadreName: row.cadreName,
        villageName: row.villageName,
        firstSecretary: row.firstSecretary,
        days: row.presenceDays,
        expected,
        below,
      });
      if (below) entry.belowMinimum += 1;
    }
  }
  return [...byTownship.values()]
    .map(({ villageIds, ...counts }) => ({
      ...counts,
      villages: villageIds.size,
      stationed: counts.stationed.sort((a, b) => a.days - b.days || a.cadreName.localeCompare(b.cadreName)),
    }))
    .sort((a, b) => a.townshipName.localeCompare(b.townshipName, 'zh-CN'));
}
