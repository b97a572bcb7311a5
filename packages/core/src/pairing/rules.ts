import type { RuleViolation } from '../shared/errors';
import { addMonths, type IsoDate } from '../shared/dates';
import { fenLabel } from '../dues/money';
import { PAIRING_RULES, type HelpKind } from './kinds';

/** A pairing's period: from its start to its end, or open while it lasts. */
export interface PairingPeriod {
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

export function pairingPeriodLabel(period: PairingPeriod): string {
  return `${period.startedOn} 至 ${period.endedOn ?? '今'}`;
}

/** Whether `date` falls within the period; an open period runs through today. */
export function periodCovers(period: PairingPeriod, date: IsoDate): boolean {
  return period.startedOn <= date && (period.endedOn === null || date <= period.endedOn);
}

export interface HouseholdState {
  consentedOn: IsoDate | null;
  closedOn: IsoDate | null;
}

/**
 * Why a household may not be paired with a helper from `startedOn`: no consent on record, a start before
 * the consent, a closed household, an ineligible helper, a start in the future, or a period of the same
 * pair still open or overlapping. Empty when it may.
 */
export function pairingViolations(input: {
  household: HouseholdState;
  helperEligible: boolean;
  startedOn: IsoDate;
  today: IsoDate;
  samePairPeriods: readonly PairingPeriod[];
}): RuleViolation[] {
  const { household, startedOn } = input;
  const violations: RuleViolation[] = [];
  if (household.closedOn !== null) {
    violations.push({
      rule: PAIRING_RULES.closed,
      field: 'householdId',
      message: `该帮扶对象已于 ${household.closedOn} 退出帮扶，不能再结对`,
    });
  }
  if (household.consentedOn === null) {
    violations.push({
      rule: PAIRING_RULES.consent,
      field: 'householdId',
      message: '该帮扶对象尚未登记本人同意（书面或口头），不能结对；请先登记同意情况',
    });
  } else if (startedOn < household.consentedOn) {
    violations.push({
      rule: PAIRING_RULES.consent,
      field: 'startedOn',
      message: `结对开始日期（startedOn）不能早于帮扶对象同意日期 ${household.consentedOn}`,
      allowedFrom: household.consentedOn,
    });
  }
  if (!input.helperEligible) {
    violations.push({
      rule: PAIRING_RULES.helper,
      field: 'helperPersonId',
      message: '帮扶人（helperPersonId）应为在册党员或在任干部',
    });
  }
  if (startedOn > input.today) {
    violations.push({
      rule: PAIRING_RULES.period,
      field: 'startedOn',
      message: `结对开始日期（startedOn）不能晚于今天（${input.today}）`,
    });
  }
  const clash = input.samePairPeriods.find((p) => p.endedOn === null || startedOn <= p.endedOn);
  if (clash) {
    violations.push({
      rule: PAIRING_RULES.overlap,
      field: 'startedOn',
      message:
        clash.endedOn === null
          ? `该帮扶人已与该帮扶对象结对（自 ${clash.startedOn} 起），不能重复结对`
          : `结对开始日期（startedOn）应晚于上一次结对的结束日期 ${clash.endedOn}`,
    });
  }
  return violations;
}

/** Why a pairing may not end on `endedOn`: before it started, after today, or already ended. */
export function pairingEndViolation(
  period: PairingPeriod,
  endedOn: IsoDate,
  today: IsoDate,
): RuleViolation | null {
  if (period.endedOn !== null) {
    return { rule: PAIRING_RULES.overlap, field: 'endedOn', message: `该结对已于 ${period.endedOn} 结束` };
  }
  if (endedOn < period.startedOn) {
    return {
      rule: PAIRING_RULES.period,
      field: 'endedOn',
      message: `结束日期（endedOn）不能早于结对开始日期 ${period.startedOn}`,
    };
  }
  if (endedOn > today) {
    return {
      rule: PAIRING_RULES.period,
      field: 'endedOn',
      message: `结束日期（endedOn）不能晚于今天（${today}）`,
    };
  }
  return null;
}

/**
 * Why a visit on `visitedOn` may not be recorded: the visitor has no pairing with the household at all, or
 * none whose period covers the date, or the date is after today. Empty when it may.
 */
export function visitViolations(input: {
  visitedOn: IsoDate;
  today: IsoDate;
  household: HouseholdState;
  periods: readonly PairingPeriod[];
}): RuleViolation[] {
  const { visitedOn, periods } = input;
  if (visitedOn > input.today) {
    return [
      {
        rule: PAIRING_RULES.visitPeriod,
        field: 'visitedOn',
        message: `走访日期（visitedOn）不能晚于今天（${input.today}）`,
      },
    ];
  }
  if (periods.length === 0) {
    return [
      {
        rule: PAIRING_RULES.visitPaired,
        field: 'householdId',
        message: '走访人与该帮扶对象没有结对关系，不能登记走访；请先结对',
      },
    ];
  }
  if (!periods.some((p) => periodCovers(p, visitedOn))) {
    return [
      {
        rule: PAIRING_RULES.visitPeriod,
        field: 'visitedOn',
        message: `走访日期（visitedOn）${visitedOn} 不在结对期间内（${periods.map(pairingPeriodLabel).join('；')}）`,
      },
    ];
  }
  if (input.household.closedOn !== null && visitedOn > input.household.closedOn) {
    return [
      {
        rule: PAIRING_RULES.closed,
        field: 'visitedOn',
        message: `该帮扶对象已于 ${input.household.closedOn} 退出帮扶，之后的走访不能登记`,
      },
    ];
  }
  return [];
}

/** Money given goes with the 资金帮扶 kind and goods with 物资帮扶: each amount is there exactly when its kind is. */
export function visitValueViolations(input: {
  helpKinds: readonly HelpKind[];
  moneyFen: number;
  goodsFen: number;
}): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const pairs = [
    ['money', 'moneyFen', input.moneyFen, '资金帮扶', '资金金额'],
    ['goods', 'goodsFen', input.goodsFen, '物资帮扶', '物资折价'],
  ] as const;
  for (const [kind, field, amount, kindLabel, amountLabel] of pairs) {
    const chosen = input.helpKinds.includes(kind);
    if (chosen && amount <= 0) {
      violations.push({
        rule: PAIRING_RULES.visitValue,
        field,
        message: `选择了“${kindLabel}”，请填写${amountLabel}（${field}）`,
      });
    } else if (!chosen && amount > 0) {
      violations.push({
        rule: PAIRING_RULES.visitValue,
        field: 'helpKinds',
        message: `填写了${amountLabel}，帮扶内容（helpKinds）应包括“${kindLabel}”`,
      });
    }
  }
  return violations;
}

/** The fund's balance: contributions in, grants out (integer fen). */
export function fundBalanceFen(
  entries: readonly { kind: 'contribution' | 'grant'; amountFen: number }[],
): number {
  return entries.reduce((sum, e) => sum + (e.kind === 'contribution' ? e.amountFen : -e.amountFen), 0);
}

/** A grant over the balance is refused, naming the balance. */
export function grantViolation(balanceFen: number, amountFen: number): RuleViolation | null {
  if (amountFen <= balanceFen) return null;
  return {
    rule: PAIRING_RULES.fundBalance,
    field: 'amountFen',
    message: `互助金余额为 ${fenLabel(balanceFen)}，不足以发放 ${fenLabel(amountFen)}`,
  };
}

/** A paired household not visited since this date (three months before today) is overdue for a visit. */
export function visitOverdueBefore(today: IsoDate): IsoDate {
  return addMonths(today, -3);
}
