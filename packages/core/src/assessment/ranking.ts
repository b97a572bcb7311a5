/** A branch's standing on a board or over a year: points earned against points possible. */
export interface Rankable {
  /** Tenths of a point; null when nothing is scored yet (not ranked). */
  totalTenths: number | null;
  /** Whole points possible (the item set's total). */
  maxTotal: number;
}

/** Negative when `a` stands higher: the larger share of its possible points, compared exactly. */
function compareShare(a: Rankable & { totalTenths: number }, b: Rankable & { totalTenths: number }): number {
  return b.totalTenths * a.maxTotal - a.totalTenths * b.maxTotal;
}

/**
 * Competition ranking (1, 2, 2, 4) by share of possible points, so branches under item sets of other
 * totals compare fairly; equal shares share a rank. Unscored rows get null. Ranks come back in input order.
 */
export function rankRows(rows: readonly Rankable[]): (number | null)[] {
  const scored = rows.filter((r): r is Rankable & { totalTenths: number } => r.totalTenths !== null);
  return rows.map((row) => {
    if (row.totalTenths === null) return null;
    const mine = { ...row, totalTenths: row.totalTenths };
    return 1 + scored.filter((other) => compareShare(other, mine) < 0).length;
  });
}

/** The mean of the scored months in tenths, rounded half up; null when no month is scored. */
export function averageTenths(monthTotals: readonly (number | null)[]): number | null {
  const scored = monthTotals.filter((t): t is number => t !== null);
  if (scored.length === 0) return null;
  const sum = scored.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + scored.length) / (2 * scored.length));
}

/** A hand score in points (at most one decimal) as tenths; null when it has more decimals. */
export function pointsToTenths(score: number): number | null {
  const tenths = Math.round(score * 10);
  return Math.abs(score * 10 - tenths) < 1e-9 ? tenths : null;
}
