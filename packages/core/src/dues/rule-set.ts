import type { IsoDate } from '../shared/dates';

/**
 * How an exact amount with a fraction of a fen becomes whole fen. dues.md F15: no national rule exists, so the
 * mode is data a locality may change; half-up is the project default (F14).
 */
export const ROUNDING_MODES = ['half_up', 'half_even'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];
export const ROUNDING_MODE_LABELS: Record<RoundingMode, string> = {
  half_up: '四舍五入',
  half_even: '四舍六入五成双',
};

/**
 * One bracket: applies to a base up to and including `upToFen` (null = no upper bound). Bounds are compared
 * in fen (F16), and the rate applies to the whole base, not marginally (F1).
 */
export interface DuesBracket {
  upToFen: number | null;
  /** Basis points: 50 = 0.5 %. */
  bp: number;
}

/** The dues provisions as data, so a revision is a new rule set rather than new code. */
export interface DuesRuleSet {
  id: string;
  title: string;
  /** In force for dues months starting on or after this date. */
  effectiveFrom: IsoDate;
  rounding: RoundingMode;
  /** F1; also F3 (annual salary) and F4 (others, average monthly net income). Ascending, last one unbounded. */
  employedBrackets: readonly DuesBracket[];
  /** F2. Ascending, last one unbounded. */
  retiredBrackets: readonly DuesBracket[];
  /** F5: the branch sets a farmer's amount within this range; `default` when it has not. */
  farmerRangeFen: { min: number; max: number; default: number };
  /** F6: students, the unemployed and those on relief or subsistence allowance. */
  fixedFen: number;
}
