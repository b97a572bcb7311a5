import type { IsoDate } from '../shared/dates';
import type { DuesRuleSet } from './rule-set';

/** 《关于中国共产党党费收缴、使用和管理的规定》 (2008): dues.md F1–F6, F14–F16. */
export const DUES_2008: DuesRuleSet = {
  id: 'dues-2008',
  title: '关于中国共产党党费收缴、使用和管理的规定（2008）',
  effectiveFrom: '2008-04-01',
  rounding: 'half_up',
  employedBrackets: [
    { upToFen: 300000, bp: 50 },
    { upToFen: 500000, bp: 100 },
    { upToFen: 1000000, bp: 150 },
    { upToFen: null, bp: 200 },
  ],
  retiredBrackets: [
    { upToFen: 500000, bp: 50 },
    { upToFen: null, bp: 100 },
  ],
  farmerRangeFen: { min: 20, max: 100, default: 20 },
  fixedFen: 20,
};

export const DUES_RULE_SETS: readonly DuesRuleSet[] = [DUES_2008];

/**
 * The rule set in force on a date: the latest one effective on or before it. Dates before 2008 fall back to
 * the 2008 set, because Jiceng keeps no older provisions and back-dated ledgers are rare.
 */
export function duesRuleSetFor(date: IsoDate, sets: readonly DuesRuleSet[] = DUES_RULE_SETS): DuesRuleSet {
  let found: DuesRuleSet | undefined;
  for (const s of sets) {
    if (s.effectiveFrom <= date && (found === undefined || s.effectiveFrom >= found.effectiveFrom)) found = s;
  }
  return found ?? DUES_2008;
}
