import { addDays, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { CADRE_MODE_LABELS, type AssignmentState, type CadreMode } from './modes';

export interface CadrePeriod {
  from: IsoDate;
  /** Open-ended when null. */
  to: IsoDate | null;
}

/** Two periods share at least one day (both ends inclusive). */
export function periodsOverlap(a: CadrePeriod, b: CadrePeriod): boolean {
  const aEndsBeforeB = a.to !== null && a.to < b.from;
  const bEndsBeforeA = b.to !== null && b.to < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * Who the cadre is, for the overlap rule: a person from the archives by id; an outside cadre by phone
 * (its keyed hash) when given, else by name and work unit.
 */
export function cadreKey(cadre: {
  personId: number | null;
  phoneHash?: string | null;
  name: string;
  workUnit: string;
}): string {
  if (cadre.personId !== null) return `p:${cadre.personId}`;
  if (cadre.phoneHash) return `t:${cadre.phoneHash}`;
  return `n:${cadre.name.trim()}|${cadre.workUnit.trim()}`;
}

export interface AssignmentFacts extends CadrePeriod {
  id?: number;
  mode: CadreMode;
  firstSecretary: boolean;
  state: AssignmentState;
  villageName?: string;
}

const sameAssignment = (a: AssignmentFacts, b: AssignmentFacts) => a.id !== undefined && a.id === b.id;

const periodText = (p: CadrePeriod) => `${p.from} 至 ${p.to ?? '今'}`;

/**
 * resident-cadres R1 (project convention, after the 2017 驻村工作队 rules: a stationed cadre is in one
 * village at a time): the stationed periods of one cadre may not overlap. Help and liaison may.
 */
export function stationedOverlapViolation(
  candidate: AssignmentFacts,
  sameCadre: readonly AssignmentFacts[],
): RuleViolation | null {
  if (candidate.mode !== 'stationed') return null;
  const clash = sameCadre.find(
    (a) =>
      !sameAssignment(a, candidate) &&
      a.mode === 'stationed' &&
      a.state === 'active' &&
      periodsOverlap(a, candidate),
  );
  if (!clash) return null;
  return {
    rule: 'resident-cadres R1',
    field: 'from',
    message: `该干部已在${clash.villageName ?? '其他村'}${CADRE_MODE_LABELS.stationed}（${periodText(clash)}），驻村期间不能重叠`,
  };
}

/**
 * resident-cadres R2: a village has one first secretary at a time — the active first secretaries of a
 * village may not have overlapping periods (a successor may be recorded from the day after).
 */
export function firstSecretaryViolation(
  candidate: AssignmentFacts,
  sameVillage: readonly AssignmentFacts[],
): RuleViolation | null {
  if (!candidate.firstSecretary) return null;
  const clash = sameVillage.find(
    (a) =>
      !sameAssignment(a, candidate) &&
      a.firstSecretary &&
      a.state === 'active' &&
      periodsOverlap(a, candidate),
  );
  if (!clash) return null;
  return {
    rule: 'resident-cadres R2',
    field: 'firstSecretary',
    message: `该村已有第一书记（${periodText(clash)}），同一时间只能有一名第一书记`,
    ...(clash.to ? { allowedFrom: addDays(clash.to, 1) } : {}),
  };
}

/** The first secretary is a stationed cadre (the 2015 选派第一书记 notice: 驻村任职). */
export function firstSecretaryModeViolation(candidate: {
  mode: CadreMode;
  firstSecretary: boolean;
}): RuleViolation | null {
  if (!candidate.firstSecretary || candidate.mode === 'stationed') return null;
  return {
    rule: 'resident-cadres R3',
    field: 'mode',
    message: '第一书记应为驻村工作方式（驻），不能是帮或联',
  };
}

/**
 * resident-cadres R4, R5: a presence day is not in the future and lies within the assignment's period
 * (an ended assignment's period ends on its end date).
 */
export function presenceViolation(date: IsoDate, period: CadrePeriod, today: IsoDate): RuleViolation | null {
  if (date > today) {
    return { rule: 'resident-cadres R4', field: 'date', message: `在村日期 ${date} 晚于今天，不能预先登记` };
  }
  if (date < period.from || (period.to !== null && date > period.to)) {
    return {
      rule: 'resident-cadres R5',
      field: 'date',
      message: `在村日期 ${date} 不在派驻期间（${periodText(period)}）内`,
    };
  }
  return null;
}

/** Ending an assignment: the end date lies within its period and not in the future. */
export function endViolation(endedOn: IsoDate, period: CadrePeriod, today: IsoDate): RuleViolation | null {
  if (endedOn > today) {
    return { rule: 'resident-cadres R6', field: 'endedOn', message: '结束日期不能晚于今天' };
  }
  if (endedOn < period.from) {
    return {
      rule: 'resident-cadres R6',
      field: 'endedOn',
      message: `结束日期不能早于派驻开始日期 ${period.from}`,
    };
  }
  if (period.to !== null && endedOn > period.to) {
    return {
      rule: 'resident-cadres R6',
      field: 'endedOn',
      message: `结束日期不能晚于派驻期间的截止日期 ${period.to}`,
    };
  }
  return null;
}
