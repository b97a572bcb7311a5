import { z } from 'zod';
import { addYears, daysBetween, type IsoDate } from '../shared/dates';
import { partyAge, wholeYearsBetween } from './party-age';

/**
 * 年功奖励 as data (project convention; a committee sets its own for its tree). A tier names the party age
 * and/or the years of service as a village cadre a person must have completed by 31 December of the year,
 * and the yearly amount in integer fen. Tiers do not add up: a person gets the highest amount among the
 * tiers they reach.
 */
const years = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .int({ message: `${label}应为整数` })
    .min(0, { message: `${label}不能小于 0` })
    .max(80, { message: `${label}不能超过 80 年` })
    .nullable();

export const seniorityTierSchema = z
  .strictObject({
    label: z
      .string({ message: '档次名称不能为空' })
      .trim()
      .min(1, { message: '档次名称不能为空' })
      .max(30, { message: '档次名称不能超过 30 个字符' }),
    minPartyAge: years('党龄'),
    minServiceYears: years('任职年限'),
    amountFen: z
      .number({ message: '每年金额应为数字' })
      .int({ message: '每年金额应为整数分' })
      .min(0, { message: '每年金额不能小于 0' })
      .max(10_000_000, { message: '每年金额不能超过 10 万元' }),
  })
  .refine((t) => t.minPartyAge !== null || t.minServiceYears !== null, {
    path: ['minPartyAge'],
    message: '党龄和任职年限至少填写一项',
  });
export type SeniorityTier = z.infer<typeof seniorityTierSchema>;

export const seniorityRuleSchema = z.strictObject({
  tiers: z
    .array(seniorityTierSchema)
    .min(1, { message: '年功奖励档次至少一档' })
    .max(20, { message: '年功奖励档次不能超过 20 档' }),
});
export type SeniorityRule = z.infer<typeof seniorityRuleSchema>;

/** The default rule (project convention) until a committee sets its own. */
export const DEFAULT_SENIORITY_RULE: SeniorityRule = {
  tiers: [
    { label: '村干部任职满5年', minPartyAge: null, minServiceYears: 5, amountFen: 60_000 },
    { label: '村干部任职满10年', minPartyAge: null, minServiceYears: 10, amountFen: 120_000 },
    { label: '村干部任职满20年', minPartyAge: null, minServiceYears: 20, amountFen: 240_000 },
    { label: '党龄满50年', minPartyAge: 50, minServiceYears: null, amountFen: 100_000 },
  ],
};

/** A post held as a village cadre: from its start to its end (null = still held). */
export interface ServicePeriod {
  from: IsoDate;
  to: IsoDate | null;
}

export interface SeniorityFacts {
  conversionDate: IsoDate | null;
  /** Village posts on record (secretary, deputy, committee member of a village org). */
  posts: readonly ServicePeriod[];
  /** Years served before the posts on record, entered by hand. */
  priorServiceYears: number;
}

/** The day a year's facts are taken on: 31 December (project convention). */
export function seniorityReferenceDate(year: number): IsoDate {
  return `${year}-12-31`;
}

/**
 * Whole years of service on `on`: overlapping posts count once; each stretch counts its whole years (the
 * anniversary completes one), and what is left of the stretches adds up in blocks of 365 days.
 */
export function serviceYears(posts: readonly ServicePeriod[], on: IsoDate): number {
  const spans = posts
    .map((p) => ({ from: p.from, to: p.to === null || p.to > on ? on : p.to }))
    .filter((p) => p.from <= p.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: IsoDate; to: IsoDate }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) {
      if (span.to > last.to) last.to = span.to;
    } else merged.push({ ...span });
  }
  let whole = 0;
  let rest = 0;
  for (const span of merged) {
    const y = wholeYearsBetween(span.from, span.to);
    whole += y;
    rest += daysBetween(addYears(span.from, y), span.to);
  }
  return whole + Math.floor(rest / 365);
}

export interface SeniorityAward {
  tierIndex: number;
  tierLabel: string;
  amountFen: number;
  partyAge: number | null;
  serviceYears: number;
}

/** The tier a person reaches in `year` under `rule` (the highest amount; the first on a tie), or null. */
export function seniorityReward(
  facts: SeniorityFacts,
  rule: SeniorityRule,
  year: number,
): SeniorityAward | null {
  const on = seniorityReferenceDate(year);
  const age = partyAge(facts.conversionDate, on);
  const service = facts.priorServiceYears + serviceYears(facts.posts, on);
  let best: SeniorityAward | null = null;
  rule.tiers.forEach((tier, tierIndex) => {
    if (tier.minPartyAge !== null && (age === null || age < tier.minPartyAge)) return;
    if (tier.minServiceYears !== null && service < tier.minServiceYears) return;
    if (best && best.amountFen >= tier.amountFen) return;
    best = {
      tierIndex,
      tierLabel: tier.label,
      amountFen: tier.amountFen,
      partyAge: age,
      serviceYears: service,
    };
  });
  return best;
}
