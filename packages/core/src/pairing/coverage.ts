import type { IsoDate } from '../shared/dates';
import { visitOverdueBefore } from './rules';

/** What the coverage view needs to know of one household open now or closed during the year. */
export interface HouseholdCoverageFacts {
  /** Still in the programme; a household closed during the year counts only for the year's visits. */
  open: boolean;
  /** The row it counts in: the child org of the viewed org it sits under (or the viewed org itself). */
  groupId: number;
  peopleCount: number;
  /** Paired with at least one helper today. */
  paired: boolean;
  helperIds: readonly number[];
  lastVisitOn: IsoDate | null;
  visitsThisYear: number;
  moneyFenThisYear: number;
  goodsFenThisYear: number;
}

export interface CoverageFigures {
  households: number;
  pairedHouseholds: number;
  /** People in the paired households. */
  peopleCovered: number;
  helpers: number;
  visitsThisYear: number;
  moneyFenThisYear: number;
  goodsFenThisYear: number;
  /** Paired households with no visit in the last three months. */
  notVisitedRecently: number;
}

const EMPTY: CoverageFigures = {
  households: 0,
  pairedHouseholds: 0,
  peopleCovered: 0,
  helpers: 0,
  visitsThisYear: 0,
  moneyFenThisYear: 0,
  goodsFenThisYear: 0,
  notVisitedRecently: 0,
};

function figuresOf(facts: readonly HouseholdCoverageFacts[], overdueBefore: IsoDate): CoverageFigures {
  const helpers = new Set<number>();
  const out = { ...EMPTY };
  for (const f of facts) {
    out.visitsThisYear += f.visitsThisYear;
    out.moneyFenThisYear += f.moneyFenThisYear;
    out.goodsFenThisYear += f.goodsFenThisYear;
    if (!f.open) continue;
    out.households += 1;
    if (!f.paired) continue;
    out.pairedHouseholds += 1;
    out.peopleCovered += f.peopleCount;
    for (const h of f.helperIds) helpers.add(h);
    if (f.lastVisitOn === null || f.lastVisitOn < overdueBefore) out.notVisitedRecently += 1;
  }
  out.helpers = helpers.size;
  return out;
}

/**
 * Coverage per group (child org) and in total. Helpers are counted once however many households they
 * help, so the total's helpers is not the sum of the rows'. Groups without households still get a row.
 */
export function computeCoverage(
  facts: readonly HouseholdCoverageFacts[],
  groupIds: readonly number[],
  today: IsoDate,
): { rows: Map<number, CoverageFigures>; total: CoverageFigures; overdueBefore: IsoDate } {
  const overdueBefore = visitOverdueBefore(today);
  const byGroup = new Map<number, HouseholdCoverageFacts[]>(groupIds.map((id) => [id, []]));
  for (const f of facts) {
    const list = byGroup.get(f.groupId);
    if (list) list.push(f);
    else byGroup.set(f.groupId, [f]);
  }
  const rows = new Map<number, CoverageFigures>();
  for (const [id, list] of byGroup) rows.set(id, figuresOf(list, overdueBefore));
  return { rows, total: figuresOf(facts, overdueBefore), overdueBefore };
}
