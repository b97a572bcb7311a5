import { PERSON_KINDS, type PersonKind } from '../person/enums';
import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { fenLabel } from './money';
import { applyBasisPoints } from './rounding';
import type { DuesBracket, DuesRuleSet } from './rule-set';
import { DUES_2008, duesRuleSetFor } from './rule-sets';

/** Kinds that pay a percentage of a monthly base (F1, F2, F4); the rest pay a fixed amount (F5, F6). */
export const BRACKET_PERSON_KINDS = ['employed', 'retired', 'other'] as const satisfies readonly PersonKind[];
export const FIXED_PERSON_KINDS = [
  'farmer',
  'student',
  'unemployed',
] as const satisfies readonly PersonKind[];

/**
 * 1 亿元 a month. No provision sets a ceiling; this one catches a typo in 元 entered as 分 × 100 and keeps
 * base × bp inside exact integer range (F14).
 */
export const MAX_MONTHLY_INCOME_FEN = 10_000_000_000;

/** The provision each kind's amount comes from, cited by every refusal and breakdown. */
export const DUES_RULE_BY_KIND: Record<PersonKind, string> = {
  employed: 'dues.md F1',
  retired: 'dues.md F2',
  other: 'dues.md F4',
  farmer: 'dues.md F5',
  student: 'dues.md F6',
  unemployed: 'dues.md F6',
};

export interface DuesQuoteInput {
  personKind: PersonKind;
  /** After-tax monthly income in fen (wage, pension, or F4's average); ignored for fixed-amount kinds. */
  monthlyIncomeFen?: number | null;
  /** A farmer's amount as the branch set it (F5); ignored for every other kind. */
  fixedAmountFen?: number | null;
  /** Picks the rule set in force on this date; ignored when `ruleSet` is given. */
  on?: IsoDate;
  ruleSet?: DuesRuleSet;
}

/** The contract other tools rely on: exactly this shape. */
export interface DuesQuote {
  amountFen: number;
}

/** What the UI shows beside the amount: how it was reached. */
export interface DuesBreakdown {
  amountFen: number;
  basis: 'bracket' | 'fixed';
  /** The rate in basis points, for a bracket kind. */
  bp: number | null;
  baseFen: number | null;
  rule: string;
  ruleSetId: string;
}

function isBracketKind(kind: PersonKind): kind is (typeof BRACKET_PERSON_KINDS)[number] {
  return (BRACKET_PERSON_KINDS as readonly PersonKind[]).includes(kind);
}

function ruleSetOf(input: DuesQuoteInput): DuesRuleSet {
  if (input.ruleSet) return input.ruleSet;
  return input.on === undefined ? DUES_2008 : duesRuleSetFor(input.on);
}

/** F1/F2/F16: the first bracket whose upper bound, in fen, the base does not exceed. */
export function duesBracketFor(brackets: readonly DuesBracket[], baseFen: number): DuesBracket {
  const bracket = brackets.find((b) => b.upToFen === null || baseFen <= b.upToFen);
  if (!bracket) throw new RangeError('党费比例档次不完整：最后一档应无上限');
  return bracket;
}

/** Refusals for a quote, in Chinese, for the server to answer with; empty when `quoteDues` will succeed. */
export function checkDuesQuoteInput(input: DuesQuoteInput): RuleViolation[] {
  const kind = input.personKind;
  if (!(PERSON_KINDS as readonly string[]).includes(kind)) {
    return [{ rule: 'dues.md F1', field: 'personKind', message: '人员类别不正确' }];
  }
  const rule = DUES_RULE_BY_KIND[kind];
  const ruleSet = ruleSetOf(input);
  if (kind === 'farmer') {
    const fixed = input.fixedAmountFen;
    if (fixed === undefined || fixed === null) return [];
    const { min, max } = ruleSet.farmerRangeFen;
    if (!Number.isInteger(fixed) || fixed < min || fixed > max) {
      return [
        {
          rule,
          field: 'fixedAmountFen',
          message: `农牧渔民党员每月交纳金额应为 ${fenLabel(min)}–${fenLabel(max)}（${min}–${max} 分）`,
        },
      ];
    }
    return [];
  }
  if (!isBracketKind(kind)) return [];
  const income = input.monthlyIncomeFen;
  const field = 'monthlyIncomeFen';
  if (income === undefined || income === null) {
    return [{ rule, field, message: kind === 'retired' ? '须填写每月实领离退休费' : '须填写每月税后收入' }];
  }
  if (typeof income !== 'number' || !Number.isInteger(income)) {
    return [{ rule: 'dues.md F14', field, message: '月收入应为整数（单位：分）' }];
  }
  if (income < 0) return [{ rule, field, message: '月收入不能为负数' }];
  if (income > MAX_MONTHLY_INCOME_FEN) {
    return [{ rule: 'dues.md F14', field, message: `月收入不能超过 ${fenLabel(MAX_MONTHLY_INCOME_FEN)}` }];
  }
  return [];
}

/** The amount with how it was reached. Throws a RangeError on input `checkDuesQuoteInput` refuses. */
export function explainDues(input: DuesQuoteInput): DuesBreakdown {
  const violations = checkDuesQuoteInput(input);
  if (violations.length > 0) {
    throw new RangeError(violations.map((v) => `${v.message}（${v.rule}）`).join('；'));
  }
  const ruleSet = ruleSetOf(input);
  const kind = input.personKind;
  const rule = DUES_RULE_BY_KIND[kind];
  if (kind === 'farmer') {
    const amountFen = input.fixedAmountFen ?? ruleSet.farmerRangeFen.default;
    return { amountFen, basis: 'fixed', bp: null, baseFen: null, rule, ruleSetId: ruleSet.id };
  }
  if (!isBracketKind(kind)) {
    return {
      amountFen: ruleSet.fixedFen,
      basis: 'fixed',
      bp: null,
      baseFen: null,
      rule,
      ruleSetId: ruleSet.id,
    };
  }
  // Checked above: a bracket kind always has an income here.
  const baseFen = input.monthlyIncomeFen ?? 0;
  const brackets = kind === 'retired' ? ruleSet.retiredBrackets : ruleSet.employedBrackets;
  const { bp } = duesBracketFor(brackets, baseFen);
  const amountFen = applyBasisPoints(baseFen, bp, ruleSet.rounding);
  return { amountFen, basis: 'bracket', bp, baseFen, rule, ruleSetId: ruleSet.id };
}

/**
 * dues.md F1–F6, F14–F16: the monthly dues in fen. Total for every input `checkDuesQuoteInput` accepts;
 * throws a RangeError otherwise (negative or fractional income, a farmer amount outside 20–100 fen).
 */
export function quoteDues(input: DuesQuoteInput): DuesQuote {
  return { amountFen: explainDues(input).amountFen };
}

/** 150 → '1.5%'. */
export function bpLabel(bp: number): string {
  return `${bp / 100}%`;
}
