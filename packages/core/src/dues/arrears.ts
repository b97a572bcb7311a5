import { compareMonth, monthsBetween, type MonthKey } from './months';

/** Issue 8: the branch reminds a member after 3 consecutive unpaid months (project convention). */
export const DUES_REMINDER_MONTHS = 3;
/** dues.md F12: 6 consecutive months without dues and without proper reason. */
export const DUES_REMOVAL_FLAG_MONTHS = 6;

export interface MonthRun {
  from: MonthKey;
  to: MonthKey;
  months: number;
}

export interface DuesArrears {
  /** Due and unpaid months up to `throughMonth`, oldest first (F11: owed per month, not as a lump). */
  unpaidMonths: MonthKey[];
  /** The run of consecutive unpaid months ending at `throughMonth` (null when that month is paid). */
  currentRun: MonthRun | null;
  /** Its length, 0 when `throughMonth` is paid, exempt or before the start. */
  consecutiveUnpaid: number;
  /** The longest run of consecutive unpaid months with no recorded reason, anywhere up to `throughMonth`. */
  longestUnexplainedRun: MonthRun | null;
  /** Issue 8: remind the member (`consecutiveUnpaid` ≥ 3). */
  reminderDue: boolean;
  /**
   * F12: 6 consecutive unpaid months without a recorded reason, still unpaid. Puts the member on the list for
   * the branch general meeting; code never removes anyone.
   */
  isRemovalCase: boolean;
}

/** Runs of consecutive months for which `counts` holds, up to `throughMonth`. */
function runsOf(months: readonly MonthKey[], counts: (m: MonthKey) => boolean): MonthRun[] {
  const runs: MonthRun[] = [];
  let open: MonthRun | null = null;
  for (const m of months) {
    if (!counts(m)) {
      open = null;
      continue;
    }
    if (open) {
      open.to = m;
      open.months += 1;
    } else {
      open = { from: m, to: m, months: 1 };
      runs.push(open);
    }
  }
  return runs;
}

/**
 * Arrears as of `throughMonth` — pass the last month that should have been paid. A month breaks a run when it
 * is paid, exempt (absent from `monthsDue`) or before the start. A month listed in `reasonMonths` (a recorded
 * proper reason, e.g. a pending hardship request) still counts as unpaid but not toward F12. A month later
 * paid back (F11) is paid, so a lapse made good no longer flags.
 */
export function arrears(
  monthsDue: readonly MonthKey[],
  paidMonths: readonly MonthKey[],
  throughMonth: MonthKey,
  reasonMonths: readonly MonthKey[] = [],
): DuesArrears {
  const due = new Set(monthsDue);
  const paid = new Set(paidMonths);
  const reasons = new Set(reasonMonths);
  const unpaid = (m: MonthKey) => due.has(m) && !paid.has(m);
  const unpaidMonths = [...due]
    .filter((m) => !paid.has(m) && compareMonth(m, throughMonth) <= 0)
    .sort(compareMonth);
  const first = unpaidMonths[0];
  const span = first === undefined ? [] : monthsBetween(first, throughMonth);

  const last = runsOf(span, unpaid).at(-1);
  const currentRun = last && last.to === throughMonth ? last : null;
  const consecutiveUnpaid = currentRun?.months ?? 0;

  let longestUnexplainedRun: MonthRun | null = null;
  for (const run of runsOf(span, (m) => unpaid(m) && !reasons.has(m))) {
    if (!longestUnexplainedRun || run.months > longestUnexplainedRun.months) longestUnexplainedRun = run;
  }

  return {
    unpaidMonths,
    currentRun,
    consecutiveUnpaid,
    longestUnexplainedRun,
    reminderDue: consecutiveUnpaid >= DUES_REMINDER_MONTHS,
    isRemovalCase: (longestUnexplainedRun?.months ?? 0) >= DUES_REMOVAL_FLAG_MONTHS,
  };
}
